import { DataSourceError, problemsHeadline } from '../api/errors';

export interface ErrorMessageProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

function describe(error: unknown): string {
  // Where every problem is listed below, the line above them only says how many.
  if (error instanceof DataSourceError && error.details.problems?.length) return `${problemsHeadline(error.details.what ?? 'The data', error.details.problems.length)}:`;
  if (error instanceof DataSourceError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

/**
 * What a person can do about it, by kind of failure. Bad data from the source will not mend on a
 * retry; figures the server refused need correcting by the person who typed them.
 */
function advice(error: unknown): string | undefined {
  if (!(error instanceof DataSourceError)) return undefined;
  switch (error.kind) {
    case 'invalid-payload':
    case 'not-found':
      return 'The data needs correcting at its source; trying again will show the same problem until it is.';
    case 'rejected':
      return 'Correct the figures and save again.';
    default:
      return undefined;
  }
}

/** Where something failed, what happened, and a way to try again: shown at the place it failed. */
export function ErrorMessage({ title, error, onRetry, retrying }: ErrorMessageProps) {
  const next = advice(error);
  return (
    <div className="error-message" role="alert">
      <p className="error-message__title">{title}</p>
      <p className="error-message__detail">{describe(error)}</p>
      {error instanceof DataSourceError && error.details.problems && error.details.problems.length > 0 && (
        <ul className="error-message__problems">
          {error.details.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
      {next && <p className="error-message__detail">{next}</p>}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      )}
    </div>
  );
}
