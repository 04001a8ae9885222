import { z } from 'zod/mini';
import type { PendingChange } from '../domain/changes/pending-change';
import type { OutboxRecord, PendingDefinition } from '../domain/changes/pending-definition';
import type { PendingFramework } from '../domain/changes/pending-framework';
import { POINT_FIELDS } from '../domain/rules/point-fields';

// How a change kept in this browser is checked when it is read back. It is this browser's own
// record, not a server payload: its own schema, which a new version of the app can widen without
// touching what the data sources accept. The source checks every figure again when it is sent.

const text = (max: number) => z.string().check(z.maxLength(max));
const number = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
const isoTime = z.iso.datetime({ offset: true });

const point = z.object({
  period: text(40),
  value: number,
  lower: z.optional(number),
  upper: z.optional(number),
  note: z.optional(text(4000)),
  provenance: z.enum(['published', 'illustrative']),
  source: z.optional(text(4000)),
  groups: z.optional(z.tuple([number, number])),
  count: z.optional(number),
  denominator: z.optional(number),
});

const series = z.object({ indicatorId: text(80), placeId: text(60), version: z.int().check(z.minimum(0)), points: z.array(point) });

const pointEdit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('upsert'), point, replacing: z.optional(text(40)), changed: z.optional(z.array(z.enum(POINT_FIELDS))) }),
  z.object({ kind: z.literal('delete'), period: text(40) }),
]);

const queuedEdit = z.object({
  // Records kept before edits had ids get one on reading: unique within their record.
  id: z.optional(text(100)),
  edit: pointEdit,
  note: z.optional(text(4000)),
  at: isoTime,
});

const record = z.object({
  id: text(300),
  frameworkId: text(60),
  indicatorId: text(80),
  placeId: text(60),
  labels: z.object({ indicator: text(300), place: text(200), ambitionNumber: z.int().check(z.minimum(1), z.maximum(999)) }),
  base: series,
  edits: z.array(queuedEdit).check(z.minLength(1)),
  editor: z.object({ name: text(120), organisation: text(200) }),
  state: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('waiting'), problem: z.optional(text(4000)) }),
    z.object({ kind: z.literal('conflict'), current: series }),
    z.object({ kind: z.literal('rejected'), problem: text(4000) }),
  ]),
  sending: z.optional(z.object({ changeId: text(80), editIds: z.array(text(100)) })),
  updatedAt: isoTime,
});

// An indicator as the lead proposed it: checked in outline here (the source checks it in full
// when it is sent); its other fields are kept as they were written.
const indicator = z.looseObject({
  id: text(80),
  name: text(300),
  baselinePeriod: text(40),
  source: text(4000),
  targets: z.array(z.looseObject({ id: text(80), period: text(40) })).check(z.minLength(1)),
  version: z.optional(z.int().check(z.minimum(0))),
});

const definition = z.object({
  kind: z.literal('definition'),
  id: text(300),
  frameworkId: text(60),
  indicatorId: text(80),
  labels: z.object({ indicator: text(300), ambitionNumber: z.int().check(z.minimum(1), z.maximum(999)) }),
  base: indicator,
  proposed: indicator,
  note: z.optional(text(4000)),
  editor: z.object({ name: text(120), organisation: text(200) }),
  state: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('waiting'), problem: z.optional(text(4000)) }),
    z.object({ kind: z.literal('conflict'), current: indicator }),
    z.object({ kind: z.literal('rejected'), problem: text(4000) }),
  ]),
  sending: z.optional(z.object({ changeId: text(80), proposed: indicator, note: z.optional(text(4000)) })),
  updatedAt: isoTime,
});

// A set-up as the admin proposed it: in outline (the source checks it in full when it is sent).
const framework = z.looseObject({
  id: text(60),
  name: text(300),
  shortName: text(40),
  places: z.array(z.looseObject({ id: text(60) })),
  ambitions: z.array(z.looseObject({ number: z.int(), indicators: z.array(z.looseObject({ id: text(80) })) })),
  version: z.optional(z.int().check(z.minimum(0))),
});

const pendingFramework = z.object({
  kind: z.literal('framework'),
  id: text(300),
  frameworkId: text(60),
  labels: z.object({ framework: text(300) }),
  base: framework,
  proposed: framework,
  notes: z.array(text(4000)),
  editor: z.object({ name: text(120), organisation: text(200) }),
  creating: z.optional(z.boolean()),
  state: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('waiting'), problem: z.optional(text(4000)) }),
    z.object({ kind: z.literal('conflict'), current: framework }),
    z.object({ kind: z.literal('rejected'), problem: text(4000) }),
  ]),
  sending: z.optional(z.object({ changeId: text(80), proposed: framework, notes: z.array(text(4000)) })),
  updatedAt: isoTime,
});

/** A kept change as read back from storage, or undefined when it cannot be read (left in place, counted). */
export function readOutboxRecord(value: unknown): OutboxRecord | undefined {
  if ((value as { kind?: unknown } | undefined)?.kind === 'framework') {
    const parsed = pendingFramework.safeParse(value);
    return parsed.success ? (parsed.data as unknown as PendingFramework) : undefined;
  }
  if ((value as { kind?: unknown } | undefined)?.kind === 'definition') {
    const parsed = definition.safeParse(value);
    return parsed.success ? (parsed.data as unknown as PendingDefinition) : undefined;
  }
  const parsed = record.safeParse(value);
  if (!parsed.success) return undefined;
  const { edits, ...rest } = parsed.data;
  return { ...rest, edits: edits.map((q, i) => ({ ...q, id: q.id ?? `${rest.id}#kept-${i}` })) } as PendingChange;
}
