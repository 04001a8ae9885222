import type { Framework } from '../domain/types';
import { invalidPayload } from './data-source-error';
import { frameworkSchema } from './schemas';

/**
 * A framework as a source received it, checked. The words for what is wrong with one that does
 * not read (framework-problems.ts, every problem located as an admin reads the file) are loaded
 * only then: a framework that reads, as nearly every one does, costs the first view nothing of them.
 */
export async function readFramework(raw: unknown, what: string): Promise<Framework> {
  const parsed = frameworkSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const words = await import('./framework-problems').catch(() => undefined);
  // Where even those words cannot be loaded (the connection dropped meanwhile), the problems by path.
  throw words ? words.frameworkRefusal(parsed.error, raw, what) : invalidPayload(what, parsed.error);
}
