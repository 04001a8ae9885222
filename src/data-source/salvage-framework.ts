import type { Framework } from '../domain/types';
import { describeFrameworkProblems, parseFramework } from './framework-problems';
import { frameworkSchema } from './schemas';

// A shared store (CouchDB) may hold a record the app cannot read: written before today's rules,
// or by hand. It must never take the whole partnership down with it. The part that does not read
// (a comment, an action's update, an indicator, a place) is left out, the rest is shown, and what
// was left out is said in words, for an administrator to put right.

/** At most this many rounds of leaving parts out: each round removes every part that failed. */
const ROUNDS = 5;

export interface SalvagedFramework {
  framework: Framework;
  /** What was left out and why: "Ambition 5, indicator 2 (…), comment 3: the text must be text." */
  leftOut: string[];
}

/** The innermost list element an issue's path runs through: the smallest part to leave out. */
function innermostElement(path: readonly PropertyKey[]): { list: readonly PropertyKey[]; index: number } | undefined {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    if (typeof path[i] === 'number') return { list: path.slice(0, i), index: path[i] as number };
  }
  return undefined;
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);
}

/**
 * The framework with every part it cannot read left out, and what was left out. A problem with
 * the partnership itself (its name, its places as a whole) cannot be left out: that is thrown,
 * every problem listed, as parseFramework does.
 */
export function salvageFramework(raw: unknown, what: string): SalvagedFramework {
  // A record that reads, as nearly every one does, is read once and never copied.
  const first = frameworkSchema.safeParse(raw);
  if (first.success) return { framework: first.data, leftOut: [] };
  const candidate: unknown = structuredClone(raw);
  const leftOut: string[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const parsed = round === 0 ? first : frameworkSchema.safeParse(candidate);
    if (parsed.success) return { framework: parsed.data, leftOut };
    const removals = new Map<unknown[], Set<number>>();
    const said = describeFrameworkProblems(parsed.error.issues, candidate);
    for (const [i, issue] of parsed.error.issues.entries()) {
      const element = innermostElement(issue.path);
      const list = element && at(candidate, element.list);
      // Only parts inside the partnership: never the places list itself down to nothing.
      if (!element || !Array.isArray(list) || element.list.length === 0) return { framework: parseFramework(candidate, what), leftOut };
      if (!removals.has(list)) removals.set(list, new Set());
      removals.get(list)!.add(element.index);
      leftOut.push(said[i]!);
    }
    // From the end of each list, so earlier indices stay where they were.
    for (const [list, indices] of removals) for (const index of [...indices].sort((a, b) => b - a)) list.splice(index, 1);
  }
  return { framework: parseFramework(candidate, what), leftOut };
}
