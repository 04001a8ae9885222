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

/** After the store answered "sign in again": the session the page holds is out of date. */
export function useSessionExpired() {
  const queryClient = useQueryClient();
  // Stable, so hooks that depend on it do not run again on every render.
  return useCallback(() => queryClient.setQueryData(SESSION_KEY, null), [queryClient]);
}

/**
 * What the signed-in person may change, as the store will judge it, so the screens can say so
 * before anyone tries. On a source without sign-in everything the source allows is allowed.
 */
export function usePermissions() {
  const source = useDataSource();
  const session = useSession();
  const user = session.data ?? null;
  const auth = source.auth;
  return {
    hasSignIn: Boolean(auth),
    user,
    mayEditPlace: (placeId: string) => !auth || (user !== null && auth.mayEditPlace(user, placeId)),
    mayEditDefinitions: () => !auth || (user !== null && auth.mayEditDefinitions(user)),
    maySetUp: () => !auth || (user !== null && auth.maySetUp(user)),
    mayUpdateActions: () => !auth || (user !== null && auth.mayUpdateActions(user)),
  };
}
