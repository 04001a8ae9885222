import { setupWorker } from 'msw/browser';
import { persistIn } from './db';
import { handlers } from './handlers';
import { isScenario, SCENARIOS, scenarioHandlers } from './scenarios';

// Saves made in a demo survive a reload, as they would with a real backend.
persistIn(window.localStorage);

export const worker = setupWorker(...handlers);

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
