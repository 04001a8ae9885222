import { useDataSource } from '../data-source/data-source-context';
import type { DataSnapshot } from '../data-source/data-source';

export type { DataSnapshot };

/** What the screens may say about where figures come from, and what can be done with them. */
export interface SourceInfo {
  kind: string;
  description: string;
  /** Why figures cannot be changed here; undefined when they can. */
  readOnlyReason?: string;
  /** Set when changes stay on this device. */
  localOnlyWarning?: string;
  /** Whether people sign in to change figures (and the editor is the signed-in person). */
  hasSignIn: boolean;
  /** Whether colleagues' changes arrive in an open page by themselves. */
  hasLiveUpdates: boolean;
  /** Whether partnerships can be set up and changed here (places, ambitions, actions, programmes). */
  canSetUp: boolean;
  /** Whether the source can list its partnerships (else the app shows the deployment's one). */
  canList: boolean;
}

export function useSourceInfo(): SourceInfo {
  const source = useDataSource();
  return {
    kind: source.kind,
    description: source.description,
    readOnlyReason: source.readOnlyReason,
    localOnlyWarning: source.localOnlyWarning,
    hasSignIn: Boolean(source.auth),
    hasLiveUpdates: Boolean(source.watch),
    canSetUp: Boolean(source.saveFramework) && !source.readOnlyReason,
    canList: Boolean(source.listFrameworks),
  };
}

/** Loading a colleague's export in place of this device's copy: only sources kept on this device have it. */
export function useLoadExport(): ((snapshot: unknown) => Promise<void>) | undefined {
  const source = useDataSource();
  return source.replaceAll ? (snapshot) => source.replaceAll!(snapshot) : undefined;
}
