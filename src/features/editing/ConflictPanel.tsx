import type { PointEdit } from '../../domain/changes/apply-edit';
import { pointsAfter } from '../../domain/changes/pending-change';
import { fieldDifferences, POINT_FIELD_LABELS } from '../../domain/rules/point-fields';
import { intervalProblems } from '../../domain/rules/point-rules';
import type { Series } from '../../domain/types';

export interface ConflictPanelProps {
  /** The figures the lead started from. */
  base: Series;
  current: Series;
  edits: PointEdit[];
  saving: boolean;
  onKeepTheirs: () => void;
  onApplyMine: () => void;
}

/**
 * A colleague saved first: every field either of you changed, figure by figure, where you
 * started, theirs and what applying yours would give, and the lead chooses. Applying yours
 * changes only the fields you changed; your colleague's other changes stay. Never a silent overwrite.
 */
export function ConflictPanel({ base, current, edits, saving, onKeepTheirs, onApplyMine }: ConflictPanelProps) {
  const mine = pointsAfter(
    current.points,
    edits.map((edit) => ({ edit })),
  );
  const rows = fieldDifferences(base.points, current.points, mine);
  const changes = edits.length === 1 ? 'change' : 'changes';
  // What applying yours would make, checked by the rules every store keeps before it is offered:
  // their new interval with your new value may not hold it.
  const touched = new Set(rows.map((r) => r.period));
  const cannot = mine.filter((p) => touched.has(p.period)).flatMap((p) => intervalProblems(p).map(({ message }) => `${p.period}: ${message}`));
  return (
    <div className="conflict-panel" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-text">
      <h4 id="conflict-title">Someone else changed these figures while you were editing</h4>
      <p id="conflict-text">
        Their version is saved. Choose whether to keep theirs, or apply your {changes} on top of it: only what you changed is applied, and their other changes stay.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Every part of a figure either of you changed: where you started, theirs, and with yours applied</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">What</th>
              <th scope="col">When you started</th>
              <th scope="col">Theirs (saved)</th>
              <th scope="col">With yours applied</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.period}-${r.field}`}>
                <th scope="row">{r.period}</th>
                <td>{r.field === 'figure' ? 'The figure' : POINT_FIELD_LABELS[r.field]}</td>
                <td>{r.base}</td>
                <td>{r.theirs}</td>
                <td>{r.mine}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cannot.length > 0 && (
        <p className="point-form__warning" role="alert">
          Your {changes} cannot be applied to theirs as they are: {cannot.join('; ')}. Keep theirs, then make your change again on their figures.
        </p>
      )}
      <div className="point-form__actions">
        <button type="button" className="button" onClick={onApplyMine} disabled={saving || cannot.length > 0}>
          Apply my {changes} to theirs
        </button>
        <button type="button" className="button button--secondary" onClick={onKeepTheirs}>
          Keep theirs, drop mine
        </button>
      </div>
    </div>
  );
}
