import type { z } from 'zod/mini';
import type { Framework } from '../domain/types';
import { DataSourceError, issuesOf, problemsHeadline } from './data-source-error';
import { frameworkSchema } from './schemas';

// Every problem in a framework file, in plain English, located as an admin reads the file:
// "Ambition 8 (Leadership), indicator 1 (Fairness of appointment): the unit must be one of “percent”,
// “rate”, …" — not the first problem alone, and not a code path ("ambitions[7].indicators[0].unit.kind").

type Issue = z.core.$ZodIssue;
type Raw = Record<string, unknown> | unknown[] | undefined;

const FIELDS: Record<string, string> = {
  id: 'the id',
  name: 'the name',
  shortName: 'the short name',
  places: 'the places',
  ambitions: 'the ambitions',
  source: 'the source',
  sourceUrl: 'the source link',
  number: 'the number',
  title: 'the title',
  commitment: 'the commitment',
  indicators: 'the indicators',
  definition: 'the definition',
  unit: 'the unit',
  label: 'the label',
  decimals: 'the number of decimal places',
  direction: 'the direction',
  baselinePeriod: 'the baseline period',
  targets: 'the targets',
  period: 'the period',
  rule: 'the rule',
  value: 'the value',
  percent: 'the percentage change',
  basePeriod: 'the base period',
  note: 'the note',
  provenance: 'whether it is published or illustrative',
  proxyNote: 'the note on what stands in for the ambition',
  version: 'the version',
  release: 'the release schedule',
  frequency: 'how often it is published',
  lagMonths: 'the months before publication',
  gap: 'the gap definition',
  groups: 'the two groups',
  groupUnit: 'the groups’ unit',
  comments: 'the comments',
  isTotal: 'whether it is the whole partnership',
  areaCodes: 'the area codes',
  fingertips: 'the Fingertips mapping',
  indicatorId: 'the Fingertips indicator id',
  sex: 'the sex',
  age: 'the age',
  category: 'the category',
  areaTypeIds: 'the Fingertips area types',
  combine: 'how figures are combined',
  method: 'the method',
  multiplier: 'the multiplier',
  reason: 'the reason',
  codes: 'the area codes',
  actions: 'the actions',
  owner: 'the owner',
  due: 'the due date',
  status: 'the status',
  updates: 'the updates',
  at: 'the time',
  author: 'the author',
  text: 'the text',
  terms: 'the words for its ambitions',
  one: 'the word for one',
  many: 'the word for several',
  programmes: 'the programmes',
  description: 'the description',
  funding: 'the funding',
  ambitionNumbers: 'the ambitions it serves',
};

// Fields whose own name adds nothing to the one above them: "the unit", not "the unit kind".
const FOLDED = new Set(['kind']);

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
};

const at = (raw: unknown, key: PropertyKey): unknown => (raw !== null && typeof raw === 'object' ? (raw as Record<PropertyKey, unknown>)[key] : undefined);
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const quoted = (value: unknown) => `“${String(value)}”`;

/** "Ambition 8 (Leadership), indicator 1 (Suicide rate)" and the field path left after the named parts. */
function locate(path: readonly PropertyKey[], raw: Raw): { where: string[]; field: PropertyKey[] } {
  const where: string[] = [];
  let node: unknown = raw;
  let i = 0;
  const named = (noun: string, index: number, item: unknown, nameKey: string, numberKey?: string) => {
    const number = numberKey && Number.isInteger(at(item, numberKey)) ? (at(item, numberKey) as number) : index + 1;
    const name = text(at(item, nameKey));
    // Long names are cut at a word, so each location stays readable.
    const shortName = name && name.length > 40 ? `${name.slice(0, Math.max(name.lastIndexOf(' ', 40), 20))}…` : name;
    return `${noun} ${number}${shortName ? ` (${shortName})` : ''}`;
  };
  // The partnership's own word: "Priority area 3", where the file says so.
  const own = text(at(at(raw, 'terms'), 'one'));
  const NOUNS: Record<string, [string, string, string?]> = {
    places: ['Place', 'name'],
    ambitions: [own ? `${own.charAt(0).toUpperCase()}${own.slice(1)}` : 'Ambition', 'title', 'number'],
    indicators: ['indicator', 'name'],
    targets: ['target', 'label'],
    comments: ['comment', 'text'],
    actions: ['action', 'title'],
    updates: ['update', 'at'],
    programmes: ['Programme', 'name'],
  };
  while (i + 1 < path.length && typeof path[i] === 'string' && NOUNS[path[i] as string] && typeof path[i + 1] === 'number') {
    const [noun, nameKey, numberKey] = NOUNS[path[i] as string]!;
    const index = path[i + 1] as number;
    const item = at(at(node, path[i]!), index);
    where.push(named(noun, index, item, nameKey, numberKey));
    node = item;
    i += 2;
  }
  return { where, field: path.slice(i) };
}

function fieldWords(field: readonly PropertyKey[]): string | undefined {
  const words = field.filter((k) => typeof k === 'string' && !FOLDED.has(k)).map((k) => FIELDS[k as string] ?? `“${String(k)}”`);
  const index = field.find((k) => typeof k === 'number');
  if (words.length === 0) return index === undefined ? undefined : `item ${(index as number) + 1}`;
  // "the area codes, item 2": a list's own entry.
  return `${words.join(', ')}${index !== undefined ? `, item ${(index as number) + 1}` : ''}`;
}

function whatIsWrong(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_value':
      return `${value === undefined ? 'is missing: it must be' : 'must be'} one of ${issue.values.map(quoted).join(', ')}${value === undefined ? '' : `, not ${quoted(value)}`}`;
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'is empty';
      if (issue.origin === 'array') return `must have at least ${String(issue.minimum)}`;
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `must have at most ${String(issue.maximum)}`;
      return `must be at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.map(quoted).join(', ')}, which ${issue.keys.length > 1 ? 'are not fields' : 'is not a field'} a framework has (check the spelling)`;
    case 'invalid_format':
      return issue.format === 'url' ? 'is not a web address starting http:// or https://' : `is not a valid ${issue.format}`;
    case 'invalid_union':
      return 'is not in a form the dashboard knows';
    default:
      return issue.message;
  }
}

/** Every issue as a sentence a person can act on, in the file's order. */
export function describeFrameworkProblems(issues: readonly Issue[], raw: unknown, locateInFile?: (path: readonly PropertyKey[]) => string | undefined): string[] {
  return issues.map((issue) => {
    const inFile = locateInFile?.(issue.path);
    const { where, field } = locate(issue.path, raw as Raw);
    const value = issue.path.reduce<unknown>((node, key) => at(node, key), raw);
    const words = fieldWords(field);
    // Our own checks already speak in sentences ("exactly one place must be the whole partnership").
    const problem = issue.code === 'custom' ? `${words ? `${words}: ` : ''}${issue.message}` : `${words ? `${words} ` : ''}${whatIsWrong(issue, value)}`;
    const sentence = where.length > 0 ? `${where.join(', ')}: ${problem}` : problem;
    const said = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${sentence.endsWith('.') ? '' : '.'}`;
    return inFile ? `${inFile}: ${said}` : said;
  });
}

/** The refusal of a framework that does not read: every problem listed, in plain English, on the error (`details.problems`) for the screen to show, not only the first. */
export function frameworkRefusal(error: z.core.$ZodError, raw: unknown, what: string): DataSourceError {
  const problems = describeFrameworkProblems(error.issues, raw);
  return new DataSourceError(
    'invalid-payload',
    `${problemsHeadline(what, problems.length)}. ${problems.slice(0, 3).join(' ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`,
    { what, issues: issuesOf(error), problems },
  );
}

/** A framework as a source received it, checked (see frameworkRefusal). */
export function parseFramework(raw: unknown, what: string): Framework {
  const parsed = frameworkSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw frameworkRefusal(parsed.error, raw, what);
}
