import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SignedInUser } from '../data-source/data-source';
import { useDataSource } from '../data-source/data-source-context';

export type { SignedInUser };

const SESSION_KEY = ['session'] as const;

/**
 * Who is signed in, on a source whose people sign in (CouchDB); always null elsewhere. Asked once
 * and again when the window regains focus, so a sign-in that expired shows.
 */
export function useSession() {
  const source = useDataSource();
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: () => (source.auth ? source.auth.getSession() : null),
    staleTime: 60_000,
    enabled: Boolean(source.auth),
  });
}

export function useSignIn() {
  const source = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, password }: { name: string; password: string }) => {
      if (!source.auth) throw new Error('This dashboard has no sign-in.');
      return source.auth.signIn(name, password);
    },
    onSuccess: (user) => queryClient.setQueryData(SESSION_KEY, user),
  });
}

export function useSignOut() {
  const source = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => source.auth?.signOut(),
    onSuccess: () => queryClient.setQueryData(SESSION_KEY, null),
  });
}

/** Asks the source again who is signed in (after an outage, which may have ended every session). */
export function useRecheckSession() {
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries({ queryKey: SESSION_KEY }), [queryClient]);
}

/** After the store answered "sign in again": the session the page holds is out of date. */
export function useSessionExpired() {
  const queryClient = useQueryClient();
  // Stable, so hooks that depend on it do not run again on every render.
  return useCallback(() => queryClient.setQueryData(SESSION_KEY, null), [queryClient]);
}

/** Whether this source has sign-in, and who is signed in (null when nobody, or no sign-in). */
export function useSignedIn(): { hasSignIn: boolean; user: SignedInUser | null } {
  const source = useDataSource();
  const session = useSession();
  return { hasSignIn: Boolean(source.auth), user: session.data ?? null };
}

/**
 * What the signed-in person may change in a partnership, as the store will judge it, so the
 * screens can say so before anyone tries. On a source without sign-in everything the source
 * allows is allowed.
 */
export function usePermissions(frameworkId: string) {
  const auth = useDataSource().auth;
  const { hasSignIn, user } = useSignedIn();
  return {
    hasSignIn,
    user,
    mayEditPlace: (placeId: string) => !auth || (user !== null && auth.mayEditPlace(user, frameworkId, placeId)),
    mayEditDefinitions: () => !auth || (user !== null && auth.mayEditDefinitions(user, frameworkId)),
    maySetUp: () => !auth || (user !== null && auth.maySetUp(user, frameworkId)),
    mayUpdateActions: () => !auth || (user !== null && auth.mayUpdateActions(user, frameworkId)),
  };
}
