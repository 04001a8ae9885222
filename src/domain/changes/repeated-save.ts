/**
 * Saves are idempotent: each carries a change id, and a source that finds that id among a record's
 * latest changes answers with the record as it is now, neither applying it again nor calling it a
 * conflict. This is what makes a lost reply, a tab closed mid-save or two tabs sending the same
 * kept change harmless. Every source applies the same rule, from here.
 */

/** How many of a record's latest change ids are remembered; far more than a lead's retries. */
export const REMEMBERED_CHANGES = 50;

/** Whether a save with this change id was already applied, given the record's history, newest first. */
export function appliedBefore(changeId: string | undefined, newestFirst: readonly { changeId?: string }[]): boolean {
  if (!changeId) return false;
  const upTo = Math.min(newestFirst.length, REMEMBERED_CHANGES);
  for (let i = 0; i < upTo; i += 1) if (newestFirst[i]!.changeId === changeId) return true;
  return false;
}

/** A record's remembered change ids after one more save, newest first (for stores that keep them on the record). */
export function remember(changeIds: readonly string[] | undefined, changeId: string | undefined): string[] {
  const kept = changeIds ?? [];
  return changeId ? [changeId, ...kept].slice(0, REMEMBERED_CHANGES) : kept.slice(0, REMEMBERED_CHANGES);
}
