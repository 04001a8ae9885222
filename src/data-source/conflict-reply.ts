import { DataSourceError, invalidPayload } from './data-source-error';
import { conflictSchema, frameworkConflictSchema, indicatorConflictSchema } from './schemas';

/**
 * A REST save answered 409: someone saved first. The reply carries what is there now, read with
 * its schema, for the person to compare and choose. Loaded by fetch-json.ts only when a save meets
 * a conflict.
 */
export function conflictError(reply: unknown, what: string, conflictOf: 'series' | 'indicator' | 'framework'): DataSourceError {
  const message = `${what} were changed by someone else since you started. Compare and choose.`;
  if (conflictOf === 'framework') {
    const conflict = frameworkConflictSchema.safeParse(reply);
    return conflict.success
      ? new DataSourceError('conflict', message, { status: 409, what, currentFramework: conflict.data.current })
      : invalidPayload(`${what} (a conflict reply)`, conflict.error);
  }
  if (conflictOf === 'indicator') {
    const conflict = indicatorConflictSchema.safeParse(reply);
    return conflict.success
      ? new DataSourceError('conflict', message, { status: 409, what, currentIndicator: conflict.data.current })
      : invalidPayload(`${what} (a conflict reply)`, conflict.error);
  }
  const conflict = conflictSchema.safeParse(reply);
  return conflict.success
    ? new DataSourceError('conflict', message, { status: 409, what, current: conflict.data.current })
    : invalidPayload(`${what} (a conflict reply)`, conflict.error);
}
