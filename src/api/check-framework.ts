import { describeFrameworkProblems } from '../data-source/framework-problems';
import { frameworkSchema } from '../data-source/schemas';
import type { Framework } from '../domain/types';

/**
 * A framework from a file checked as a source would check it: every problem, in plain English,
 * each put where the file has it (`locate`: "Targets, row 3") when the file says.
 */
export function checkFramework(
  raw: unknown,
  locate?: (path: readonly PropertyKey[]) => string | undefined,
): { ok: true; framework: Framework } | { ok: false; problems: string[] } {
  const parsed = frameworkSchema.safeParse(raw);
  return parsed.success ? { ok: true, framework: parsed.data } : { ok: false, problems: describeFrameworkProblems(parsed.error.issues, raw, locate) };
}
