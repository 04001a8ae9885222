import { useId, useRef, useState, type FormEvent } from 'react';
import { useSaveIndicator } from '../../../api/save-indicator';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { DataSourceError } from '../../../api/errors';
import type { Comment, Indicator, Place, Series } from '../../../domain/types';
import { useCurrentEditor } from '../../../hooks/use-current-editor';
import { usePermissions } from '../../../api/session';
import { TextField } from '../../../components/form/TextField';

const MAX_COMMENT = 2000;

/**
 * A dated comment on the indicator or on one figure ("2020 figure affected by the pandemic"). It
 * is saved with the indicator; comments only add, so when a colleague changed the indicator first
 * the comment is added to their version and sent again, and nothing is lost.
 */
export function AddCommentForm({ frameworkId, indicator, place, series }: { frameworkId: string; indicator: Indicator; place: Place; series: Series }) {
  const editor = useCurrentEditor();
  const { mayEditPlace, mayEditDefinitions } = usePermissions(frameworkId);
  const save = useSaveIndicator(frameworkId);
  const [text, setText] = useState('');
  const [period, setPeriod] = useState('');
  const [everyPlace, setEveryPlace] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const aboutId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  if (!editor || !mayEditPlace(place.id)) return null;
  const mayCommentEverywhere = mayEditDefinitions();

  function send(onto: Indicator, comment: Comment, retried = false) {
    save.mutate(
      { baseVersion: onto.version ?? 0, indicator: { ...onto, comments: [...(onto.comments ?? []), comment] }, editor: editor!, note: 'Comment added' },
      {
        onSuccess: () => {
          setText('');
          setPeriod('');
          setStatus(`Comment saved${retried ? ', added to a colleague’s newer version' : ''}.`);
        },
        onError: (e) => {
          const current = e instanceof DataSourceError && e.kind === 'conflict' ? e.details.currentIndicator : undefined;
          if (current && !retried) send(current, comment, true);
        },
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Write the comment.');
      formRef.current?.querySelector('textarea')?.focus();
      return;
    }
    if (trimmed.length > MAX_COMMENT) {
      setError(`Keep the comment under ${MAX_COMMENT} characters (it has ${trimmed.length}).`);
      formRef.current?.querySelector('textarea')?.focus();
      return;
    }
    setError(undefined);
    send(indicator, {
      id: `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      at: new Date().toISOString(),
      author: editor!,
      text: trimmed,
      ...(everyPlace ? {} : { placeId: place.id }),
      ...(period ? { period } : {}),
    });
  }

  return (
    <form ref={formRef} className="comment-form" onSubmit={submit} noValidate aria-label={`Add a comment on ${indicator.name}`}>
      <h3 className="comment-form__title">Add a comment</h3>
      <TextField
        label="Comment"
        hint="Shown with the chart, on the slides, in the board pack and in exports, with your name and the date."
        value={text}
        onChange={setText}
        error={error}
        multiline
      />
      <div className="field">
        <label htmlFor={aboutId}>About</label>
        <select id={aboutId} value={period} onChange={(e) => setPeriod(e.target.value)}>
          <option value="">The indicator as a whole</option>
          {series.points.map((p) => (
            <option key={p.period} value={p.period}>
              The {p.period} figure
            </option>
          ))}
        </select>
      </div>
      {mayCommentEverywhere && (
        <div className="field field--checkbox">
          <label>
            <input type="checkbox" checked={everyPlace} onChange={(e) => setEveryPlace(e.target.checked)} /> For every place, not only {place.name}
          </label>
        </div>
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Add comment'}
      </button>
      <p role="status" className="comment-form__status">
        {status}
      </p>
      {save.isError && !(save.error instanceof DataSourceError && save.error.kind === 'conflict') && (
        <ErrorMessage title="The comment was not saved" error={save.error} onRetry={() => formRef.current?.requestSubmit()} retrying={save.isPending} />
      )}
    </form>
  );
}
