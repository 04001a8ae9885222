import { PERIOD_EXAMPLES } from '../periods/period';
import { ACTION_STATUS_CODES, DIRECTION_CODES, PROVENANCE_CODES, TARGET_KIND_CODES, UNIT_CODES } from '../rules/codes';
import { SETUP_LIMITS } from '../rules/setup-rules';
import type { Action, ActionStatus, Ambition, Framework, Indicator, Place, Programme, Target, UnitKind } from '../types';

// A framework as a workbook, a sheet per table, for people who would rather set a partnership up
// in Excel; and back. Rows refer to each other by number and id (an indicator names its ambition's
// number, a target its indicator's id). What the sheets do not carry (action updates, comments, a
// gap's groups, Fingertips area types) is kept from the framework as it is.
//
// Reading gives a framework for the same checks as any other (framework-problems.ts), plus a
// message for each row the sheets cannot place, with the sheet and row number.

export type Table = { name: string; rows: (string | number | undefined)[][] };

/** Columns read where a sheet has them, and written by every export: an older workbook without them still reads. */
const OPTIONAL_HEADINGS: Partial<Record<string, readonly string[]>> = {
  // Whose words a commitment is, where they are not the plan's (Ambition.commitmentSource).
  Ambitions: ['Whose words'],
};

const HEADINGS = {
  Partnership: ['Field', 'Value'],
  Places: ['Id', 'Name', 'Whole partnership', 'ONS codes', 'Note'],
  Ambitions: ['Number', 'Title', 'Commitment'],
  Indicators: [
    'Ambition number',
    'Id',
    'Name',
    'Definition',
    'Unit',
    'Unit label',
    'Decimal places',
    'Direction',
    'Baseline period',
    'Source',
    'Source link',
    'Published or illustrative',
    'Fingertips id',
    'Fingertips sex',
    'Fingertips age',
  ],
  Targets: ['Indicator id', 'Id', 'Label', 'Period', 'Kind', 'Value or % change', 'Base period', 'Note', 'Published or illustrative', 'Source'],
  Actions: ['Ambition number', 'Id', 'Title', 'Owner', 'Due', 'Status', 'Published or illustrative', 'Source'],
  Programmes: ['Id', 'Name', 'Owner', 'Period', 'Funding (£)', 'Ambition numbers', 'Description', 'Published or illustrative', 'Source'],
} as const;

export const SHEET_NAMES = Object.keys(HEADINGS) as (keyof typeof HEADINGS)[];

/** The first sheet: what each column takes, every allowed code listed. Import does not read it. */
export const INSTRUCTIONS_SHEET = 'Instructions';

function instructions(): (string | number)[][] {
  const codes = (list: readonly string[]) => list.join(', ');
  const rows: [string, string, string][] = [
    [
      'Every sheet',
      '',
      'Change the rows, keep the column headings. Rows refer to each other by id and number. Import the workbook on the Set up page: you see every change, or every problem with its sheet and row, before anything is saved.',
    ],
    ['Places', 'Whole partnership', `yes for exactly one place (the partnership as a whole), no for the others. At most ${SETUP_LIMITS.places} places.`],
    ['Places', 'ONS codes', 'The council areas a place covers, e.g. E08000035, separated by commas. A code is a letter and eight digits.'],
    ['Ambitions', 'Number', `A whole number from 1 to 99, each used once. At most ${SETUP_LIMITS.ambitions}.`],
    ['Indicators', 'Ambition number', 'The number of its row in the Ambitions sheet.'],
    ['Indicators', 'Unit', codes(UNIT_CODES)],
    ['Indicators', 'Decimal places', 'A whole number from 0 to 6.'],
    ['Indicators', 'Direction', codes(DIRECTION_CODES)],
    ['Indicators', 'Baseline period', `A period: ${PERIOD_EXAMPLES}.`],
    ['Indicators', 'Published or illustrative', codes(PROVENANCE_CODES)],
    ['Indicators', 'Fingertips id', 'Blank, or the OHID Fingertips indicator id (a whole number), with its sex and age as Fingertips writes them.'],
    ['Targets', 'Indicator id', 'The id of its row in the Indicators sheet.'],
    ['Targets', 'Period', `A period after the indicator's baseline period. At most ${SETUP_LIMITS.targetsPerIndicator} targets an indicator.`],
    ['Targets', 'Kind', `${codes(TARGET_KIND_CODES)}: absolute is a value to reach; relative a change in percent from the base period (−10 is 10% lower).`],
    ['Actions', 'Due', 'A date: 2027-03-31.'],
    ['Actions', 'Status', codes(ACTION_STATUS_CODES)],
    ['Programmes', 'Period', 'A period, e.g. 2025/26-27/28 or 2025/26 to 2027/28.'],
    ['Programmes', 'Funding (£)', 'Pounds, e.g. 2600000; blank when not published.'],
    ['Programmes', 'Ambition numbers', 'The numbers of the ambitions it serves, separated by commas.'],
  ];
  return [['Sheet', 'Column', 'What to write'], ...rows];
}

const PARTNERSHIP_FIELDS = [
  ['Id', 'id'],
  ['Name', 'name'],
  ['Short name', 'shortName'],
  ['Source', 'source'],
  ['Word for one', 'one'],
  ['Word for several', 'many'],
  ['Note', 'note'],
] as const;

export function frameworkToTables(f: Framework): Table[] {
  const indicators = f.ambitions.flatMap((a) => a.indicators.map((i) => ({ a, i })));
  return [
    { name: INSTRUCTIONS_SHEET, rows: instructions() },
    {
      name: 'Partnership',
      rows: [[...HEADINGS.Partnership], ...PARTNERSHIP_FIELDS.map(([label, key]) => [label, key === 'one' ? f.terms?.one : key === 'many' ? f.terms?.many : (f[key] ?? '')])],
    },
    { name: 'Places', rows: [[...HEADINGS.Places], ...f.places.map((p) => [p.id, p.name, p.isTotal ? 'yes' : 'no', (p.areaCodes ?? []).join(', '), p.note])] },
    { name: 'Ambitions', rows: [[...HEADINGS.Ambitions, ...OPTIONAL_HEADINGS.Ambitions!], ...f.ambitions.map((a) => [a.number, a.title, a.commitment, a.commitmentSource])] },
    {
      name: 'Indicators',
      rows: [
        [...HEADINGS.Indicators],
        ...indicators.map(({ a, i }) => {
          const ft = i.fingertips?.kind === 'indicator' ? i.fingertips : undefined;
          return [
            a.number,
            i.id,
            i.name,
            i.definition,
            i.unit.kind,
            i.unit.label,
            i.unit.decimals,
            i.direction,
            i.baselinePeriod,
            i.source,
            i.sourceUrl,
            i.provenance,
            ft?.indicatorId,
            ft?.sex,
            ft?.age,
          ];
        }),
      ],
    },
    {
      name: 'Targets',
      rows: [
        [...HEADINGS.Targets],
        ...indicators.flatMap(({ i }) =>
          i.targets.map((t) => [
            i.id,
            t.id,
            t.label,
            t.period,
            t.rule.kind,
            t.rule.kind === 'absolute' ? t.rule.value : t.rule.percent,
            t.basePeriod,
            t.note,
            t.provenance,
            t.source,
          ]),
        ),
      ],
    },
    {
      name: 'Actions',
      rows: [[...HEADINGS.Actions], ...f.ambitions.flatMap((a) => (a.actions ?? []).map((x) => [a.number, x.id, x.title, x.owner, x.due, x.status, x.provenance, x.source]))],
    },
    {
      name: 'Programmes',
      rows: [
        [...HEADINGS.Programmes],
        ...(f.programmes ?? []).map((p) => [p.id, p.name, p.owner, p.period, p.funding, p.ambitionNumbers.join(', '), p.description, p.provenance, p.source]),
      ],
    },
  ];
}

export interface TablesRead {
  /** Undefined when the sheets could not be put together at all. */
  framework?: Framework;
  /** "Indicators, row 4: there is no ambition 12." */
  problems: string[];
  /**
   * The sheet and row a part of the framework came from, by its schema path ("Targets, row 3"
   * for ambitions[0].indicators[1].targets[0]): so a problem the framework's rules find is said
   * where the admin can put it right.
   */
  locate: (path: readonly PropertyKey[]) => string | undefined;
}

type Row = Record<string, string>;

/** Excel keeps a date typed in a cell as days since 30 December 1899. */
function dayOf(text: string): string {
  if (/^\d{5}(\.\d+)?$/.test(text)) return new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000).toISOString().slice(0, 10);
  return text;
}

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

function rowsOf(tables: ReadonlyMap<string, string[][]>, name: keyof typeof HEADINGS, problems: string[]): { row: Row; at: number }[] {
  const rows = tables.get(name);
  if (!rows) {
    problems.push(`There is no sheet called “${name}”. The workbook needs the sheets ${SHEET_NAMES.join(', ')}: export one to start from.`);
    return [];
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const expected = HEADINGS[name];
  const missing = expected.filter((h) => !header.includes(h.toLowerCase()));
  if (missing.length > 0)
    problems.push(`${name}, row 1: the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `“${m}”`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing.`);
  const index = new Map([...expected, ...(OPTIONAL_HEADINGS[name] ?? [])].map((h) => [h, header.indexOf(h.toLowerCase())]));
  return rows.slice(1).flatMap((cells, i) => {
    if (cells.every(blank)) return [];
    const row: Row = {};
    for (const [h, at] of index) row[h] = at >= 0 ? (cells[at] ?? '').trim() : '';
    return [{ row, at: i + 2 }];
  });
}

// Published only where the sheet says so: a blank or unknown cell is illustrative (nothing is published by default).
const PROVENANCE = (text: string) => (text.trim().toLowerCase().startsWith('published') ? 'published' : 'illustrative');
const optional = (text: string) => (text === '' ? undefined : text);
const numberOr = (text: string) => (text === '' ? Number.NaN : Number(text.replace(/[£,\s]/g, '')));

/**
 * A framework from a workbook's sheets, matched to the current one by id and number so what the
 * sheets do not carry is kept. Linear in the rows: every lookup is by a keyed map.
 */
export function frameworkFromTables(tables: ReadonlyMap<string, string[][]>, current: Framework): TablesRead {
  const problems: string[] = [];
  // Each part made from a row, and each sheet's list, keyed by the object itself: the framework's
  // ambitions are sorted at the end, so positions would not do.
  const origin = new WeakMap<object, string>();
  const from = <T extends object>(part: T, where: string): T => {
    origin.set(part, where);
    return part;
  };
  const fields = new Map(rowsOf(tables, 'Partnership', problems).map(({ row }) => [row.Field!.toLowerCase(), row.Value!]));
  const field = (label: string) => fields.get(label.toLowerCase()) ?? '';
  const oldPlaces = new Map(current.places.map((p) => [p.id, p]));
  const places: Place[] = rowsOf(tables, 'Places', problems).map(({ row, at }) => {
    const { note: _note, areaCodes: _codes, ...was } = oldPlaces.get(row.Id!) ?? ({} as Partial<Place>);
    const codes = row['ONS codes']!.split(/[\s,;]+/).filter(Boolean);
    return from(
      {
        ...was,
        id: row.Id!,
        name: row.Name!,
        isTotal: /^(yes|y|true|1)$/i.test(row['Whole partnership']!),
        ...(codes.length ? { areaCodes: codes } : {}),
        ...(row.Note ? { note: row.Note } : {}),
      },
      `Places, row ${at}`,
    );
  });
  from(places, 'Places');

  const oldAmbitions = new Map(current.ambitions.map((a) => [a.number, a]));
  const oldIndicators = new Map(current.ambitions.flatMap((a) => a.indicators).map((i) => [i.id, i]));
  const oldActions = new Map(current.ambitions.flatMap((a) => a.actions ?? []).map((x) => [x.id, x]));
  const ambitions = new Map<number, Ambition>();
  for (const { row, at } of rowsOf(tables, 'Ambitions', problems)) {
    const number = Number(row.Number);
    if (!Number.isInteger(number)) {
      problems.push(`Ambitions, row ${at}: the number must be a whole number, not “${row.Number}”.`);
      continue;
    }
    if (ambitions.has(number)) {
      problems.push(`Ambitions, row ${at}: the number ${number} is used twice.`);
      continue;
    }
    const commitmentSource = optional(row['Whose words'] ?? '');
    ambitions.set(
      number,
      from({ number, title: row.Title!, commitment: row.Commitment!, ...(commitmentSource ? { commitmentSource } : {}), indicators: [], actions: [] }, `Ambitions, row ${at}`),
    );
  }
  const ambitionFor = (sheet: string, at: number, text: string) => {
    const a = ambitions.get(Number(text));
    if (!a) problems.push(`${sheet}, row ${at}: there is no ambition ${text || '(none given)'} in the Ambitions sheet.`);
    return a;
  };

  const byId = new Map<string, Indicator>();
  for (const { row, at } of rowsOf(tables, 'Indicators', problems)) {
    const a = ambitionFor('Indicators', at, row['Ambition number']!);
    if (!a) continue;
    const was = oldIndicators.get(row.Id!);
    const ftId = Number(row['Fingertips id']);
    const oldFt = was?.fingertips?.kind === 'indicator' ? was.fingertips : undefined;
    const indicator: Indicator = {
      ...(was ?? {}),
      id: row.Id!,
      name: row.Name!,
      definition: row.Definition!,
      unit: { kind: row.Unit as UnitKind, label: row['Unit label']!, decimals: numberOr(row['Decimal places']!) },
      direction: row.Direction as Indicator['direction'],
      baselinePeriod: row['Baseline period']!,
      targets: [],
      source: row.Source!,
      provenance: PROVENANCE(row['Published or illustrative']!),
    } as Indicator;
    if (row['Source link']) indicator.sourceUrl = row['Source link'];
    else delete indicator.sourceUrl;
    if (row['Fingertips id'])
      indicator.fingertips = {
        kind: 'indicator',
        indicatorId: ftId,
        name: oldFt?.name ?? row.Name!,
        sex: row['Fingertips sex']!,
        age: row['Fingertips age']!,
        ...(oldFt?.category ? { category: oldFt.category } : {}),
        areaTypeIds: oldFt?.areaTypeIds ?? [502],
        ...(oldFt?.combine ? { combine: oldFt.combine } : {}),
      };
    else if (oldFt) delete indicator.fingertips;
    a.indicators.push(from(indicator, `Indicators, row ${at}`));
    byId.set(indicator.id, indicator);
  }

  for (const { row, at } of rowsOf(tables, 'Targets', problems)) {
    const indicator = byId.get(row['Indicator id']!);
    if (!indicator) {
      problems.push(`Targets, row ${at}: there is no indicator “${row['Indicator id']}” in the Indicators sheet.`);
      continue;
    }
    const amount = numberOr(row['Value or % change']!);
    const target: Target = {
      id: row.Id!,
      label: row.Label!,
      period: row.Period!,
      rule: row.Kind!.toLowerCase() === 'relative' ? { kind: 'relative', percent: amount } : { kind: 'absolute', value: amount },
      ...(row['Base period'] ? { basePeriod: row['Base period'] } : {}),
      ...(row.Note ? { note: row.Note } : {}),
      provenance: PROVENANCE(row['Published or illustrative']!),
      source: row.Source!,
    };
    indicator.targets.push(from(target, `Targets, row ${at}`));
  }

  for (const { row, at } of rowsOf(tables, 'Actions', problems)) {
    const a = ambitionFor('Actions', at, row['Ambition number']!);
    if (!a) continue;
    const was = oldActions.get(row.Id!);
    const action: Action = {
      id: row.Id!,
      title: row.Title!,
      owner: row.Owner!,
      due: dayOf(row.Due!),
      status: row.Status!.toLowerCase().replace(/\s+/g, '-') as ActionStatus,
      updates: was?.updates ?? [],
      provenance: PROVENANCE(row['Published or illustrative']!),
      ...(optional(row.Source!) ? { source: row.Source } : {}),
    };
    a.actions!.push(from(action, `Actions, row ${at}`));
  }

  const programmes: Programme[] = rowsOf(tables, 'Programmes', problems).map(({ row, at }) =>
    from<Programme>(
      {
        id: row.Id!,
        name: row.Name!,
        owner: row.Owner!,
        period: row.Period!,
        ...(row['Funding (£)'] ? { funding: numberOr(row['Funding (£)']!) } : {}),
        ambitionNumbers: row['Ambition numbers']!.split(/[\s,;]+/)
          .filter(Boolean)
          .map(Number),
        ...(row.Description ? { description: row.Description } : {}),
        provenance: PROVENANCE(row['Published or illustrative']!),
        source: row.Source!,
      },
      `Programmes, row ${at}`,
    ),
  );
  from(programmes, 'Programmes');

  // Kept as they were, for ambitions the sheet still has: nothing the sheets cannot show is lost.
  for (const a of ambitions.values()) {
    const was = oldAmbitions.get(a.number);
    if (!a.actions!.length && !was?.actions) delete a.actions;
    if (!was) continue;
    for (const i of a.indicators) if (!i.targets.length) i.targets = oldIndicators.get(i.id)?.targets ?? [];
  }

  const one = field('Word for one');
  const many = field('Word for several');
  const note = field('Note');
  const { note: _oldNote, terms: _oldTerms, ...rest } = current;
  const framework: Framework = {
    ...rest,
    name: field('Name'),
    shortName: field('Short name'),
    source: field('Source'),
    ...(one || many ? { terms: { one: one.toLowerCase(), many: many.toLowerCase() } } : {}),
    ...(note ? { note } : {}),
    places,
    ambitions: from(
      [...ambitions.values()].sort((x, y) => x.number - y.number),
      'Ambitions',
    ),
    programmes,
  };
  from(framework, 'Partnership');
  if (field('Id') && field('Id') !== current.id)
    problems.push(
      `Partnership: the id is “${field('Id')}”, but this is ${current.shortName} (“${current.id}”). Import a workbook exported from this partnership, or change the id back.`,
    );
  /** The deepest part along the path that came from a row. */
  const locate = (path: readonly PropertyKey[]) => {
    let node: unknown = framework;
    let where = origin.get(framework);
    for (const key of path) {
      node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
      if (typeof node !== 'object' || node === null) break;
      where = origin.get(node) ?? where;
    }
    return where;
  };
  return { framework, problems, locate };
}
