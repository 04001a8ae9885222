import type { StatusKind } from './assess-target';

/** The words shown with each status. Colour is never the only signal: there is always this word and an icon. */
export const STATUS_LABEL: Record<StatusKind, string> = {
  achieved: 'Achieved',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  missed: 'Missed',
  awaited: 'Awaiting figure',
  'not-enough-data': 'Not enough data',
};

/** Order for summaries: what needs attention first. */
export const STATUS_ORDER: StatusKind[] = ['missed', 'off-track', 'at-risk', 'on-track', 'achieved', 'awaited', 'not-enough-data'];
