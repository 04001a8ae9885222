import fc from 'fast-check';
import { applyEdit } from '../changes/apply-edit';
import { changedFields, fieldDifferences, POINT_FIELDS, withFieldsOf } from './point-fields';
import type { DataPoint } from '../types';

const base: DataPoint = { period: '2022-24', value: 10, lower: 9, upper: 11, source: 'ONS', note: 'First release', provenance: 'illustrative' };

describe('a figure, field by field', () => {
  it('names the fields a correction changed, and lays only those on a newer version', () => {
    const mine = { ...base, value: 9.5 };
    const theirs = { ...base, source: 'OHID Fingertips', note: 'Revised' };
    expect(changedFields(base, mine)).toEqual(['value']);
    expect(withFieldsOf(theirs, mine, ['value'])).toEqual({ ...theirs, value: 9.5 });
    // A field the lead cleared is cleared on theirs too.
    const { note: _gone, ...cleared } = base;
    expect(withFieldsOf(theirs, cleared as DataPoint, ['note'])).not.toHaveProperty('note');
  });

  it('lists every differing field of every figure at full precision, with added and deleted figures as one row', () => {
    const theirs = [
      { ...base, source: 'OHID Fingertips' },
      { period: '2023-25', value: 11.34, provenance: 'published' as const },
    ];
    const mine = [{ ...base, value: 10.05, source: 'OHID Fingertips' }];
    expect(fieldDifferences([base], theirs, mine)).toEqual([
      { period: '2022-24', field: 'value', base: '10', theirs: '10', mine: '10.05' },
      { period: '2022-24', field: 'source', base: 'ONS', theirs: 'OHID Fingertips', mine: 'OHID Fingertips' },
      { period: '2023-25', field: 'figure', base: 'No figure', theirs: '11.34', mine: 'No figure' },
    ]);
  });

  it("applies a correction on a colleague's version without reverting any field the lead did not touch", () => {
    const field = fc.constantFrom(...POINT_FIELDS.filter((f) => f !== 'groups' && f !== 'provenance'));
    fc.assert(
      fc.property(fc.uniqueArray(field, { maxLength: 3 }), fc.uniqueArray(field, { maxLength: 3 }), (leadChanges, colleagueChanges) => {
        const change = (p: DataPoint, fields: readonly string[], tag: string): DataPoint =>
          fields.reduce<DataPoint>((q, f) => ({ ...q, [f]: f === 'value' || f === 'lower' || f === 'upper' ? (q[f as 'value'] ?? 0) + 0.25 : `${tag} ${f}` }), p);
        const mine = change(base, leadChanges, 'mine');
        const theirs = change(base, colleagueChanges, 'theirs');
        const [merged] = applyEdit([theirs], { kind: 'upsert', point: mine, replacing: base.period, changed: changedFields(base, mine) });
        for (const f of POINT_FIELDS) expect(merged![f]).toEqual((leadChanges as readonly string[]).includes(f) ? mine[f] : theirs[f]);
      }),
    );
  });
});
