import type { Comment, FieldChange, Indicator, Target } from '../types';

// What a change to an indicator's definition did, field by field, in words a board member reads:
// the history of baselines and targets matters as much as the history of figures.

export function describeRule(target: Target, baselinePeriod: string): string {
  if (target.rule.kind === 'absolute') return `${target.rule.value}`;
  const p = target.rule.percent;
  return `${p > 0 ? '+' : p < 0 ? '\u2212' : ''}${Math.abs(p)}% from ${target.basePeriod ?? baselinePeriod}`;
}

const targetFields: [string, (t: Target, baseline: string) => string | undefined][] = [
  ['label', (t) => t.label],
  ['period', (t) => t.period],
  ['target', describeRule],
  ['note', (t) => t.note],
  ['provenance', (t) => t.provenance],
  ['source', (t) => t.source],
];

export function diffIndicator(before: Indicator, after: Indicator): FieldChange[] {
  const changes: FieldChange[] = [];
  const field = (name: string, a: string | undefined, b: string | undefined) => {
    if ((a ?? '') !== (b ?? '')) changes.push({ field: name, ...(a ? { before: a } : {}), ...(b ? { after: b } : {}) });
  };
  field('Baseline period', before.baselinePeriod, after.baselinePeriod);
  field('Source', before.source, after.source);
  field('Source link', before.sourceUrl, after.sourceUrl);
  const old = new Map(before.targets.map((t) => [t.id, t]));
  for (const t of after.targets) {
    const was = old.get(t.id);
    if (!was) changes.push({ field: `Target “${t.label}”`, after: `${describeRule(t, after.baselinePeriod)} by ${t.period}` });
    else for (const [name, read] of targetFields) field(`Target “${was.label}”: ${name}`, read(was, before.baselinePeriod), read(t, after.baselinePeriod));
    old.delete(t.id);
  }
  for (const was of old.values()) changes.push({ field: `Target “${was.label}”`, before: `${describeRule(was, before.baselinePeriod)} by ${was.period}` });
  const comment = (c: Comment) => `${c.period ? `on ${c.period}: ` : ''}${c.text} (${c.author.name})`;
  const oldComments = new Map((before.comments ?? []).map((c) => [c.id, c]));
  for (const c of after.comments ?? []) {
    if (!oldComments.delete(c.id)) changes.push({ field: 'Comment', after: comment(c) });
  }
  for (const c of oldComments.values()) changes.push({ field: 'Comment', before: comment(c) });
  return changes;
}

/**
 * The stored indicator with the editable parts of a proposed one (baseline, targets, source,
 * comments) and the next version. What it measures and how (name, definition, unit, direction) is not changed
 * this way, whoever asks: a backend applies this rule, not just the form.
 */
export function withDefinitionOf(current: Indicator, proposed: Indicator): Indicator {
  const { sourceUrl: _old, comments: _oldComments, ...rest } = current;
  return {
    ...rest,
    baselinePeriod: proposed.baselinePeriod,
    targets: proposed.targets,
    source: proposed.source,
    ...(proposed.sourceUrl ? { sourceUrl: proposed.sourceUrl } : {}),
    ...(proposed.comments?.length ? { comments: proposed.comments } : {}),
    version: (current.version ?? 0) + 1,
  };
}
