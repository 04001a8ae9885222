// Replies the page's starter (src/starter, inlined into index.html) asked for while the app's code
// was still downloading, by address. The app's own request for the same address takes the reply
// on its way instead of asking again; each is taken once, so a later read goes to the network.

/** The global the starter fills; named once here, for both. */
export const STARTED_REPLIES = '__ambitionsStartedReplies';

type Registry = Record<string, Promise<Response> | undefined>;

const registry = (): Registry | undefined => (globalThis as unknown as Record<string, Registry | undefined>)[STARTED_REPLIES];

/** Called by the starter: `href` is the absolute address the app will ask for. */
export function startReply(href: string, reply: Promise<Response>): void {
  const global = globalThis as unknown as Record<string, Registry | undefined>;
  const replies = (global[STARTED_REPLIES] ??= {});
  // A failure is the app's to meet when it takes the reply, not an unhandled rejection now.
  reply.catch(() => undefined);
  replies[href] = reply;
}

/** The reply the starter asked for at `href`, once; undefined when it asked for none. */
export function takeStartedReply(href: string): Promise<Response> | undefined {
  const replies = registry();
  const reply = replies?.[href];
  if (reply && replies) delete replies[href];
  return reply;
}
