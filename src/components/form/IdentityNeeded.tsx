import { Link, useLocation, useParams } from 'react-router';
import { useSignedIn } from '../../api/session';
import { EditorIdentityForm } from './EditorIdentityForm';

/** Before the first change: sign in where the source has accounts, else say who you are. */
export function IdentityNeeded() {
  const { frameworkId = '' } = useParams();
  const { hasSignIn } = useSignedIn();
  const { pathname, search } = useLocation();
  if (!hasSignIn) return <EditorIdentityForm />;
  return (
    <p className="edit-toggle__note">
      Figures are changed by signed-in programme leads, and every change records who made it.{' '}
      <Link to={`/${frameworkId}/sign-in?next=${encodeURIComponent(pathname + search)}`}>Sign in to update figures</Link>.
    </p>
  );
}
