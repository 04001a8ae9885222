import '../config/zod-setup';
import { z } from 'zod/mini';
import { invisibleControlCharacter } from '../domain/rules/control-characters';
import { parsePeriod } from '../domain/periods/period';
import { intervalProblems } from '../domain/rules/point-rules';
import { ACTION_STATUS_CODES, DIRECTION_CODES, PROVENANCE_CODES, RELEASE_FREQUENCY_CODES, UNIT_CODES } from '../domain/rules/codes';
import { fingertipsAreaCodeProblem, onsCodeProblem, PARSE_BOUND, SETUP_LIMITS, setupCrossProblems, targetProblems, webAddressProblem } from '../domain/rules/setup-rules';
import { repeatedPeriods } from '../domain/periods/series-index';
import { MAX_POINTS, plainPoints } from './plain-points';
import type {
  Action,
  DataPoint,
  Editor,
  Framework,
  FrameworkChange,
  FrameworkSummary,
  HistoryEntry,
  Indicator,
  IndicatorChange,
  IndicatorHistoryEntry,
  Programme,
  Series,
  SeriesChange,
} from '../domain/types';

// Everything that enters the app passes through these schemas. Inside, types are trusted.
// zod/mini, not classic zod: the same checks, but schemas without chained methods are cheaper to
// build and to download, and they are part of the first view. Each resource's schemas are built
// on first use, not when the app's script is evaluated, and only those asked for: a page that
// reads a partnership and its figures does not also build the checks of changes, histories and
// conflicts. That keeps the first, longest tasks of a page load shorter.

/** A value built once, on first asking. */
function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

/** What every resource is made of: text, periods, figures, units, who made a change. */
const parts = once(() => {
  const MAX_TEXT = 4000;

  // Text from any client is held to what the form allows: no invisible control or bidirectional
  // characters (which can make a note read differently from what it says).
  const visible = z.superRefine((value: string, ctx) => {
    const found = invisibleControlCharacter(value);
    if (found) ctx.addIssue({ code: 'custom', message: `contains the invisible character ${found}, which is not allowed in text` });
  });
  const text = (max = MAX_TEXT) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), visible);

  const period = z.string().check(
    z.superRefine((value, ctx) => {
      const result = parsePeriod(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error });
    }),
  );

  const provenance = z.enum(PROVENANCE_CODES);

  /** A check from the rule book (domain/rules), as a schema check: its sentence is the message. */
  const rule = <T>(problemOf: (value: T) => string | undefined) =>
    z.superRefine((value: T, ctx) => {
      const problem = problemOf(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

  // z.number() already refuses NaN and ±Infinity; the bound keeps absurd values off the axis.
  const finite = z.number().check(z.minimum(-1e15), z.maximum(1e15));

  const unit = z.strictObject({
    kind: z.enum(UNIT_CODES),
    label: z.string().check(z.maxLength(60)),
    decimals: z.int().check(z.minimum(0), z.maximum(6)),
  });

  const editor = z.strictObject({ name: text(120), organisation: text(200) }) satisfies z.ZodMiniType<Editor>;

  /** Chosen by the browser (random): letters, digits and dashes only. */
  const changeId = z.optional(z.string().check(z.regex(/^[A-Za-z0-9-]{8,80}$/, 'a change id is 8 to 80 letters, digits or dashes')));

  /** One saved change in a history, whatever kind (domain/changes: ChangeEntry): who, when, the version it made, what changed. */
  const historyEntry = <Changes extends z.ZodMiniType>(idLength: number, changes: Changes) =>
    z.strictObject({
      id: text(idLength),
      at: z.iso.datetime({ offset: true }),
      editor,
      note: z.optional(text()),
      version: z.int().check(z.minimum(0)),
      changes,
      changeId,
    });

  return { text, period, provenance, finite, unit, editor, changeId, rule, historyEntry };
});

/** An indicator: its definition, targets, release, comments and Fingertips link. */
const indicatorSchemas = once(() => {
  const { text, period, provenance, finite, unit, rule } = parts();
  const target = z.strictObject({
    id: text(60),
    label: text(200),
    period,
    rule: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('absolute'), value: finite }),
      z.strictObject({ kind: z.literal('relative'), percent: z.number().check(z.minimum(-100), z.maximum(1000)) }),
    ]),
    basePeriod: z.optional(period),
    note: z.optional(text()),
    provenance,
    source: text(),
  });

  const release = z.strictObject({
    frequency: z.enum(RELEASE_FREQUENCY_CODES),
    lagMonths: z.int().check(z.minimum(0), z.maximum(120)),
    provenance,
  });

  const gap = z.strictObject({
    kind: z.enum(['difference', 'excess-percent']),
    groups: z.tuple([text(120), text(120)]),
    groupUnit: unit,
  });

  const comment = z.strictObject({
    id: text(80),
    at: z.iso.datetime({ offset: true }),
    author: z.strictObject({ name: text(120), organisation: text(200) }),
    text: text(2000),
    placeId: z.optional(text(60)),
    period: z.optional(period),
  });

  const indicator = z
    .strictObject({
      id: text(80),
      name: text(300),
      definition: text(),
      unit,
      direction: z.enum(DIRECTION_CODES),
      baselinePeriod: period,
      targets: z.array(target).check(z.minLength(1), z.maxLength(SETUP_LIMITS.targetsPerIndicator * PARSE_BOUND)),
      source: text(),
      sourceUrl: z.optional(z.url({ protocol: /^https?$/ }).check(rule(webAddressProblem))),
      provenance,
      proxyNote: z.optional(text()),
      version: z.optional(z.int().check(z.minimum(0))),
      release: z.optional(release),
      gap: z.optional(gap),
      comments: z.optional(z.array(comment).check(z.maxLength(500))),
      fingertips: z.optional(
        z.discriminatedUnion('kind', [
          z.strictObject({
            kind: z.literal('indicator'),
            indicatorId: z.int().check(z.minimum(1)),
            name: text(300),
            sex: text(60),
            age: text(60),
            category: z.optional(text(200)),
            areaTypeIds: z.array(z.int().check(z.minimum(1))).check(z.minLength(1), z.maxLength(10)),
            combine: z.optional(z.strictObject({ method: z.enum(['proportion', 'crude-rate']), multiplier: z.number().check(z.positive(), z.maximum(1e9)) })),
          }),
          z.strictObject({ kind: z.literal('none'), reason: text() }),
        ]),
      ),
    })
    .check(
      z.superRefine(
        (i, ctx) => {
          for (const { path, message } of targetProblems(i)) ctx.addIssue({ code: 'custom', path, message });
        },
        { when: () => true },
      ),
    );

  return { indicator: indicator satisfies z.ZodMiniType<Indicator> };
});

/** A partnership: its places, ambitions (with their indicators and actions) and programmes. */
const frameworkSchemas = once(() => {
  const { text, period, provenance, editor, rule } = parts();
  const { indicator } = indicatorSchemas();
  const actionStatus = z.enum(ACTION_STATUS_CODES);
  const day = z.iso.date();

  const action = z.strictObject({
    id: text(80),
    title: text(300),
    owner: text(200),
    due: day,
    status: actionStatus,
    updates: z.optional(
      z.array(z.strictObject({ id: text(80), at: z.iso.datetime({ offset: true }), author: editor, status: actionStatus, text: text(2000) })).check(z.maxLength(1000)),
    ),
    provenance,
    source: z.optional(text()),
  }) satisfies z.ZodMiniType<Action>;

  const ambition = z.strictObject({
    number: z.int().check(z.minimum(1), z.maximum(99)),
    title: text(200),
    commitment: text(),
    commitmentSource: z.optional(text(400)),
    // None: a commitment with no number yet, judged on its actions.
    indicators: z.array(indicator).check(z.maxLength(SETUP_LIMITS.indicatorsPerAmbition * PARSE_BOUND)),
    actions: z.optional(z.array(action).check(z.maxLength(SETUP_LIMITS.actionsPerAmbition * PARSE_BOUND))),
  });

  const programme = z.strictObject({
    id: text(80),
    name: text(300),
    description: z.optional(text()),
    owner: text(200),
    period,
    funding: z.optional(z.number().check(z.minimum(0), z.maximum(1e13))),
    ambitionNumbers: z.array(z.int().check(z.minimum(1), z.maximum(99))).check(z.maxLength(50)),
    provenance,
    source: text(),
  }) satisfies z.ZodMiniType<Programme>;

  const place = z.strictObject({
    id: text(60),
    name: text(200),
    isTotal: z.boolean(),
    note: z.optional(text()),
    areaCodes: z.optional(z.array(text(20).check(rule(onsCodeProblem))).check(z.maxLength(SETUP_LIMITS.areaCodesPerPlace))),
    fingertips: z.optional(
      z.discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('area'),
          codes: z.array(text(20).check(rule(fingertipsAreaCodeProblem))).check(z.minLength(1), z.maxLength(10)),
          name: text(200),
          note: z.optional(text()),
        }),
        z.strictObject({ kind: z.literal('none'), reason: text() }),
      ]),
    ),
  });

  const frameworkSchema = z
    .strictObject({
      id: text(60),
      name: text(300),
      shortName: text(40),
      places: z.array(place).check(z.minLength(1), z.maxLength(SETUP_LIMITS.places * PARSE_BOUND)),
      // None yet: a partnership just set up, whose admin adds them next.
      ambitions: z.array(ambition).check(z.maxLength(SETUP_LIMITS.ambitions * PARSE_BOUND)),
      source: text(),
      terms: z.optional(z.strictObject({ one: text(60), many: text(60) })),
      programmes: z.optional(z.array(programme).check(z.maxLength(SETUP_LIMITS.programmes * PARSE_BOUND))),
      note: z.optional(text()),
      example: z.optional(z.boolean()),
      version: z.optional(z.int().check(z.minimum(0))),
    })
    .check(
      // Run beside every field's own problem (`when`), so all are listed at once.
      z.superRefine(
        (framework, ctx) => {
          for (const { path, message } of setupCrossProblems(framework)) ctx.addIssue({ code: 'custom', path, message });
        },
        { when: () => true },
      ),
    ) satisfies z.ZodMiniType<Framework>;

  return { frameworkSchema };
});

/** A series of figures for one indicator in one place. */
const seriesSchemas = once(() => {
  const { text, period, provenance, finite } = parts();
  const point = z
    .strictObject({
      period,
      value: finite,
      lower: z.optional(finite),
      upper: z.optional(finite),
      note: z.optional(text()),
      provenance,
      source: z.optional(text()),
      groups: z.optional(z.tuple([finite, finite])),
      count: z.optional(finite.check(z.minimum(0))),
      denominator: z.optional(finite.check(z.minimum(0))),
    })
    .check(
      z.superRefine((p, ctx) => {
        for (const { field, message } of intervalProblems(p)) ctx.addIssue({ code: 'custom', path: [field], message });
      }),
    ) satisfies z.ZodMiniType<DataPoint>;

  /** A series' points: each valid on its own, and no period twice (also not spelt two ways). */
  const checkedPoints = z.array(point).check(
    z.maxLength(MAX_POINTS),
    z.superRefine((list, ctx) => {
      for (const { index, first, label } of repeatedPeriods(list.map((p) => p.period))) {
        ctx.addIssue({ code: 'custom', path: [index, 'period'], message: `${label} appears twice (also at points[${first}])` });
      }
    }),
  );

  // A list of plainly valid figures is admitted in one pass (plain-points.ts); any other is read
  // by the schema above, which cleans it or says what is wrong and where.
  const points = z.pipe(
    z.unknown(),
    z.transform((value, ctx): DataPoint[] => {
      const plain = plainPoints(value);
      if (plain) return plain;
      const checked = checkedPoints.safeParse(value);
      if (checked.success) return checked.data;
      for (const issue of checked.error.issues) ctx.issues.push({ input: value, ...issue } as (typeof ctx.issues)[number]);
      return z.NEVER;
    }),
  );

  const seriesSchema = z.strictObject({
    indicatorId: text(80),
    placeId: text(60),
    version: z.int().check(z.minimum(0)),
    points,
  }) satisfies z.ZodMiniType<Series>;

  return { point, checkedPoints, points, seriesSchema };
});

/** A change to an indicator's definition, its history and the conflict reply. */
const indicatorChangeSchemas = once(() => {
  const { text, editor, changeId, historyEntry } = parts();
  const { indicator } = indicatorSchemas();
  const indicatorChangeSchema = z.strictObject({
    baseVersion: z.int().check(z.minimum(0)),
    indicator,
    editor,
    note: z.optional(text()),
    changeId,
  }) satisfies z.ZodMiniType<IndicatorChange>;

  const fieldText = z.optional(z.string().check(z.maxLength(4000)));

  const indicatorHistoryEntrySchema = historyEntry(
    200,
    z.array(z.strictObject({ field: text(400), before: fieldText, after: fieldText })).check(z.maxLength(5000)),
  ) satisfies z.ZodMiniType<IndicatorHistoryEntry>;
  const indicatorHistorySchema = z.array(indicatorHistoryEntrySchema) satisfies z.ZodMiniType<IndicatorHistoryEntry[]>;

  const indicatorConflictSchema = z.strictObject({ current: indicator });

  return { indicatorChangeSchema, indicatorHistoryEntrySchema, indicatorHistorySchema, indicatorConflictSchema };
});

/** A save of figures, their history and the conflict reply. */
const seriesChangeSchemas = once(() => {
  const { period, text, editor, changeId, historyEntry } = parts();
  const { point, points, seriesSchema } = seriesSchemas();
  /** A save as the API receives it; its points obey the same rules as a series' points. */
  const seriesChangeSchema = z.strictObject({
    baseVersion: z.int().check(z.minimum(0)),
    points,
    editor,
    note: z.optional(text()),
    changeId,
  }) satisfies z.ZodMiniType<SeriesChange>;

  const pointChange = z.strictObject({ period, before: z.optional(point), after: z.optional(point) });

  const historyEntrySchema = historyEntry(80, z.array(pointChange).check(z.maxLength(MAX_POINTS * 2))) satisfies z.ZodMiniType<HistoryEntry>;
  const historySchema = z.array(historyEntrySchema) satisfies z.ZodMiniType<HistoryEntry[]>;

  const conflictSchema = z.strictObject({ current: seriesSchema });

  return { seriesChangeSchema, historyEntrySchema, historySchema, conflictSchema };
});

/** A change to a partnership, and the conflict reply. */
const frameworkChangeSchemas = once(() => {
  const { text, editor, changeId } = parts();
  const { frameworkSchema } = frameworkSchemas();
  const frameworkChangeSchema = z.strictObject({
    baseVersion: z.int().check(z.minimum(0)),
    framework: frameworkSchema,
    editor,
    note: z.optional(text()),
    changeId,
    creating: z.optional(z.boolean()),
  }) satisfies z.ZodMiniType<FrameworkChange>;

  const frameworkConflictSchema = z.strictObject({ current: frameworkSchema });

  return { frameworkChangeSchema, frameworkConflictSchema };
});

/** The list of partnerships a deployment serves. */
const summarySchemas = once(() => {
  const { text } = parts();
  const frameworkSummariesSchema = z.array(
    z.strictObject({
      id: text(60),
      name: text(300),
      shortName: text(40),
      note: z.optional(text()),
      example: z.optional(z.boolean()),
      places: z.int().check(z.minimum(0)),
      ambitions: z.int().check(z.minimum(0)),
      terms: z.optional(z.strictObject({ one: text(60), many: text(60) })),
      figures: z.optional(z.strictObject({ published: z.int().check(z.minimum(0)), illustrative: z.int().check(z.minimum(0)) })),
    }),
  ) satisfies z.ZodMiniType<FrameworkSummary[]>;

  return { frameworkSummariesSchema };
});

/** A series' points read by the schema alone, with no plain pass first: for plain-points' tests. */
export const checkedPointsSchema = z.lazy(() => seriesSchemas().checkedPoints);
export const indicatorSchema = z.lazy(() => indicatorSchemas().indicator);
export const frameworkSchema = z.lazy(() => frameworkSchemas().frameworkSchema);
export const seriesSchema = z.lazy(() => seriesSchemas().seriesSchema);
export const indicatorChangeSchema = z.lazy(() => indicatorChangeSchemas().indicatorChangeSchema);
export const indicatorHistorySchema = z.lazy(() => indicatorChangeSchemas().indicatorHistorySchema);
export const indicatorConflictSchema = z.lazy(() => indicatorChangeSchemas().indicatorConflictSchema);
export const seriesChangeSchema = z.lazy(() => seriesChangeSchemas().seriesChangeSchema);
export const historySchema = z.lazy(() => seriesChangeSchemas().historySchema);
export const historyEntrySchema = z.lazy(() => seriesChangeSchemas().historyEntrySchema);
export const indicatorHistoryEntrySchema = z.lazy(() => indicatorChangeSchemas().indicatorHistoryEntrySchema);
export const conflictSchema = z.lazy(() => seriesChangeSchemas().conflictSchema);
export const frameworkChangeSchema = z.lazy(() => frameworkChangeSchemas().frameworkChangeSchema);
export const frameworkConflictSchema = z.lazy(() => frameworkChangeSchemas().frameworkConflictSchema);
export const frameworkSummariesSchema = z.lazy(() => summarySchemas().frameworkSummariesSchema);
