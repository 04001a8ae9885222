import { points } from '../../../tests/helpers/indicator-fixture';
import { farFromSeries, validatePoint, type PointInput } from './validate-point';

const blank: PointInput = { period: '', value: '', lower: '', upper: '', source: '', note: '' };
const series = points(['2019', 10], ['2020', 11], ['2021', 12]);

describe('validatePoint', () => {
  it('accepts a figure typed as people type it, in canonical form', () => {
    const result = validatePoint({ ...blank, period: '2022/2023', value: '1,234.5', lower: '1,200', upper: '1,300', source: ' ONS ', note: 'Provisional' }, []);
    expect(result).toEqual({
      ok: true,
      point: { period: '2022/23', value: 1234.5, lower: 1200, upper: 1300, source: 'ONS', note: 'Provisional', provenance: 'published' },
    });
  });

  it('takes a per cent sign only where the indicator is in per cent (issue 30)', () => {
    const unit = (kind: 'percent' | 'rate' | 'percentage-points', label: string) => ({ kind, label, decimals: 1 });
    expect(validatePoint({ ...blank, period: '2022', value: '12%' }, [], undefined, undefined, undefined, unit('percent', '%'))).toMatchObject({ ok: true, point: { value: 12 } });
    const rate = validatePoint({ ...blank, period: '2022', value: '12%' }, [], undefined, undefined, undefined, unit('rate', 'per 100,000'));
    expect(rate.ok || rate.errors.value).toBe('“12%” has a per cent sign, but this indicator is measured in a rate (per 100,000): give the number alone, in that unit.');
    const points = validatePoint({ ...blank, period: '2022', value: '2.5%' }, [], undefined, undefined, undefined, unit('percentage-points', 'percentage points'));
    expect(points.ok || points.errors.value).toMatch(/measured in percentage points:/);
  });

  it('puts each problem beside its own field', () => {
    const result = validatePoint({ ...blank, period: '2019/21', value: 'abc', lower: '5', upper: 'x', note: 'n'.repeat(2001) }, series);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.period).toContain('is not a period we recognise');
    expect(result.errors.value).toContain('is not a number');
    expect(result.errors.upper).toContain('is not a number');
    expect(result.errors.note).toContain('under 2000 characters');
  });

  it('refuses a second figure for a period, even spelt differently, but lets a correction keep its own', () => {
    const fy = points(['2019/20', 1], ['2020/21', 2]);
    const dup = validatePoint({ ...blank, period: '2019/2020', value: '3' }, fy);
    expect(dup.ok || dup.errors.period).toBe('There is already a figure for 2019/20. Correct that one instead.');
    expect(validatePoint({ ...blank, period: '2019/20', value: '3' }, fy, '2019/20').ok).toBe(true);
  });

  it('insists the bounds contain the value', () => {
    const result = validatePoint({ ...blank, period: '2022', value: '10', lower: '11', upper: '9' }, []);
    expect(result.ok || result.errors).toEqual({ lower: 'The lower bound must not be above the value.', upper: 'The upper bound must not be below the value.' });
  });

  it('asks for confirmation of a value far outside the series, rather than refusing it', () => {
    const result = validatePoint({ ...blank, period: '2022', value: '120' }, series);
    expect(result.ok).toBe(true);
    expect(result.ok && result.farOutside).toContain('far outside the figures so far (10 to 12)');
    expect(validatePoint({ ...blank, period: '2022', value: '12.5' }, series)).not.toHaveProperty('farOutside');
  });

  it('keeps script in text fields as plain text for the UI to render inertly', () => {
    const result = validatePoint({ ...blank, period: '2022', value: '1', note: '<script>alert(1)</script>' }, []);
    expect(result.ok && result.point.note).toBe('<script>alert(1)</script>');
  });

  it('refuses text a spreadsheet would run as a formula, beside its field', () => {
    const result = validatePoint({ ...blank, period: '2022', value: '1', source: '=HYPERLINK("http://x","ONS")', note: '@SUM(A1)' }, []);
    expect(result.ok || result.errors.source).toContain('starts with “=”, so a spreadsheet would run it as a formula');
    expect(result.ok || result.errors.note).toContain('starts with “@”');
    expect(validatePoint({ ...blank, period: '2022', value: '1', source: '+cmd|"/c calc"!A0' }, []).ok).toBe(false);
    expect(validatePoint({ ...blank, period: '2022', value: '1', note: '-3 after revision' }, []).ok).toBe(true);
  });

  it('refuses invisible control characters in text (NUL, escape, bidirectional overrides), naming them (issue 13)', () => {
    const cases: [string, string][] = [
      ['ONS\u0000 2024', 'U+0000'],
      ['\u001b[31mred', 'U+001B'],
      ['Reviewed by \u202eEVIL', 'U+202E'],
      ['Source\u2066 isolated', 'U+2066'],
    ];
    for (const [note, code] of cases) {
      const result = validatePoint({ ...blank, period: '2022', value: '1', note }, []);
      expect(result.ok, note).toBe(false);
      expect(result.ok || result.errors.note).toContain(code);
    }
    // Line breaks and tabs inside a note are ordinary text; accented and non-Latin letters too.
    expect(validatePoint({ ...blank, period: '2022', value: '1', note: 'First line\nsecond\tline — café, 日本' }, []).ok).toBe(true);
  });
});

describe('farFromSeries', () => {
  it('needs two figures to judge', () => {
    expect(farFromSeries(1000, points(['2019', 1]))).toBeUndefined();
  });
});

describe('validatePoint for a gap indicator', () => {
  const gapCheck = {
    gap: {
      kind: 'difference' as const,
      groups: ['Least deprived areas', 'Most deprived areas'] as [string, string],
      groupUnit: { kind: 'years' as const, label: 'years', decimals: 1 },
    },
    decimals: 1,
  };
  const input = (over: Partial<Parameters<typeof validatePoint>[0]>) => ({ period: '2022-24', value: '', lower: '', upper: '', source: '', note: '', ...over });

  it('works the gap out from the two groups when it is left blank, and keeps both', () => {
    const result = validatePoint(input({ groupFirst: '83.4', groupSecond: '71.9' }), [], undefined, gapCheck);
    expect(result).toMatchObject({ ok: true, point: { value: 11.5, groups: [83.4, 71.9] } });
  });

  it('refuses a gap that does not follow from the groups, beside the gap', () => {
    const result = validatePoint(input({ value: '10', groupFirst: '83.4', groupSecond: '71.9' }), [], undefined, gapCheck);
    expect(result).toEqual({ ok: false, errors: { value: "The two groups' figures make a gap of 11.5; give that, or leave the gap blank to use it." } });
  });

  it('asks for both groups or neither', () => {
    const result = validatePoint(input({ value: '11.5', groupFirst: '83.4' }), [], undefined, gapCheck);
    expect(result).toEqual({ ok: false, errors: { groupSecond: "Give both groups' figures (Least deprived areas; Most deprived areas), or neither." } });
  });

  it('takes the gap alone, as before, when no group is given', () => {
    expect(validatePoint(input({ value: '11.5' }), [], undefined, gapCheck)).toMatchObject({ ok: true, point: { value: 11.5 } });
  });
});
