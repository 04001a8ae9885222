import fc from 'fast-check';
import { parsePeriod } from '../domain/periods/period';
import type { Series } from '../domain/types';

// Generators of payloads that are wrong in the ways real feeds go wrong: wrong types, missing
// fields, NaN and Infinity, absurd numbers, periods nobody uses, deeply nested junk, very long
// text, unknown fields. Each is built from a valid series so that exactly the damage is wrong.
// Used by the fuzz tests over every data source, and by a screen test.

const clone = <T>(value: T): T => structuredClone(value);

const notAPeriod = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !parsePeriod(s).ok);
const badNumber = fc.oneof(
  fc.constantFrom<unknown>('12', '', null, true, {}, [], 'NaN', Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.double({ min: 1e16, max: 1e300, noNaN: true }),
  fc.double({ min: -1e300, max: -1e16, noNaN: true }),
);
const junk = fc.anything({ maxDepth: 8, maxKeys: 6, withNullPrototype: false });
const hugeText = fc.integer({ min: 4001, max: 200_000 }).map((n) => 'x'.repeat(n));

export type Damage = { what: string; payload: unknown };

/** A series payload broken in one of many ways; `what` says how, for the failure message. */
export function malformedSeries(valid: Series): fc.Arbitrary<Damage> {
  const at = fc.nat({ max: Math.max(0, valid.points.length - 1) });
  const withPoint = (what: string, change: (p: Record<string, unknown>) => void) =>
    at.map((i) => {
      const payload = clone(valid) as unknown as { points: Record<string, unknown>[] };
      change(payload.points[i]!);
      return { what: `${what} (points[${i}])`, payload };
    });
  return fc.oneof(
    badNumber.chain((v) => withPoint(`value ${String(v)}`, (p) => void (p.value = v))),
    notAPeriod.chain((period) => withPoint(`period ${JSON.stringify(period)}`, (p) => void (p.period = period))),
    fc.constantFrom('period', 'value', 'provenance').chain((key) => withPoint(`no ${key}`, (p) => void delete p[key])),
    fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((s) => s !== 'published' && s !== 'illustrative')
      .chain((s) => withPoint(`provenance ${s}`, (p) => void (p.provenance = s))),
    hugeText.chain((text) => withPoint(`note of ${text.length} characters`, (p) => void (p.note = text))),
    junk.filter((j) => j !== undefined).chain((j) => withPoint('unknown field', (p) => void (p.surprise = j))),
    fc.constantFrom('indicatorId', 'placeId', 'version', 'points').map((key) => {
      const payload = clone(valid) as unknown as Record<string, unknown>;
      delete payload[key];
      return { what: `no ${key}`, payload };
    }),
    fc.constantFrom<unknown>(-1, 1.5, '1', null).map((version) => ({ what: `version ${String(version)}`, payload: { ...clone(valid), version } })),
    junk.filter((j) => !Array.isArray(j)).map((points) => ({ what: 'points not a list', payload: { ...clone(valid), points } })),
    junk
      .filter((j) => j !== undefined && (typeof j !== 'object' || j === null || Array.isArray(j) || !('points' in j)))
      .map((payload) => ({ what: 'not a series at all', payload })),
    fc.constant({ what: 'deeply nested junk', payload: { ...clone(valid), points: [JSON.parse('['.repeat(200) + ']'.repeat(200))] } }),
  );
}
