import { useSignedIn } from '../api/session';
import type { Editor } from '../domain/types';
import { useEditor } from './editing-store';

/**
 * Who each change is recorded as: the signed-in person on a source with sign-in (the typed form
 * is not used there, and the store refuses any other name), else the name the lead gave here.
 */
export function useCurrentEditor(): Editor | null {
  const { hasSignIn, user } = useSignedIn();
  const typed = useEditor();
  if (!hasSignIn) return typed;
  return user ? { name: user.name, organisation: user.organisation } : null;
}
