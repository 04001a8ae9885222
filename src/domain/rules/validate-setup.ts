import { ACTION_STATUS_CODES } from './codes';
import { ADDRESS, addressFrom, onsCodeProblem, RESERVED_ADDRESSES, SETUP_LIMITS } from './setup-rules';
import { parseNumberInput } from './parse-number-input';
import type { Action, ActionStatus, Ambition, DataPoint, Direction, Framework, Indicator, Place, Programme, Provenance, UnitKind } from '../types';
import { period, slug, text, validateDefinition, type TargetInput } from './validate-definition';

// A partnership's set-up as an admin types it: text in, a checked part of the framework out, or a
// message for each field to sit beside it. The same rules as the framework schema, said as a
// person can act on them.

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

const done = <T>(errors: Record<string, string>, make: () => T): Checked<T> => (Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: make() });

export function idFrom(name: string, taken: Iterable<string>): string {
  return slug(name, new Set(taken));
}

export function readAreaCodes(input: string, errors: Record<string, string>, path: string): string[] {
  const codes = input
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const problems = codes.map(onsCodeProblem).filter(Boolean);
  if (problems.length > 0) errors[path] = `${problems.join('; ')}.`;
  return [...new Set(codes)];
}

export interface PartnershipInput {
  name: string;
  shortName: string;
  address: string;
  /** The word for one commitment, and for several. */
  one: string;
  many: string;
  source: string;
  wholeName: string;
  wholeCodes: string;
}

/** A new partnership: its name, address, words and the place that is the whole of it. */
export function validatePartnership(input: PartnershipInput, takenAddresses: ReadonlySet<string>): Checked<Framework> {
  const errors: Record<string, string> = {};
  const name = text(input.name, 'Give the partnership’s name.', 'name', errors);
  const shortName = text(input.shortName, 'Give a short name for headings, e.g. “One Halton”.', 'shortName', errors);
  if (shortName && shortName.length > 40) errors.shortName = 'Keep the short name to 40 characters.';
  // What a person types ("Test Valley") is made an address (test-valley), not refused.
  const address = addressFrom(input.address || input.shortName || input.name);
  if (!ADDRESS.test(address)) errors.address = 'Give an address of letters and digits, e.g. one-halton.';
  else if (RESERVED_ADDRESSES.has(address) || takenAddresses.has(address)) errors.address = `The address “${address}” is taken. Choose another.`;
  const one = text(input.one, 'Say what the partnership calls one commitment, e.g. “ambition” or “priority area”.', 'one', errors);
  const many = text(input.many, 'And several, e.g. “ambitions”.', 'many', errors);
  const source = text(input.source, 'Say where the commitments are published, e.g. the strategy’s title.', 'source', errors);
  const wholeName = text(input.wholeName, 'Name the area the partnership covers as a whole.', 'wholeName', errors);
  const wholeCodes = readAreaCodes(input.wholeCodes, errors, 'wholeCodes');
  return done(errors, () => ({
    id: address,
    name: name!,
    shortName: shortName!,
    source: source!,
    terms: { one: one!.toLowerCase(), many: many!.toLowerCase() },
    places: [{ id: idFrom(wholeName!, []), name: wholeName!, isTotal: true, ...(wholeCodes.length ? { areaCodes: wholeCodes } : {}) }],
    ambitions: [],
    programmes: [],
  }));
}

export interface PlaceInput {
  name: string;
  areaCodes: string;
  note: string;
}

/** A place added or changed; `id` is kept for a place being changed. */
export function validatePlace(input: PlaceInput, framework: Framework, id?: string): Checked<Place> {
  const errors: Record<string, string> = {};
  const name = text(input.name, 'Give the place’s name.', 'name', errors);
  if (name && framework.places.some((p) => p.id !== id && p.name.toLowerCase() === name.toLowerCase())) errors.name = `There is already a place called “${name}”.`;
  const areaCodes = readAreaCodes(input.areaCodes, errors, 'areaCodes');
  const note = text(input.note, undefined, 'note', errors);
  if (!id && framework.places.length >= SETUP_LIMITS.places) errors.name = `A partnership has at most ${SETUP_LIMITS.places} places here.`;
  const current = framework.places.find((p) => p.id === id);
  return done(errors, () => ({
    ...(current ?? { isTotal: false }),
    id:
      id ??
      idFrom(
        name!,
        framework.places.map((p) => p.id),
      ),
    name: name!,
    ...(areaCodes.length ? { areaCodes } : { areaCodes: undefined }),
    ...(note ? { note } : { note: undefined }),
  }));
}

export interface AmbitionInput {
  number: string;
  title: string;
  commitment: string;
}

export function validateAmbition(input: AmbitionInput, framework: Framework, number?: number): Checked<Pick<Ambition, 'number' | 'title' | 'commitment'>> {
  const errors: Record<string, string> = {};
  const n = Number(input.number.trim());
  if (!Number.isInteger(n) || n < 1 || n > 99) errors.number = 'Give a whole number from 1 to 99.';
  else if (n !== number && framework.ambitions.some((a) => a.number === n)) errors.number = `Number ${n} is taken.`;
  const title = text(input.title, 'Give it a short title.', 'title', errors);
  if (title && title.length > 200) errors.title = 'Keep the title to 200 characters.';
  const commitment = text(input.commitment, 'Write the commitment as the partnership published it.', 'commitment', errors);
  return done(errors, () => ({ number: n, title: title!, commitment: commitment! }));
}

export const UNIT_KINDS: { kind: UnitKind; label: string; hint: string }[] = [
  { kind: 'percent', label: 'Percentage', hint: '%' },
  { kind: 'rate', label: 'Rate', hint: 'per 100,000' },
  { kind: 'count', label: 'Count', hint: 'people' },
  { kind: 'score', label: 'Score', hint: 'out of 12' },
  { kind: 'years', label: 'Years', hint: 'years' },
  { kind: 'ratio', label: 'Ratio', hint: '' },
  { kind: 'percentage-points', label: 'Percentage points', hint: 'percentage points' },
  { kind: 'tonnes', label: 'Tonnes', hint: 'tCO2e' },
];

export interface IndicatorInput {
  name: string;
  definition: string;
  unitKind: UnitKind;
  unitLabel: string;
  decimals: string;
  direction: Direction;
  baselinePeriod: string;
  /** The figure for the baseline period, for the partnership as a whole; blank to add it later. */
  baselineValue: string;
  target: TargetInput;
  source: string;
  /** Blank until a person chooses: nothing is published by default. */
  provenance: Provenance | '';
  /** Blank, or the OHID Fingertips indicator id with the sex and age of the rows that are ours. */
  fingertipsId: string;
  fingertipsSex: string;
  fingertipsAge: string;
}

/**
 * Published or illustrative, as a person chose it: a blank choice is a problem to show, never
 * taken as published (issue 31). Returns the choice, or 'illustrative' while the form is refused.
 */
export function chosenProvenance(provenance: Provenance | '', errors: Record<string, string>): Provenance {
  if (provenance === 'published' || provenance === 'illustrative') return provenance;
  errors.provenance = 'Say whether it is published (and give its source) or illustrative: nothing is taken as published unless you say so.';
  return 'illustrative';
}

/** A new indicator, or what an admin changed of one; its baseline and targets are checked as a lead's are. */
export function validateIndicator(input: IndicatorInput, framework: Framework, current?: Indicator): Checked<Indicator> {
  const errors: Record<string, string> = {};
  const name = text(input.name, 'Give the indicator’s name.', 'name', errors);
  const definition = text(input.definition, 'Say what is counted and how, in plain words.', 'definition', errors);
  const decimals = Number(input.decimals.trim());
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) errors.decimals = 'Give a whole number of decimal places from 0 to 6.';
  const label = input.unitLabel.trim();
  if (label.length > 60) errors.unitLabel = 'Keep the unit to 60 characters.';
  if ((input.unitKind === 'rate' || input.unitKind === 'years' || input.unitKind === 'tonnes') && !label) errors.unitLabel = 'Say what the number is per, e.g. “per 100,000”.';
  let fingertips: Indicator['fingertips'];
  if (input.fingertipsId.trim()) {
    const id = Number(input.fingertipsId.trim());
    if (!Number.isInteger(id) || id < 1) errors.fingertipsId = 'A Fingertips indicator id is a whole number, like 41001.';
    const sex = text(input.fingertipsSex, 'Say which sex’s rows are ours, as Fingertips writes it: Persons, Male or Female.', 'fingertipsSex', errors);
    const age = text(input.fingertipsAge, 'Say which age’s rows are ours, as Fingertips writes it, e.g. “All ages” or “10+ yrs”.', 'fingertipsAge', errors);
    if (Number.isInteger(id) && id >= 1 && sex && age) fingertips = { kind: 'indicator', indicatorId: id, name: name ?? '', sex, age, areaTypeIds: [502] };
  }
  const base: Indicator = {
    ...(current ?? {
      id: idFrom(
        name ?? 'indicator',
        framework.ambitions.flatMap((a) => a.indicators.map((i) => i.id)),
      ),
      targets: [],
      baselinePeriod: '',
      source: '',
    }),
    name: name ?? '',
    definition: definition ?? '',
    unit: { kind: input.unitKind, label, decimals: Number.isInteger(decimals) ? decimals : 0 },
    direction: input.direction,
    provenance: chosenProvenance(input.provenance, errors),
    ...(fingertips ? { fingertips } : {}),
  } as Indicator;
  if (!fingertips && current?.fingertips?.kind === 'indicator') delete base.fingertips;
  if (current) {
    // Its baseline and targets are changed where a lead changes them (the ambition page), with their own history.
    return done(errors, () => base);
  }
  const definitionChecked = validateDefinition({ baselinePeriod: input.baselinePeriod, source: input.source, sourceUrl: '', targets: [input.target] }, base);
  if (!definitionChecked.ok) Object.assign(errors, definitionChecked.errors);
  return done(errors, () => (definitionChecked as { ok: true; indicator: Indicator }).indicator);
}

/**
 * A new indicator with the figure its baseline rests on, for the partnership as a whole: without
 * it no status can be judged, so the form asks for it beside the baseline period.
 */
export function validateNewIndicator(input: IndicatorInput, framework: Framework): Checked<{ indicator: Indicator; baseline?: DataPoint }> {
  const checked = validateIndicator(input, framework);
  const errors: Record<string, string> = checked.ok ? {} : { ...checked.errors };
  const typed = input.baselineValue.trim();
  const value = typed ? parseNumberInput(typed) : undefined;
  if (value && !value.ok) errors.baselineValue = value.error;
  return done(errors, () => {
    const indicator = (checked as { ok: true; value: Indicator }).value;
    const baseline: DataPoint | undefined =
      value?.ok && indicator.baselinePeriod ? { period: indicator.baselinePeriod, value: value.value, provenance: indicator.provenance, source: indicator.source } : undefined;
    return { indicator, ...(baseline ? { baseline } : {}) };
  });
}

export const ACTION_STATUSES: readonly ActionStatus[] = ACTION_STATUS_CODES;

export interface ActionInput {
  title: string;
  owner: string;
  due: string;
  status: ActionStatus;
  /** Blank until a person chooses: nothing is published by default. */
  provenance: Provenance | '';
}

export function validateAction(input: ActionInput, framework: Framework, current?: Action): Checked<Action> {
  const errors: Record<string, string> = {};
  const title = text(input.title, 'Say what will be done.', 'title', errors);
  const owner = text(input.owner, 'Say who is responsible: a person, team or organisation.', 'owner', errors);
  const due = input.due.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || Number.isNaN(Date.parse(`${due}T00:00:00Z`))) errors.due = 'Give the date it is due, like 2027-03-31.';
  const taken = framework.ambitions.flatMap((a) => (a.actions ?? []).map((x) => x.id));
  return done(errors, () => ({
    ...(current ?? { id: idFrom(title!, taken), updates: [] }),
    title: title!,
    owner: owner!,
    due,
    status: input.status,
    provenance: chosenProvenance(input.provenance, errors),
  }));
}

export interface ProgrammeInput {
  name: string;
  description: string;
  owner: string;
  period: string;
  funding: string;
  ambitionNumbers: number[];
  /** Blank until a person chooses: nothing is published by default. */
  provenance: Provenance | '';
  source: string;
}

/** "£2.6m", "2,600,000", "850k", "£1.2bn": pounds as people write them. Blank is "not published". */
export function parseFunding(input: string): { ok: true; value: number | undefined } | { ok: false; error: string } {
  const text = input.trim().replace(/^£/, '').replace(/\s+/g, '').toLowerCase();
  if (!text) return { ok: true, value: undefined };
  const scale = /(bn|m|k)$/.exec(text);
  const factor = scale ? { bn: 1e9, m: 1e6, k: 1e3 }[scale[1] as 'bn' | 'm' | 'k'] : 1;
  const number = parseNumberInput(scale ? text.slice(0, -scale[1]!.length) : text);
  if (!number.ok || number.value < 0) return { ok: false, error: `“${input.trim()}” is not an amount. Write it like £2.6m, £850,000 or 1200000.` };
  return { ok: true, value: Math.round(number.value * factor) };
}

export function validateProgramme(input: ProgrammeInput, framework: Framework, current?: Programme): Checked<Programme> {
  const errors: Record<string, string> = {};
  const name = text(input.name, 'Give the programme’s name.', 'name', errors);
  const description = text(input.description, undefined, 'description', errors);
  const owner = text(input.owner, 'Say who runs it.', 'owner', errors);
  const programmePeriod = period(input.period, 'period', errors);
  const funding = parseFunding(input.funding);
  if (!funding.ok) errors.funding = funding.error;
  const source = text(input.source, 'Say where the programme and its funding are published.', 'source', errors);
  const numbers = new Set(framework.ambitions.map((a) => a.number));
  const unknown = input.ambitionNumbers.filter((n) => !numbers.has(n));
  if (unknown.length > 0) errors.ambitionNumbers = `There is no number ${unknown.join(' or ')}.`;
  const taken = (framework.programmes ?? []).map((p) => p.id);
  return done(errors, () => ({
    id: current?.id ?? idFrom(name!, taken),
    name: name!,
    ...(description ? { description } : {}),
    owner: owner!,
    period: programmePeriod!,
    ...(funding.ok && funding.value !== undefined ? { funding: funding.value } : {}),
    ambitionNumbers: [...input.ambitionNumbers].sort((a, b) => a - b),
    provenance: chosenProvenance(input.provenance, errors),
    source: source!,
  }));
}
