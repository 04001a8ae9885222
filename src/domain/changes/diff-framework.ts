import { canonical } from './same-content';
import { ACTION_STATUS_LABEL } from '../status/assess-actions';
import { diffIndicator } from './diff-indicator';
import { formatFunding } from '../words/programmes';
import type { Action, Ambition, FieldChange, Framework, Indicator, Place, Programme } from '../types';

// What a change to a partnership's framework did, in words an admin or a board member reads:
// "Place “Halton”: name", "Ambition 2: action “Carers’ forum”: status", "Programme “Delivery
// plan”: funding". Items are matched by id (ambitions by number), so the cost is linear.

type Change = (field: string, before: string | undefined, after: string | undefined) => void;

function keyed<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string | number,
  each: { added: (t: T) => void; removed: (t: T) => void; both: (was: T, now: T) => void },
) {
  const old = new Map(before.map((item) => [key(item), item]));
  for (const item of after) {
    const was = old.get(key(item));
    if (was === undefined) each.added(item);
    else each.both(was, item);
    old.delete(key(item));
  }
  for (const item of old.values()) each.removed(item);
}

const unitText = (i: Indicator) => `${i.unit.kind}${i.unit.label ? ` (${i.unit.label})` : ''}, ${i.unit.decimals} decimal places`;
const placeCodes = (p: Place) => (p.areaCodes ?? []).join(', ') || undefined;
const fingertipsText = (i: Indicator) =>
  !i.fingertips
    ? undefined
    : i.fingertips.kind === 'none'
      ? `not in Fingertips: ${i.fingertips.reason}`
      : `indicator ${i.fingertips.indicatorId} (${i.fingertips.sex}, ${i.fingertips.age})`;

function diffAction(prefix: string, was: Action, now: Action, field: Change) {
  field(`${prefix}: title`, was.title, now.title);
  field(`${prefix}: owner`, was.owner, now.owner);
  field(`${prefix}: due`, was.due, now.due);
  field(`${prefix}: status`, ACTION_STATUS_LABEL[was.status], ACTION_STATUS_LABEL[now.status]);
  field(`${prefix}: published or illustrative`, was.provenance, now.provenance);
  const seen = new Set((was.updates ?? []).map((u) => u.id));
  for (const u of now.updates ?? []) if (!seen.has(u.id)) field(`${prefix}: update`, undefined, `${ACTION_STATUS_LABEL[u.status]}: ${u.text} (${u.author.name})`);
}

function diffIndicatorWhole(prefix: string, was: Indicator, now: Indicator, field: Change, changes: FieldChange[]) {
  field(`${prefix}: name`, was.name, now.name);
  field(`${prefix}: definition`, was.definition, now.definition);
  field(`${prefix}: unit`, unitText(was), unitText(now));
  field(`${prefix}: direction`, was.direction, now.direction);
  field(`${prefix}: published or illustrative`, was.provenance, now.provenance);
  field(`${prefix}: Fingertips`, fingertipsText(was), fingertipsText(now));
  for (const c of diffIndicator(was, now)) changes.push({ ...c, field: `${prefix}: ${c.field.charAt(0).toLowerCase()}${c.field.slice(1)}` });
}

function diffAmbition(one: string, was: Ambition, now: Ambition, field: Change, changes: FieldChange[]) {
  const prefix = `${one} ${now.number}`;
  field(`${prefix}: title`, was.title, now.title);
  field(`${prefix}: commitment`, was.commitment, now.commitment);
  keyed(was.indicators, now.indicators, (i) => i.id, {
    added: (i) => field(`${prefix}: indicator`, undefined, i.name),
    removed: (i) => field(`${prefix}: indicator`, i.name, undefined),
    both: (a, b) => diffIndicatorWhole(`${prefix}: indicator “${a.name}”`, a, b, field, changes),
  });
  keyed(was.actions ?? [], now.actions ?? [], (a) => a.id, {
    added: (a) => field(`${prefix}: action`, undefined, `${a.title} (${a.owner}, due ${a.due})`),
    removed: (a) => field(`${prefix}: action`, a.title, undefined),
    both: (a, b) => diffAction(`${prefix}: action “${a.title}”`, a, b, field),
  });
}

const programmeText = (p: Programme) => `${p.name}${p.funding !== undefined ? `, ${formatFunding(p.funding)}` : ''}`;

export function diffFramework(before: Framework, after: Framework): FieldChange[] {
  const changes: FieldChange[] = [];
  const field: Change = (name, a, b) => {
    if ((a ?? '') !== (b ?? '')) changes.push({ field: name, ...(a ? { before: a } : {}), ...(b ? { after: b } : {}) });
  };
  field('Name', before.name, after.name);
  field('Short name', before.shortName, after.shortName);
  field('Source', before.source, after.source);
  field('Note', before.note, after.note);
  field('Word for an ambition', before.terms?.one ?? 'ambition', after.terms?.one ?? 'ambition');
  keyed(before.places, after.places, (p) => p.id, {
    added: (p) => field('Place', undefined, p.name),
    removed: (p) => field('Place', p.name, undefined),
    both: (a, b) => {
      field(`Place “${a.name}”: name`, a.name, b.name);
      field(`Place “${a.name}”: area codes`, placeCodes(a), placeCodes(b));
      field(`Place “${a.name}”: note`, a.note, b.note);
    },
  });
  const One = (after.terms?.one ?? 'ambition').replace(/^./, (c) => c.toUpperCase());
  keyed(before.ambitions, after.ambitions, (a) => a.number, {
    added: (a) => field(`${One} ${a.number}`, undefined, a.title),
    removed: (a) => field(`${One} ${a.number}`, a.title, undefined),
    both: (a, b) => diffAmbition(One, a, b, field, changes),
  });
  keyed(before.programmes ?? [], after.programmes ?? [], (p) => p.id, {
    added: (p) => field('Programme', undefined, programmeText(p)),
    removed: (p) => field('Programme', programmeText(p), undefined),
    both: (a, b) => {
      const prefix = `Programme “${a.name}”`;
      field(`${prefix}: name`, a.name, b.name);
      field(`${prefix}: owner`, a.owner, b.owner);
      field(`${prefix}: period`, a.period, b.period);
      field(`${prefix}: funding`, a.funding === undefined ? undefined : formatFunding(a.funding), b.funding === undefined ? undefined : formatFunding(b.funding));
      field(`${prefix}: ${One.toLowerCase()}s it serves`, a.ambitionNumbers.join(', '), b.ambitionNumbers.join(', '));
      field(`${prefix}: description`, a.description, b.description);
    },
  });
  return changes;
}

/**
 * What a store keeps of a proposed framework: the proposal, the next version, and each indicator
 * whose content changed with its own next version, so a lead's stale edit to its targets is a
 * conflict rather than an overwrite.
 */
export function withFrameworkOf(current: Framework, proposed: Framework): Framework {
  const old = new Map(current.ambitions.flatMap((a) => a.indicators).map((i) => [i.id, i]));
  // By what it holds, not the order of its keys: an unchanged indicator keeps its version.
  const strip = (i: Indicator) => canonical({ ...i, version: undefined });
  return {
    ...proposed,
    id: current.id,
    version: (current.version ?? 0) + 1,
    ambitions: proposed.ambitions.map((a) => ({
      ...a,
      indicators: a.indicators.map((i) => {
        const was = old.get(i.id);
        if (!was) return { ...i, version: 0 };
        return strip(was) === strip(i) ? { ...i, version: was.version ?? 0 } : { ...i, version: (was.version ?? 0) + 1 };
      }),
    })),
  };
}
