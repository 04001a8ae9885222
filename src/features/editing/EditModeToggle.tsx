import { useEffect, useRef } from 'react';
import { useSourceInfo } from '../../api/source-info';
import { useSignOut, usePermissions } from '../../api/session';
import { useCurrentFramework } from '../../hooks/use-current-framework';
import { useEditingActions } from '../../hooks/editing-store';
import { IdentityNeeded } from '../../components/form/IdentityNeeded';
import { useCurrentEditor } from '../../hooks/use-current-editor';
import { useUpdateMode } from './use-update-mode';
import './editing.css';

/**
 * The explicit "Update figures" switch; the first time, it asks who is editing. Only where figures
 * can be changed: a read-only source's page has ReadOnlyToolbar instead (src/app/route-code.ts).
 */
export function EditModeToggle() {
  const editMode = useUpdateMode();
  const editor = useCurrentEditor();
  const framework = useCurrentFramework();
  const { hasSignIn, mayEditPlace, mayEditDefinitions } = usePermissions(framework.id);
  const signOut = useSignOut();
  const { editModeToggled, editorForgotten } = useEditingActions();
  const { localOnlyWarning } = useSourceInfo();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Once the lead has said who they are, the form goes: put focus back on the switch, next to the figures.
  useEffect(() => {
    if (editMode && !editor) asked.current = true;
    else if (editor && asked.current) {
      asked.current = false;
      toggleRef.current?.focus();
    }
  }, [editMode, editor]);
  return (
    <div className="edit-toggle">
      <button ref={toggleRef} type="button" className="button" aria-pressed={editMode} onClick={editModeToggled}>
        {editMode ? 'Stop updating figures' : 'Update figures'}
      </button>
      {editMode && localOnlyWarning && <p className="edit-toggle__note edit-toggle__warning">{localOnlyWarning}</p>}
      {editMode && editor && (
        <p className="edit-toggle__note">
          Changes are recorded as {editor.name}, {editor.organisation}.{' '}
          <button type="button" className="link-button" onClick={hasSignIn ? () => signOut.mutate() : editorForgotten}>
            {hasSignIn ? 'Sign out' : 'Not you?'}
          </button>
        </p>
      )}
      {editMode && editor && hasSignIn && (
        <p className="edit-toggle__note">
          {whatYouMayChange(
            framework.places.filter((p) => mayEditPlace(p.id)).map((p) => p.name),
            mayEditDefinitions(),
          )}
        </p>
      )}
      {editMode && !editor && <IdentityNeeded />}
    </div>
  );
}

/** Said before anyone tries, so nobody types figures the database will refuse. */
function whatYouMayChange(places: string[], definitions: boolean): string {
  if (places.length === 0) return 'Your account may not change any figures here; ask the partnership for a role.';
  const list = places.length > 3 ? `every place (${places.length})` : places.join(', ');
  return `You may change the figures for ${list}${definitions ? ', and the baselines and targets' : ''}.`;
}
