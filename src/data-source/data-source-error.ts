import type { z } from 'zod/mini';
import type { Framework, Indicator, Series } from '../domain/types';

export type DataSourceErrorKind = 'network' | 'not-found' | 'server' | 'invalid-payload' | 'conflict' | 'rejected' | 'sign-in-needed';

/** One thing wrong with a payload, located by a path a developer can follow: "points[3].value". */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Every failure a data source reports, typed so the UI can say what happened and whether a retry may help. */
export class DataSourceError extends Error {
  override readonly name = 'DataSourceError';

  constructor(
    readonly kind: DataSourceErrorKind,
    message: string,
    readonly details: {
      status?: number;
      issues?: FieldIssue[];
      /** Every problem in plain English, where the payload is one people write (a framework file). */
      problems?: string[];
      what?: string;
      current?: Series;
      currentIndicator?: Indicator;
      currentFramework?: Framework;
    } = {},
  ) {
    super(message);
  }

  /** A network blip or a server hiccup may pass; a malformed payload or a missing record will not. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'server' || this.kind === 'sign-in-needed';
  }
}

/** "The list of ambitions could not be read: the framework has 5 problems": said above the list of them. */
export function problemsHeadline(what: string, count: number): string {
  return `${what} could not be read: the framework has ${count === 1 ? 'a problem' : `${count} problems`}`;
}

export function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

export function issuesOf(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: pathOf(issue.path) || '(the whole payload)', message: issue.message }));
}

/** "The figures for Suicide rate, Leeds could not be read: points[3].value: expected a number, got text." */
export function invalidPayload(what: string, error: z.core.$ZodError): DataSourceError {
  const issues = issuesOf(error);
  const shown = issues
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return new DataSourceError('invalid-payload', `${what} could not be read: ${shown}${more}.`, { issues, what });
}

/** "points[2].upper: the upper bound 1 is below the value 2": the first thing wrong with a refused save. */
export function firstIssue(error: z.core.$ZodError): string {
  const first = error.issues[0]!;
  return `${pathOf(first.path) || '(the whole payload)'}: ${first.message}`;
}
