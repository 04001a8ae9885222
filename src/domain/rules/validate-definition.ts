import { targetBeforeBaselineProblem, webAddressProblem } from './setup-rules';
import { parseNumberInput } from './parse-number-input';
import { parsePeriod } from '../periods/period';
import { isFormulaInput } from './spreadsheet-safe';
import type { Indicator, Provenance, Target } from '../types';

// An indicator's baseline, targets and source as a lead edits them: text in, a checked indicator
// out, or a message for each field keyed by its path ("targets.1.period") to sit beside it.

export interface TargetInput {
  /** Kept for existing targets so history follows them; new ones get one from their label. */
  id: string;
  label: string;
  period: string;
  kind: 'absolute' | 'relative';
  /** The target value (absolute) or the change in percent (relative, e.g. -10). */
  amount: string;
  basePeriod: string;
  note: string;
  provenance: Provenance;
  source: string;
}

export interface DefinitionInput {
  baselinePeriod: string;
  source: string;
  sourceUrl: string;
  targets: TargetInput[];
}

export type DefinitionValidation = { ok: true; indicator: Indicator } | { ok: false; errors: Record<string, string> };

export function definitionInputOf(indicator: Indicator): DefinitionInput {
  return {
    baselinePeriod: indicator.baselinePeriod,
    source: indicator.source,
    sourceUrl: indicator.sourceUrl ?? '',
    targets: indicator.targets.map((t) => ({
      id: t.id,
      label: t.label,
      period: t.period,
      kind: t.rule.kind,
      amount: String(t.rule.kind === 'absolute' ? t.rule.value : t.rule.percent),
      basePeriod: t.basePeriod ?? '',
      note: t.note ?? '',
      provenance: t.provenance,
      source: t.source,
    })),
  };
}

export const blankTarget = (): TargetInput => ({ id: '', label: '', period: '', kind: 'relative', amount: '', basePeriod: '', note: '', provenance: 'published', source: '' });

const MAX_TEXT = 2000;

export function text(value: string, required: string | undefined, path: string, errors: Record<string, string>): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) {
    if (required) errors[path] = required;
    return undefined;
  }
  if (trimmed.length > MAX_TEXT) errors[path] = `Keep this under ${MAX_TEXT} characters.`;
  else if (isFormulaInput(trimmed)) errors[path] = `This starts with “${trimmed[0]}”, so a spreadsheet would run it as a formula. Start it with a word instead.`;
  return trimmed;
}

export function period(value: string, path: string, errors: Record<string, string>, required = true): string | undefined {
  if (!value.trim()) {
    if (required) errors[path] = 'Enter a period.';
    return undefined;
  }
  const parsed = parsePeriod(value);
  if (!parsed.ok) errors[path] = parsed.error;
  return parsed.ok ? parsed.period.label : undefined;
}

export function slug(label: string, taken: Set<string>): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'target';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function validateDefinition(input: DefinitionInput, indicator: Indicator): DefinitionValidation {
  const errors: Record<string, string> = {};
  const baselinePeriod = period(input.baselinePeriod, 'baselinePeriod', errors);
  const source = text(input.source, 'Say where the figures come from.', 'source', errors);
  const sourceUrl = input.sourceUrl.trim();
  if (sourceUrl && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(sourceUrl)) errors.sourceUrl = 'Enter a web address starting with https://, or leave it empty.';
  else if (sourceUrl && webAddressProblem(sourceUrl)) errors.sourceUrl = `${webAddressProblem(sourceUrl)}.`;
  if (input.targets.length === 0) errors.targets = 'Keep at least one target: the status is judged against it.';

  const taken = new Set(input.targets.map((t) => t.id).filter(Boolean));
  const targets: Target[] = [];
  input.targets.forEach((t, i) => {
    const at = (field: string) => `targets.${i}.${field}`;
    const label = text(t.label, 'Give the target a name, e.g. “Revised (2023 plan)”.', at('label'), errors);
    const targetPeriod = period(t.period, at('period'), errors);
    const basePeriod = period(t.basePeriod, at('basePeriod'), errors, false);
    const note = text(t.note, undefined, at('note'), errors);
    const targetSource = text(t.source, 'Say where the target comes from.', at('source'), errors);
    const amount = parseNumberInput(t.amount);
    if (!amount.ok) errors[at('amount')] = amount.error;
    else if (t.kind === 'relative' && (amount.value < -100 || amount.value > 1000)) errors[at('amount')] = 'A change in percent is between −100 and 1000.';
    const beforeBaseline = baselinePeriod && targetPeriod ? targetBeforeBaselineProblem(baselinePeriod, targetPeriod) : undefined;
    if (beforeBaseline) errors[at('period')] = `${beforeBaseline.charAt(0).toUpperCase()}${beforeBaseline.slice(1)}.`;
    if (!label || !targetPeriod || !targetSource || !amount.ok || beforeBaseline) return;
    targets.push({
      id: t.id || slug(label, taken),
      label,
      period: targetPeriod,
      rule: t.kind === 'absolute' ? { kind: 'absolute', value: amount.value } : { kind: 'relative', percent: amount.value },
      ...(basePeriod ? { basePeriod } : {}),
      ...(note ? { note } : {}),
      provenance: t.provenance,
      source: targetSource,
    });
  });
  if (Object.keys(errors).length > 0 || !baselinePeriod || !source) return { ok: false, errors };
  const { sourceUrl: _old, ...rest } = indicator;
  return { ok: true, indicator: { ...rest, baselinePeriod, source, ...(sourceUrl ? { sourceUrl } : {}), targets } };
}
