import { setupWorker } from 'msw/browser';
import { persistIn } from './db';
import { handlers } from './handlers';

// Saves made in a demo survive a reload, as they would with a real backend.
persistIn(window.localStorage);

export const worker = setupWorker(...handlers);
