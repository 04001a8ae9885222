import { Link, useLocation } from 'react-router';
import { useSession, useSignOut } from '../api/session';

/**
 * "Signed in as … · Sign out", or a way to sign in: only where the source has accounts. Default
 * export for loading apart from the first view (AppLayout): a source without accounts never loads it.
 */
export default function SessionStatus({ frameworkId }: { frameworkId: string }) {
  const session = useSession();
  const signOut = useSignOut();
  const { pathname, search } = useLocation();
  if (session.isPending) return <span className="app-header__session" />;
  const user = session.data;
  return (
    <span className="app-header__session">
      {user ? (
        <>
          Signed in as <strong>{user.name}</strong>
          <span aria-hidden="true"> · </span>
          <button type="button" className="app-header__link-button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            Sign out
          </button>
        </>
      ) : pathname.endsWith('/sign-in') ? null : (
        <Link to={`/${frameworkId}/sign-in?next=${encodeURIComponent(pathname + search)}`}>Sign in</Link>
      )}
    </span>
  );
}
