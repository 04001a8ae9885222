import type { Action, Ambition, Framework } from '../types';

// "Apply mine to theirs" for a framework: only what the admin changed (from the version they
// started from) is laid on the colleague's newer version, item by item, so two people changing
// different places, ambitions, actions or programmes both keep their work. Where both changed the
// same item, the admin's version of that item wins: they are shown the colleague's version before
// they choose to do this. Updates to an action are added, never replaced, so a colleague's update
// to the same action stays. Linear in the size of the framework.

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function rebaseList<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[], key: (item: T) => string | number, rebaseItem: (base: T, mine: T, theirs: T) => T): T[] {
  const baseBy = new Map(base.map((x) => [key(x), x]));
  const mineBy = new Map(mine.map((x) => [key(x), x]));
  const result: T[] = [];
  const placed = new Set<string | number>();
  for (const item of theirs) {
    const k = key(item);
    const was = baseBy.get(k);
    const now = mineBy.get(k);
    placed.add(k);
    // I removed it: gone, unless the colleague changed it meanwhile (then theirs stays, to be seen).
    if (was !== undefined && now === undefined) {
      if (!same(was, item)) result.push(item);
      continue;
    }
    if (now === undefined || same(was, now)) result.push(item);
    else result.push(was === undefined ? now : rebaseItem(was, now, item));
  }
  for (const item of mine) {
    const k = key(item);
    if (!placed.has(k) && !baseBy.has(k)) result.push(item);
  }
  return result;
}

const whole = <T>(_base: T, mine: T) => mine;

function rebaseAction(base: Action, mine: Action, theirs: Action): Action {
  const fields = { ...theirs };
  for (const f of ['title', 'owner', 'due', 'status', 'provenance', 'source'] as const) {
    if (!same(base[f], mine[f])) (fields as Record<string, unknown>)[f] = mine[f];
  }
  const seen = new Set((theirs.updates ?? []).map((u) => u.id));
  const added = (mine.updates ?? []).filter((u) => !seen.has(u.id));
  const updates = [...(theirs.updates ?? []), ...added].sort((a, b) => a.at.localeCompare(b.at));
  return { ...fields, updates };
}

function rebaseAmbition(base: Ambition, mine: Ambition, theirs: Ambition): Ambition {
  return {
    ...theirs,
    title: base.title === mine.title ? theirs.title : mine.title,
    commitment: base.commitment === mine.commitment ? theirs.commitment : mine.commitment,
    indicators: rebaseList(
      base.indicators,
      mine.indicators,
      theirs.indicators,
      (i) => i.id,
      (_b, m, t) => ({ ...m, version: t.version }),
    ),
    actions: rebaseList(base.actions ?? [], mine.actions ?? [], theirs.actions ?? [], (a) => a.id, rebaseAction),
  };
}

export function rebaseFramework(base: Framework, mine: Framework, theirs: Framework): Framework {
  const result: Framework = { ...theirs };
  for (const f of ['name', 'shortName', 'source', 'note', 'terms'] as const) {
    if (!same(base[f], mine[f])) (result as unknown as Record<string, unknown>)[f] = mine[f];
  }
  result.places = rebaseList(base.places, mine.places, theirs.places, (p) => p.id, whole);
  result.ambitions = rebaseList(base.ambitions, mine.ambitions, theirs.ambitions, (a) => a.number, rebaseAmbition);
  result.programmes = rebaseList(base.programmes ?? [], mine.programmes ?? [], theirs.programmes ?? [], (p) => p.id, whole);
  return result;
}
