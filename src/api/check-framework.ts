import { describeFrameworkProblems } from '../data-source/framework-problems';
import { frameworkSchema } from '../data-source/schemas';
import type { Framework } from '../domain/types';

/** A framework from a file checked as a source would check it: every problem, in plain English. */
export function checkFramework(raw: unknown): { ok: true; framework: Framework } | { ok: false; problems: string[] } {
  const parsed = frameworkSchema.safeParse(raw);
  return parsed.success ? { ok: true, framework: parsed.data } : { ok: false, problems: describeFrameworkProblems(parsed.error.issues, raw) };
}
