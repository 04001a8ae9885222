// Dates as the dashboard writes them. Building an Intl.DateTimeFormat is costly the first time in
// a page (the browser loads its locale and time-zone data: traced at ~50 ms of a slow phone's
// start-up, in the app's first and longest task), so none is built while the app's script is
// evaluated: each is built when a date is first written, and once.

function lazyFormat(options: Intl.DateTimeFormatOptions): (date: Date) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (date) => (format ??= new Intl.DateTimeFormat('en-GB', options)).format(date);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "31 March 2025": a calendar day, the same wherever the reader is. Written out, not through Intl:
 * every page shows one (the day statuses are judged on), and the page's first Intl formatter costs
 * the most. A property test holds it to what Intl.DateTimeFormat('en-GB') writes.
 */
export function formatLongDay(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]!} ${date.getUTCFullYear()}`;
}

/** "24 Nov 2026, 10:15": a moment, in UK time whatever the device's zone. */
export const formatUkDateTime = lazyFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
