import { DataSourceError } from '../data-source/data-source-error';

export interface ErrorMessageProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

function describe(error: unknown): string {
  if (error instanceof DataSourceError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

/** Where something failed, what happened, and a way to try again: shown at the place it failed. */
export function ErrorMessage({ title, error, onRetry, retrying }: ErrorMessageProps) {
  const fixable = !(error instanceof DataSourceError) || error.retryable;
  return (
    <div className="error-message" role="alert">
      <p className="error-message__title">{title}</p>
      <p className="error-message__detail">{describe(error)}</p>
      {!fixable && <p className="error-message__detail">The data needs correcting at its source; trying again will show the same problem until it is.</p>}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      )}
    </div>
  );
}
