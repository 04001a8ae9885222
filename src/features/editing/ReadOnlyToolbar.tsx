import { useSourceInfo } from '../../api/source-info';
import './editing.css';

/**
 * The "Update figures" switch where figures cannot be changed: shown switched off, with the reason
 * and where to change them instead. Kept apart from the switch itself so a read-only deployment's
 * pages load none of the editing tools behind it.
 */
export function ReadOnlyToolbar() {
  const { readOnlyReason } = useSourceInfo();
  return (
    <div className="edit-toggle">
      <button type="button" className="button" aria-pressed={false} disabled aria-describedby="read-only-reason">
        Update figures
      </button>
      <p id="read-only-reason" className="edit-toggle__note">
        {readOnlyReason}
      </p>
    </div>
  );
}
