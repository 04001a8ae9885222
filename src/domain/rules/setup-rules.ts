import { parsePeriod } from '../periods/period';

// The rules of a partnership's set-up that are more than a field's shape, each written once in
// plain words: the framework schema (and so every source, the mock API and the database's
// validate_doc_update), the set-up forms and the workbook import all call these, so they cannot
// disagree. Each returns what is wrong, as a sentence a person can act on, or undefined.

/**
 * The most of each thing a partnership has here: the forms, the workbook and every store agree.
 * Said by setupCrossProblems in words; the schema's own bounds (PARSE_BOUND times these) only stop
 * a hostile payload from costing much to read.
 */
export const SETUP_LIMITS = {
  places: 50,
  ambitions: 50,
  indicatorsPerAmbition: 20,
  targetsPerIndicator: 10,
  actionsPerAmbition: 200,
  programmes: 200,
  areaCodesPerPlace: 200,
} as const;

/**
 * A source link that names a user before its host (https://fingertips.phe.org.uk@evil.example/)
 * reads as one site and leads to another: refused, whatever else the address is.
 */
export function webAddressProblem(address: string): string | undefined {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(address.trim())?.[1];
  if (authority === undefined || !authority.includes('@')) return undefined;
  return `“${address.trim()}” has a name and “@” before its site, so it leads to ${authority.slice(authority.lastIndexOf('@') + 1)}, not where it seems: give the address without them`;
}

/** A partnership's address (its id): lower-case letters, digits and dashes, as in /one-halton. */
export const ADDRESS = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** Addresses that are the app's own pages, never a partnership's: /new sets one up. */
export const RESERVED_ADDRESSES: ReadonlySet<string> = new Set(['new']);

/** Whether an address can be a partnership's. */
export function isPartnershipAddress(address: string): boolean {
  return ADDRESS.test(address) && !RESERVED_ADDRESSES.has(address);
}

/** The address a name suggests: "Test Valley" is test-valley, "One Halton: Carers" one-halton-carers. */
export function addressFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** How far past a limit the schema still reads a list, so that everything wrong is said at once. */
export const PARSE_BOUND = 10;

/** An ONS area code: a letter for the nation and eight digits (E08000033). */
export const ONS_CODE = /^[EWSNK]\d{8}$/;

/**
 * A Fingertips area code: an ONS code, or Fingertips' own code for an NHS area, which adds a
 * lower-case letter in front ("nE54000054" for West Yorkshire's integrated care board).
 */
export const FINGERTIPS_AREA_CODE = /^[a-z]?[EWSNK]\d{8}$/;

export function onsCodeProblem(code: string): string | undefined {
  return ONS_CODE.test(code) ? undefined : `“${code}” is not an ONS code: a code is a letter and eight digits, like E08000033`;
}

export function fingertipsAreaCodeProblem(code: string): string | undefined {
  return FINGERTIPS_AREA_CODE.test(code) ? undefined : `“${code}” is not a Fingertips area code: an ONS code like E08000033, or an NHS area's like nE54000054`;
}

/**
 * A target is for a time after its baseline: its period must end after the baseline period ends.
 * A period that does not parse is said elsewhere (the period's own rule), not twice here.
 */
export function targetBeforeBaselineProblem(baselinePeriod: string, targetPeriod: string): string | undefined {
  const baseline = parsePeriod(baselinePeriod);
  const target = parsePeriod(targetPeriod);
  if (!baseline.ok || !target.ok) return undefined;
  if (target.period.end > baseline.period.end) return undefined;
  return `the target period ${target.period.label} is not after the baseline period ${baseline.period.label}: a target is for a time after its baseline`;
}

/** A problem found across a partnership's parts, where it lies (as a schema path) and in words. */
export interface SetupProblem {
  path: (string | number)[];
  message: string;
}

type Loose = Record<string, unknown>;
const list = (value: unknown): Loose[] => (Array.isArray(value) ? (value.filter((v) => typeof v === 'object' && v !== null) as Loose[]) : []);

/**
 * What no single field shows: exactly one place is the whole partnership; no id or number is used
 * twice; a programme serves only commitments there are. It reads the framework loosely (any part
 * may be malformed), so these are listed beside every field's own problem, not after they are
 * fixed. Linear: keyed sets, never a search in a list.
 */
export function setupCrossProblems(framework: unknown): SetupProblem[] {
  const problems: SetupProblem[] = [];
  const f = (typeof framework === 'object' && framework !== null ? framework : {}) as Loose;
  const places = list(f.places);
  const ambitions = list(f.ambitions);
  const programmes = list(f.programmes);
  const atMost = (items: unknown[], limit: number, path: (string | number)[], what: string) => {
    if (items.length > limit) problems.push({ path, message: `there are ${items.length} ${what}; a partnership has at most ${limit} here` });
  };
  atMost(places, SETUP_LIMITS.places, ['places'], 'places');
  atMost(ambitions, SETUP_LIMITS.ambitions, ['ambitions'], 'commitments');
  atMost(programmes, SETUP_LIMITS.programmes, ['programmes'], 'programmes');
  ambitions.forEach((a, i) => {
    atMost(list(a.indicators), SETUP_LIMITS.indicatorsPerAmbition, ['ambitions', i, 'indicators'], 'indicators for one commitment');
    atMost(list(a.actions), SETUP_LIMITS.actionsPerAmbition, ['ambitions', i, 'actions'], 'actions for one commitment');
  });
  const totals = places.filter((p) => p.isTotal === true).length;
  if (Array.isArray(f.places) && totals !== 1) problems.push({ path: ['places'], message: `exactly one place must be the whole partnership (found ${totals})` });
  const twice = (what: string, items: { value: unknown; path: (string | number)[] }[]) => {
    const seen = new Set<unknown>();
    for (const { value, path } of items) {
      if (value === undefined) continue;
      if (seen.has(value)) problems.push({ path, message: `${what} “${String(value)}” is used twice` });
      seen.add(value);
    }
    return seen;
  };
  twice(
    'the place id',
    places.map((p, i) => ({ value: p.id, path: ['places', i, 'id'] })),
  );
  const numbers = twice(
    'the number',
    ambitions.map((a, i) => ({ value: a.number, path: ['ambitions', i, 'number'] })),
  );
  twice(
    'the indicator id',
    ambitions.flatMap((a, i) => list(a.indicators).map((x, j) => ({ value: x.id, path: ['ambitions', i, 'indicators', j, 'id'] }))),
  );
  twice(
    'the action id',
    ambitions.flatMap((a, i) => list(a.actions).map((x, j) => ({ value: x.id, path: ['ambitions', i, 'actions', j, 'id'] }))),
  );
  twice(
    'the programme id',
    programmes.map((p, i) => ({ value: p.id, path: ['programmes', i, 'id'] })),
  );
  programmes.forEach((p, i) => {
    const unknown = (Array.isArray(p.ambitionNumbers) ? p.ambitionNumbers : []).filter((n) => !numbers.has(n));
    if (unknown.length > 0) problems.push({ path: ['programmes', i, 'ambitionNumbers'], message: `there is no number ${unknown.join(' or ')} among them` });
  });
  return problems;
}

/** Too many targets, and every target of an indicator that is not after its baseline, read loosely as above. */
export function targetProblems(indicator: unknown): SetupProblem[] {
  const i = (typeof indicator === 'object' && indicator !== null ? indicator : {}) as Loose;
  if (typeof i.baselinePeriod !== 'string') return [];
  const baseline = i.baselinePeriod;
  const targets = list(i.targets);
  const tooMany: SetupProblem[] =
    targets.length > SETUP_LIMITS.targetsPerIndicator
      ? [{ path: ['targets'], message: `there are ${targets.length} targets; an indicator has at most ${SETUP_LIMITS.targetsPerIndicator}` }]
      : [];
  const beforeBaseline = targets.flatMap((t, index) => {
    const problem = typeof t.period === 'string' ? targetBeforeBaselineProblem(baseline, t.period) : undefined;
    return problem ? [{ path: ['targets', index, 'period'], message: problem }] : [];
  });
  return [...tooMany, ...beforeBaseline];
}
