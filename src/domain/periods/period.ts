// Periods are kept as the text people write ("2019/20", "2016-18") and parsed once into a span of
// decimal years. Charts use the midpoint, so a pooled 2016-18 rate and a 2017 calendar-year value
// sit at the same place on the time axis. Weeks (ISO 8601, Monday to Sunday) and days are for
// urgent and emergency care, whose figures are often weekly or daily.

export type PeriodKind = 'calendar-year' | 'financial-year' | 'pooled-years' | 'pooled-financial-years' | 'calendar-quarter' | 'financial-quarter' | 'month' | 'week' | 'day';

export interface Period {
  /** The canonical way to write it, e.g. "2016-18", "2021/22 Q1", "Mar 2021". */
  readonly label: string;
  readonly kind: PeriodKind;
  /** Decimal years: 2019.25 is 1 April 2019. */
  readonly start: number;
  readonly end: number;
  readonly mid: number;
}

/** The period as a sentence says when a figure was: "on 22 Aug 2025" for a day, "in 2019/20" for the rest. */
export function whenWords(period: Period): string {
  return `${period.kind === 'day' ? 'on' : 'in'} ${period.label}`;
}

/** Shared between everyone who parses the same text: read-only. */
export type PeriodResult = { readonly ok: true; readonly period: Period } | { readonly ok: false; readonly error: string };

export const PERIOD_EXAMPLES = '2019, 2019/20, 2016-18, 2017/18-19/20, 2021 Q3, 2021/22 Q1, Mar 2021, 2021-W09 (a week) or 3 Mar 2021 (a day)';

const MONTH_LABELS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function span(label: string, kind: PeriodKind, start: number, end: number): PeriodResult {
  return { ok: true, period: { label, kind, start, end, mid: (start + end) / 2 } };
}

function fail(text: string, why: string): PeriodResult {
  return { ok: false, error: `"${text}" is not a period we recognise: ${why}. Write it like ${PERIOD_EXAMPLES}.` };
}

/** The year a short "18" stands for after "2016": the same century as the first year. */
function yearInCentury(first: number, written: string): number {
  return written.length === 2 ? Math.floor(first / 100) * 100 + Number(written) : Number(written);
}

function yearInRange(text: string, ...years: number[]): PeriodResult | undefined {
  return years.every((y) => y >= MIN_YEAR && y <= MAX_YEAR) ? undefined : fail(text, `years must be between ${MIN_YEAR} and ${MAX_YEAR}`);
}

// A long series names each period several times on its way in (the schema's check, the duplicate
// check, the time axis): each distinct text is parsed once and its result shared. Results are
// never changed by their readers. The cache is emptied when it grows past any one series' length.
const parsed = new Map<string, PeriodResult>();
const MAX_REMEMBERED = 200_000;

export function parsePeriod(input: string): PeriodResult {
  let result = parsed.get(input);
  if (result === undefined) {
    if (parsed.size >= MAX_REMEMBERED) parsed.clear();
    result = readPeriod(input);
    parsed.set(input, result);
  }
  return result;
}

function readPeriod(input: string): PeriodResult {
  const text = input
    .trim()
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    // A span as plans write it, "2025/26 to 2027/28" or "2025 to 2028": the pooled form, 2025/26-27/28.
    .replace(/^(\d{4}(?:\/\d{2,4})?) to (\d{2,4}(?:\/\d{2,4})?)$/i, '$1-$2');
  let m: RegExpMatchArray | null;

  if ((m = text.match(/^(\d{4})$/))) {
    const y = Number(m[1]);
    return yearInRange(text, y) ?? span(`${y}`, 'calendar-year', y, y + 1);
  }
  // Financial years pooled, as Fingertips publishes some rates: "2017/18-19/20" (or "2017/18 - 2019/20").
  if ((m = text.match(/^(\d{4})\/(\d{2}|\d{4}) ?- ?(\d{2}|\d{4})\/(\d{2}|\d{4})$/))) {
    const first = Number(m[1]);
    // "1998/99-00/01" ends in the next century: the first year after the start with those digits.
    const last = m[3]!.length === 4 ? Number(m[3]) : first + ((Number(m[3]) - (first % 100) + 100) % 100);
    const follows = (y: number, written: string) => String(y + 1).slice(-written.length) === written;
    if (!follows(first, m[2]!) || !follows(last, m[4]!)) return fail(text, 'each financial year runs into the next year, like 2017/18-19/20');
    if (last <= first) return fail(text, 'pooled financial years must end after they start, like 2017/18-19/20');
    if (last - first > 9) return fail(text, 'a pooled period can cover at most ten years');
    const bad = yearInRange(text, first, last);
    if (bad) return bad;
    const fy = (y: number) => `${y}/${String(y + 1).slice(2)}`;
    const end = Math.floor(first / 100) === Math.floor(last / 100) ? fy(last).slice(2) : fy(last);
    return span(`${fy(first)}-${end}`, 'pooled-financial-years', first + 0.25, last + 1.25);
  }
  if ((m = text.match(/^(\d{4})\/(\d{2}|\d{4})(?: ?Q([1-4]))?$/i))) {
    const y = Number(m[1]);
    // "1999/00" is fine: only the written digits of the next year are compared.
    if (String(y + 1).slice(-m[2]!.length) !== m[2]) return fail(text, 'a financial year runs into the next year, like 2019/20');
    const bad = yearInRange(text, y);
    if (bad) return bad;
    const fy = `${y}/${String(y + 1).slice(2)}`;
    if (m[3] === undefined) return span(fy, 'financial-year', y + 0.25, y + 1.25);
    // Financial quarter 1 is April to June.
    const q = Number(m[3]);
    const start = y + 0.25 * q;
    return span(`${fy} Q${q}`, 'financial-quarter', start, start + 0.25);
  }
  if ((m = text.match(/^(\d{4})-(\d{2}|\d{4})$/))) {
    const first = Number(m[1]);
    const last = yearInCentury(first, m[2]!);
    // "2016-18" is a pooled period; "2021-03" cannot be (it would end before it starts), so it
    // is read as an ISO month. Public-health data writes pooled periods far more often than months.
    const month = m[2]!.length === 2 ? Number(m[2]) : 0;
    const pooledFits = last > first && last - first <= 9;
    if (!pooledFits && month >= 1 && month <= 12) return monthPeriod(text, first, month - 1);
    if (last <= first) {
      return fail(text, 'it is neither a pooled period (which must end after it starts, like 2016-18) nor a month (01 to 12)');
    }
    if (!pooledFits) return fail(text, 'a pooled period can cover at most ten years');
    const bad = yearInRange(text, first, last);
    if (bad) return bad;
    // "1998-2000" keeps its four digits: "1998-00" would read back as a period ending before it starts.
    const end = Math.floor(first / 100) === Math.floor(last / 100) ? String(last).slice(2) : String(last);
    return span(`${first}-${end}`, 'pooled-years', first, last + 1);
  }
  if ((m = text.match(/^(?:(\d{4}) ?Q([1-4])|Q([1-4]) (\d{4}))$/i))) {
    const y = Number(m[1] ?? m[4]);
    const q = Number(m[2] ?? m[3]);
    const bad = yearInRange(text, y);
    if (bad) return bad;
    const start = y + 0.25 * (q - 1);
    return span(`${y} Q${q}`, 'calendar-quarter', start, start + 0.25);
  }
  if ((m = text.match(/^([a-z]{2,9})\.? (\d{4})$/i))) {
    return monthPeriod(text, Number(m[2]), monthFromName(m[1]!));
  }
  // An ISO week: "2021-W09", "2021 W9", "2021W09".
  if ((m = text.match(/^(\d{4})[- ]?W(\d{1,2})$/i))) return weekPeriod(text, Number(m[1]), Number(m[2]));
  // A day: ISO "2021-03-03", British "03/03/2021", or "3 Mar 2021".
  if ((m = text.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return dayPeriod(text, Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if ((m = text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/))) return dayPeriod(text, Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  if ((m = text.match(/^(\d{1,2}) ([a-z]{3,9})\.? (\d{4})$/i))) return dayPeriod(text, Number(m[3]), monthFromName(m[2]!), Number(m[1]));
  if (text === '') return { ok: false, error: `A period is needed. Write it like ${PERIOD_EXAMPLES}.` };
  return fail(text, 'its form is not one we know');
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Mar", "March" and "Sept" all name a month; "Ma" is too short to tell. */
function monthFromName(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return -1;
  return FULL_MONTHS.findIndex((full) => full.startsWith(w));
}

function monthPeriod(text: string, year: number, monthIndex: number): PeriodResult {
  if (monthIndex < 0 || monthIndex > 11) return fail(text, 'the month is not one of January to December');
  const bad = yearInRange(text, year);
  if (bad) return bad;
  const start = year + monthIndex / 12;
  return span(`${MONTH_LABELS[monthIndex]} ${year}`, 'month', start, start + 1 / 12);
}

const DAY_MS = 86_400_000;

/** The decimal year of midnight (UTC) at the start of a day given as milliseconds since 1970. */
const yearAt = (ms: number) => decimalYear(new Date(ms));

function dayPeriod(text: string, year: number, monthIndex: number, day: number): PeriodResult {
  if (monthIndex < 0 || monthIndex > 11) return fail(text, 'the month is not one of January to December');
  const bad = yearInRange(text, year);
  if (bad) return bad;
  const ms = Date.UTC(year, monthIndex, day);
  // Date.UTC rolls 31 April over to 1 May; a day that rolled over does not exist.
  if (day < 1 || new Date(ms).getUTCDate() !== day) return fail(text, `${MONTH_LABELS[monthIndex]} ${year} has no day ${day}`);
  return span(`${day} ${MONTH_LABELS[monthIndex]} ${year}`, 'day', yearAt(ms), yearAt(ms + DAY_MS));
}

/** Weeks in an ISO year: 53 when 28 December falls in week 53, i.e. the year starts or ends on a Thursday. */
function isoWeeksIn(year: number): number {
  const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).getUTCDay();
  return weekday(year, 0, 1) === 4 || weekday(year, 11, 31) === 4 ? 53 : 52;
}

function weekPeriod(text: string, year: number, week: number): PeriodResult {
  const bad = yearInRange(text, year);
  if (bad) return bad;
  if (week < 1 || week > isoWeeksIn(year)) return fail(text, `${year} has weeks 1 to ${isoWeeksIn(year)}`);
  // Week 1 is the week with the year's first Thursday, so it holds 4 January.
  const jan4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const start = mondayOfWeek1 + (week - 1) * 7 * DAY_MS;
  return span(`${year}-W${String(week).padStart(2, '0')}`, 'week', yearAt(start), yearAt(start + 7 * DAY_MS));
}

/** For data already validated at the edge: throws, because a bad period here is a programming error. */
export function periodOf(label: string): Period {
  const result = parsePeriod(label);
  if (!result.ok) throw new Error(result.error);
  return result.period;
}

const keys = new WeakMap<Period, string>();

/**
 * One text for each period however it was written, to key maps and sets by. Worked out once per
 * period (writing out decimal years is slow enough to show in a series of 10,000 figures).
 */
export function periodKey(p: Period): string {
  let key = keys.get(p);
  if (key === undefined) keys.set(p, (key = `${p.kind}|${p.start}|${p.end}`));
  return key;
}

/** Two spellings of the same period ("2019/2020" and "2019/20") are the same period. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.start === b.start && a.end === b.end;
}

/** Decimal year of a date, so "today" can be compared with period spans. */
export function decimalYear(date: Date): number {
  const year = date.getUTCFullYear();
  const startOfYear = Date.UTC(year, 0, 1);
  const startOfNext = Date.UTC(year + 1, 0, 1);
  return year + (date.getTime() - startOfYear) / (startOfNext - startOfYear);
}
