// How a change kept in this browser is checked when it is read back: the same rules as a save.
export { pendingChangeSchema } from '../data-source/schemas';
