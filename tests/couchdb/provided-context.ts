// What tests/couchdb/global-setup.ts hands to the tests: the local server's address, an admin
// address for making databases, and the built design document.
declare module 'vitest' {
  export interface ProvidedContext {
    couchUrl: string;
    couchAdminUrl: string;
    couchDesignDoc: string;
  }
}
export {};
