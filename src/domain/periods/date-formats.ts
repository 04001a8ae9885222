// Dates as the dashboard writes them. The first Intl formatter a page builds loads the browser's
// locale and time-zone data (traced at ~50 ms of a slow phone's start-up, in the app's first and
// longest task), so a day, which every page shows, is written out, and a moment in UK time, which
// only histories show, goes through Intl with its formatter built on first use, and once.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "31 March 2025": a calendar day, the same wherever the reader is. Written out, not through Intl:
 * every page shows one (the day statuses are judged on), and the page's first Intl formatter costs
 * the most. A property test holds it to what Intl.DateTimeFormat('en-GB') writes.
 */
export function formatLongDay(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]!} ${date.getUTCFullYear()}`;
}

let ukDateTime: Intl.DateTimeFormat | undefined;

/** "24 Nov 2026, 10:15": a moment, in UK time whatever the device's zone. */
export function formatUkDateTime(date: Date): string {
  ukDateTime ??= new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
  return ukDateTime.format(date);
}
