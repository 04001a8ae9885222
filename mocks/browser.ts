import { setupWorker } from 'msw/browser';
import { persistIn } from './db';
import { handlers } from './handlers';
import { isScenario, SCENARIOS, scenarioHandlers } from './scenarios';

// Saves made in a demo survive a reload, as they would with a real backend.
persistIn(window.localStorage);

export const worker = setupWorker(...handlers);

// Starting, msw asks the browser to check its already registered worker for an update and does not
// handle that check failing (mswjs/msw#2006, open): the failure ("Not found", twice in ten runs of
// the browser tests on a loaded machine) became an uncaught error in the page, though the worker
// already running goes on serving. That one failure is handled here, where msw is started, and said
// as a warning; any other uncaught error stays one.
window.addEventListener('unhandledrejection', (event) => {
  const reason: unknown = event.reason;
  if (!(reason instanceof TypeError) || !/^Failed to update a ServiceWorker .*\/mockServiceWorker\.js/.test(reason.message)) return;
  event.preventDefault();
  console.warn(`Mock API: the browser could not check its worker for an update (${reason.message}); the mock API goes on as it was.`);
});

const SCENARIO_KEY = 'ambitions-dashboard:scenario';

/** ?scenario=… picks a misbehaviour for this tab (kept across pages); ?scenario=none ends it. */
export function applyScenarioFromUrl(): void {
  const asked = new URLSearchParams(window.location.search).get('scenario');
  if (asked === 'none') window.sessionStorage.removeItem(SCENARIO_KEY);
  else if (isScenario(asked)) window.sessionStorage.setItem(SCENARIO_KEY, asked);
  const active = window.sessionStorage.getItem(SCENARIO_KEY);
  if (isScenario(active)) {
    worker.use(...scenarioHandlers(active));
    console.info(`Mock API scenario "${active}": ${SCENARIOS[active]} Add ?scenario=none to the address to end it.`);
  }
}
