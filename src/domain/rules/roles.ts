// Who may make each kind of change, written once: the database's validate_doc_update (bundled
// from data-source/couchdb/store-rules.ts) enforces these, and the screens ask the same functions
// so they can say what a person may do before they try.
//
// A role is named by its partnership, so it stops there: CouchDB keeps one list of accounts for
// the whole server, and one database holds every partnership.
//   admin                      the deployment's administrator: every partnership, and new ones
//   <partnership>:admin        that partnership's set-up, every place, baselines and targets
//   <partnership>:lead:all     every place of that partnership, baselines and targets
//   <partnership>:lead:<place> that place's figures, comments on it, updates to actions

export const roleNames = {
  deploymentAdmin: 'admin',
  admin: (partnership: string) => `${partnership}:admin`,
  leadOfAll: (partnership: string) => `${partnership}:lead:all`,
  lead: (partnership: string, place: string) => `${partnership}:lead:${place}`,
};

const has = (roles: readonly string[], role: string) => roles.indexOf(role) !== -1;

/** Creates partnerships, and administers every one. */
export function isDeploymentAdmin(roles: readonly string[]): boolean {
  return has(roles, roleNames.deploymentAdmin);
}

/** A partnership's set-up (places, commitments, indicators, actions, programmes). */
export function maySetUp(roles: readonly string[], partnership: string): boolean {
  return isDeploymentAdmin(roles) || has(roles, roleNames.admin(partnership));
}

/** A baseline or a target holds for every place, so only those who lead them all may change it. */
export function mayEditDefinitions(roles: readonly string[], partnership: string): boolean {
  return maySetUp(roles, partnership) || has(roles, roleNames.leadOfAll(partnership));
}

/** The figures of one place. */
export function mayEditPlace(roles: readonly string[], partnership: string, place: string): boolean {
  return mayEditDefinitions(roles, partnership) || has(roles, roleNames.lead(partnership, place));
}

/** The places of this partnership a person leads by name ("all" for `<partnership>:lead:all`). */
export function placesLed(roles: readonly string[], partnership: string): string[] {
  const prefix = `${partnership}:lead:`;
  return roles.filter((r) => r.indexOf(prefix) === 0).map((r) => r.slice(prefix.length));
}

/** Anyone who leads a place of the partnership, or administers it, may add a dated update to an action. */
export function mayUpdateActions(roles: readonly string[], partnership: string): boolean {
  return maySetUp(roles, partnership) || placesLed(roles, partnership).length > 0;
}

/** Partnerships in which these roles give any right to change something. */
export function partnershipsOf(roles: readonly string[]): string[] {
  const found = new Set<string>();
  for (const role of roles) {
    const parts = role.split(':');
    if (parts.length >= 2 && (parts[1] === 'admin' || parts[1] === 'lead')) found.add(parts[0]!);
  }
  return [...found];
}
