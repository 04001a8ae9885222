import { useSourceInfo } from '../../api/source-info';
import { useStoredEditMode } from '../../hooks/editing-store';

/**
 * Whether the page is in "Update figures" mode. Kept in this browser across visits, so a mode
 * left on from a writable source must not carry over to a read-only one: there it is always off.
 */
export function useUpdateMode(): boolean {
  const stored = useStoredEditMode();
  const { readOnlyReason } = useSourceInfo();
  return stored && !readOnlyReason;
}
