import { points } from '../../../tests/helpers/indicator-fixture';
import { applyEdit } from './apply-edit';

const base = points(['2019', 1], ['2021', 3]);

describe('applyEdit', () => {
  it('adds a figure in time order', () => {
    expect(applyEdit(base, { kind: 'upsert', point: { period: '2020', value: 2, provenance: 'published' } }).map((p) => p.period)).toEqual(['2019', '2020', '2021']);
  });
  it('corrects a figure, even when its period is corrected too', () => {
    const after = applyEdit(base, { kind: 'upsert', replacing: '2021', point: { period: '2022', value: 4, provenance: 'published' } });
    expect(after.map((p) => [p.period, p.value])).toEqual([
      ['2019', 1],
      ['2022', 4],
    ]);
  });
  it('deletes a figure', () => {
    expect(applyEdit(base, { kind: 'delete', period: '2019' }).map((p) => p.period)).toEqual(['2021']);
  });
});
