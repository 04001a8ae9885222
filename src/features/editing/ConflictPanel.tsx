import type { PointEdit } from '../../domain/apply-edit';
import { formatNumber } from '../../domain/format-value';
import { pointsAfter } from '../../domain/pending-change';
import type { Indicator, Series } from '../../domain/types';

export interface ConflictPanelProps {
  indicator: Indicator;
  /** The figures the lead started from. */
  base: Series;
  current: Series;
  edits: PointEdit[];
  saving: boolean;
  onKeepTheirs: () => void;
  onApplyMine: () => void;
}

/** A colleague saved first: show theirs and yours side by side and let the lead choose. Never a silent overwrite. */
export function ConflictPanel({ indicator, base, current, edits, saving, onKeepTheirs, onApplyMine }: ConflictPanelProps) {
  const mine = pointsAfter(
    current.points,
    edits.map((edit) => ({ edit, at: '' })),
  );
  const valueIn = (points: Series['points'], period: string) => points.find((p) => p.period === period)?.value;
  // Every period either of you changed: theirs differs from where you started, or yours from theirs.
  const periods = [...new Set([...base.points, ...current.points, ...mine].map((p) => p.period))].filter(
    (period) => valueIn(base.points, period) !== valueIn(current.points, period) || valueIn(current.points, period) !== valueIn(mine, period),
  );
  const show = (value: number | undefined) => (value === undefined ? 'No figure' : formatNumber(value, indicator.unit.decimals));
  const changes = edits.length === 1 ? 'change' : 'changes';
  return (
    <div className="conflict-panel" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-text">
      <h4 id="conflict-title">Someone else changed these figures while you were editing</h4>
      <p id="conflict-text">Their version is saved. Choose whether to keep theirs, or apply your {changes} on top of it.</p>
      <table className="data-table">
        <caption className="visually-hidden">The figures each of you changed: before, theirs and yours</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">When you started</th>
            <th scope="col">Theirs (saved)</th>
            <th scope="col">Yours</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period}>
              <th scope="row">{period}</th>
              <td>{show(valueIn(base.points, period))}</td>
              <td>{show(valueIn(current.points, period))}</td>
              <td>{show(valueIn(mine, period))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="point-form__actions">
        <button type="button" className="button" onClick={onApplyMine} disabled={saving}>
          Apply my {changes} to theirs
        </button>
        <button type="button" className="button button--secondary" onClick={onKeepTheirs}>
          Keep theirs, drop mine
        </button>
      </div>
    </div>
  );
}
