import { points } from '../../../tests/helpers/indicator-fixture';
import { diffPoints } from './diff-points';

describe('diffPoints', () => {
  it('lists added, corrected and deleted figures, and nothing for unchanged ones', () => {
    const before = points(['2019', 1], ['2020', 2], ['2021', 3]);
    const after = points(['2019', 1], ['2020', 2.5], ['2022', 4]);
    expect(diffPoints(before, after)).toEqual([
      { period: '2020', before: before[1], after: after[1] },
      { period: '2022', after: after[2] },
      { period: '2021', before: before[2] },
    ]);
  });
});
