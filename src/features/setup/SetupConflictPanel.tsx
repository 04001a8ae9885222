import { diffFramework } from '../../domain/changes/diff-framework';
import type { SetupConflict } from './use-setup-change';

/** A colleague changed the set-up first: what they changed, what this admin changed, and the choice. */
export function SetupConflictPanel({
  conflict,
  saving,
  onApplyMine,
  onKeepTheirs,
}: {
  conflict: SetupConflict;
  saving: boolean;
  onApplyMine: () => void;
  onKeepTheirs: () => void;
}) {
  const theirs = diffFramework(conflict.base, conflict.theirs);
  const mine = diffFramework(conflict.base, conflict.mine);
  return (
    <div className="conflict-panel" role="alertdialog" aria-labelledby="setup-conflict-title" aria-describedby="setup-conflict-text">
      <h2 id="setup-conflict-title">Someone else changed the set-up while you were working</h2>
      <p id="setup-conflict-text">
        Their version is saved and shown below. Your change (“{conflict.note}”) was not saved. Apply it to theirs (only what you changed is applied; their other changes stay), or
        drop it.
      </p>
      <div className="setup-conflict__columns">
        <ChangeList title="What they changed" changes={theirs} />
        <ChangeList title="What you changed" changes={mine} />
      </div>
      <div className="setup-actions">
        <button type="button" className="button" onClick={onApplyMine} disabled={saving}>
          Apply my change to theirs
        </button>
        <button type="button" className="button button--secondary" onClick={onKeepTheirs}>
          Keep theirs, drop mine
        </button>
      </div>
    </div>
  );
}

function ChangeList({ title, changes }: { title: string; changes: ReturnType<typeof diffFramework> }) {
  return (
    <div>
      <h3>{title}</h3>
      {changes.length === 0 ? (
        <p>Nothing that shows in the set-up.</p>
      ) : (
        <ul>
          {changes.map((c, i) => (
            <li key={i}>
              <strong>{c.field}</strong>: {c.before ? `“${c.before}”` : 'nothing'} → {c.after ? `“${c.after}”` : 'removed'}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
