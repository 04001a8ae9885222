import '../config/zod-setup';
import { z } from 'zod';
import { parsePeriod, periodOf, samePeriod } from '../domain/period';
import type { PendingChange } from '../domain/pending-change';
import type { DataPoint, Editor, Framework, HistoryEntry, Indicator, IndicatorChange, IndicatorHistoryEntry, Series, SeriesChange } from '../domain/types';

// Everything that enters the app passes through these schemas. Inside, types are trusted.

const MAX_TEXT = 4000;

const text = (max = MAX_TEXT) => z.string().trim().min(1).max(max);

const period = z.string().superRefine((value, ctx) => {
  const result = parsePeriod(value);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error });
});

const provenance = z.enum(['published', 'illustrative']);

// z.number() already refuses NaN and ±Infinity; the bound keeps absurd values off the axis.
const finite = z.number().min(-1e15).max(1e15);

const unit = z.strictObject({
  kind: z.enum(['percent', 'percentage-points', 'rate', 'years', 'count', 'ratio', 'tonnes']),
  label: z.string().max(60),
  decimals: z.number().int().min(0).max(6),
});

const target = z.strictObject({
  id: text(60),
  label: text(200),
  period,
  rule: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('absolute'), value: finite }),
    z.strictObject({ kind: z.literal('relative'), percent: z.number().min(-100).max(1000) }),
  ]),
  basePeriod: period.optional(),
  note: text().optional(),
  provenance,
  source: text(),
});

const indicator = z.strictObject({
  id: text(80),
  name: text(300),
  definition: text(),
  unit,
  direction: z.enum(['lower-is-better', 'higher-is-better']),
  baselinePeriod: period,
  targets: z.array(target).min(1).max(10),
  source: text(),
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
  provenance,
  proxyNote: text().optional(),
  version: z.number().int().min(0).optional(),
});

export const indicatorSchema = indicator satisfies z.ZodType<Indicator>;

const ambition = z.strictObject({
  number: z.number().int().min(1).max(99),
  title: text(200),
  commitment: text(),
  indicators: z.array(indicator).min(1).max(20),
});

const place = z.strictObject({
  id: text(60),
  name: text(200),
  isTotal: z.boolean(),
  note: text().optional(),
});

export const frameworkSchema = z
  .strictObject({
    id: text(60),
    name: text(300),
    shortName: text(40),
    places: z.array(place).min(1).max(100),
    ambitions: z.array(ambition).min(1).max(50),
    source: text(),
  })
  .superRefine((framework, ctx) => {
    const totals = framework.places.filter((p) => p.isTotal).length;
    if (totals !== 1) {
      ctx.addIssue({ code: 'custom', path: ['places'], message: `exactly one place must be the whole partnership (found ${totals})` });
    }
    const ids = framework.ambitions.flatMap((a) => a.indicators.map((i) => i.id));
    const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
    if (repeated) ctx.addIssue({ code: 'custom', path: ['ambitions'], message: `indicator id "${repeated}" is used twice` });
  }) satisfies z.ZodType<Framework>;

const point = z
  .strictObject({
    period,
    value: finite,
    lower: finite.optional(),
    upper: finite.optional(),
    note: text().optional(),
    provenance,
    source: text().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.lower !== undefined && p.lower > p.value) {
      ctx.addIssue({ code: 'custom', path: ['lower'], message: `the lower bound ${p.lower} is above the value ${p.value}` });
    }
    if (p.upper !== undefined && p.upper < p.value) {
      ctx.addIssue({ code: 'custom', path: ['upper'], message: `the upper bound ${p.upper} is below the value ${p.value}` });
    }
  }) satisfies z.ZodType<DataPoint>;

/** A series' points: each valid on its own, and no period twice (also not spelt two ways). */
const points = z
  .array(point)
  .max(100_000)
  .superRefine((list, ctx) => {
    // Only periods that parsed can be compared; the bad ones already have their own issue.
    const parsed = list.map((p) => parsePeriod(p.period));
    parsed.forEach((result, i) => {
      if (!result.ok) return;
      const first = parsed.findIndex((other) => other.ok && samePeriod(other.period, result.period));
      if (first !== i) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'period'],
          message: `${periodOf(list[i]!.period).label} appears twice (also at points[${first}])`,
        });
      }
    });
  });

export const seriesSchema = z.strictObject({
  indicatorId: text(80),
  placeId: text(60),
  version: z.number().int().min(0),
  points,
}) satisfies z.ZodType<Series>;

const editor = z.strictObject({ name: text(120), organisation: text(200) }) satisfies z.ZodType<Editor>;

export const indicatorChangeSchema = z.strictObject({
  baseVersion: z.number().int().min(0),
  indicator,
  editor,
  note: text().optional(),
}) satisfies z.ZodType<IndicatorChange>;

const fieldText = z.string().max(4000).optional();

export const indicatorHistorySchema = z.array(
  z.strictObject({
    id: text(200),
    at: z.iso.datetime({ offset: true }),
    editor,
    note: text().optional(),
    version: z.number().int().min(0),
    changes: z.array(z.strictObject({ field: text(400), before: fieldText, after: fieldText })),
  }),
) satisfies z.ZodType<IndicatorHistoryEntry[]>;

export const indicatorConflictSchema = z.strictObject({ current: indicator });

/** A save as the API receives it; its points obey the same rules as a series' points. */
export const seriesChangeSchema = z.strictObject({
  baseVersion: z.number().int().min(0),
  points,
  editor,
  note: text().optional(),
}) satisfies z.ZodType<SeriesChange>;

const pointChange = z.strictObject({ period, before: point.optional(), after: point.optional() });

export const historySchema = z.array(
  z.strictObject({
    id: text(80),
    at: z.iso.datetime({ offset: true }),
    editor,
    note: text().optional(),
    version: z.number().int().min(0),
    changes: z.array(pointChange),
  }),
) satisfies z.ZodType<HistoryEntry[]>;

export const conflictSchema = z.strictObject({ current: seriesSchema });

const pointEdit = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('upsert'), point, replacing: period.optional() }),
  z.strictObject({ kind: z.literal('delete'), period }),
]);

const isoTime = z.iso.datetime({ offset: true });

/** A pending change as this browser kept it: read back after a reload, so checked like any input. */
export const pendingChangeSchema = z.strictObject({
  id: text(300),
  frameworkId: text(60),
  indicatorId: text(80),
  placeId: text(60),
  labels: z.strictObject({ indicator: text(300), place: text(200), ambitionNumber: z.number().int().min(1).max(99) }),
  base: seriesSchema,
  edits: z.array(z.strictObject({ edit: pointEdit, note: text().optional(), at: isoTime })).min(1),
  editor,
  state: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('waiting'), problem: text().optional() }),
    z.strictObject({ kind: z.literal('conflict'), current: seriesSchema }),
    z.strictObject({ kind: z.literal('rejected'), problem: text() }),
  ]),
  updatedAt: isoTime,
}) satisfies z.ZodType<PendingChange>;
