import { emptyKeptCaches } from '../../lib/kept-caches';
import { isDeploymentAdmin, mayEditDefinitions, mayEditPlace, maySetUp, mayUpdateActions, partnershipsOf } from '../../domain/rules/roles';
import type { Editor } from '../../domain/types';
import type { SignedInUser, SourceAuth } from '../data-source';
import { DataSourceError } from '../data-source-error';
import type { CouchHttp } from './couchdb-http';

// Signing in with CouchDB's own accounts and cookie sessions (`_session`), and who a change is
// recorded as. What a person may change is asked of domain/rules/roles.ts, which the database's
// rules enforce.

export interface CouchSession {
  auth: SourceAuth;
  /** The signed-in person, as every change on this source is recorded; "sign in" when nobody is. */
  signedInEditor(what: string): Promise<Editor>;
  /** Passes the error on, and forgets an expired sign-in so it is asked about afresh next time. */
  forgetExpiredSession(error: unknown): never;
}

export function createCouchSession(http: CouchHttp): CouchSession {
  /** Who this browser is signed in as, as last seen; undefined until asked. */
  let signedIn: SignedInUser | null | undefined;
  /** Read once per person per page: every session check would otherwise read their account again. */
  const organisations = new Map<string, Promise<string | undefined>>();

  /** Their organisation, where their account says. */
  function organisationInAccount(name: string): Promise<string | undefined> {
    let found = organisations.get(name);
    if (!found) {
      found = http
        .request<{ organisation?: unknown }>('GET', `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, 'Your account', { expected: [403, 404] })
        .then(({ status, body }) => (status === 200 && typeof body.organisation === 'string' && body.organisation.trim() ? body.organisation.trim().slice(0, 200) : undefined))
        .catch(() => undefined);
      organisations.set(name, found);
    }
    return found;
  }

  /** Their organisation from their account, else what their roles make them. */
  async function userOf(name: string, roles: string[]): Promise<SignedInUser> {
    const fromAccount = await organisationInAccount(name);
    const partnerships = partnershipsOf(roles);
    const fromRoles = isDeploymentAdmin(roles) ? 'Administrator' : partnerships.length ? `Lead in ${partnerships.join(', ')}` : 'Signed-in viewer';
    return { name, roles, organisation: fromAccount ?? fromRoles };
  }

  async function currentSession(): Promise<SignedInUser | null> {
    const { body } = await http.request<{ userCtx?: { name: string | null; roles: string[] } }>('GET', '/_session', 'Who is signed in');
    const ctx = body.userCtx;
    signedIn = ctx?.name ? await userOf(ctx.name, ctx.roles) : null;
    return signedIn;
  }

  const auth: SourceAuth = {
    getSession: currentSession,
    async signIn(name, password) {
      const { status, body } = await http.request<{ name?: string; roles?: string[] }>('POST', '/_session', 'Signing in', { body: { name, password }, expected: [401] });
      if (status === 401) throw new DataSourceError('rejected', 'That name and password do not match an account. Check them and try again.', { status: 401, what: 'Signing in' });
      signedIn = await userOf(body.name ?? name, body.roles ?? []);
      return signedIn;
    },
    async signOut() {
      await http.endSession(async () => {
        // Asked again after each sign-out: one more try if a reply on its way signed the browser back in.
        for (let attempt = 0; attempt < 3; attempt += 1) {
          await http.request('DELETE', '/_session', 'Signing out', { duringSignOut: true });
          const { body } = await http.request<{ userCtx?: { name: string | null } }>('GET', '/_session', 'Signing out', { duringSignOut: true });
          if (!body.userCtx?.name) break;
        }
      });
      signedIn = null;
      // Pages and figures kept for reading offline may have needed this sign-in: none stays behind.
      await emptyKeptCaches();
    },
    mayEditPlace: (user, frameworkId, placeId) => mayEditPlace(user.roles, frameworkId, placeId),
    mayEditDefinitions: (user, frameworkId) => mayEditDefinitions(user.roles, frameworkId),
    maySetUp: (user, frameworkId) => maySetUp(user.roles, frameworkId),
    mayUpdateActions: (user, frameworkId) => mayUpdateActions(user.roles, frameworkId),
  };

  return {
    auth,
    async signedInEditor(what) {
      // The database refuses any other name than the signed-in person's, so the app never sends one.
      const user = signedIn ?? (await currentSession());
      if (!user)
        throw new DataSourceError('sign-in-needed', `${what} could not be saved: you are not signed in. Sign in; your change is kept and will be sent once you are back.`, {
          status: 401,
          what,
        });
      return { name: user.name, organisation: user.organisation };
    },
    forgetExpiredSession(error) {
      if (error instanceof DataSourceError && error.kind === 'sign-in-needed') signedIn = undefined;
      throw error;
    },
  };
}
