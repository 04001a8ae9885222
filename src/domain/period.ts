// Periods are kept as the text people write ("2019/20", "2016-18") and parsed once into a span of
// decimal years. Charts use the midpoint, so a pooled 2016-18 rate and a 2017 calendar-year value
// sit at the same place on the time axis.

export type PeriodKind = 'calendar-year' | 'financial-year' | 'pooled-years' | 'pooled-financial-years' | 'calendar-quarter' | 'financial-quarter' | 'month';

export interface Period {
  /** The canonical way to write it, e.g. "2016-18", "2021/22 Q1", "Mar 2021". */
  label: string;
  kind: PeriodKind;
  /** Decimal years: 2019.25 is 1 April 2019. */
  start: number;
  end: number;
  mid: number;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; error: string };

export const PERIOD_EXAMPLES = '2019, 2019/20, 2016-18, 2017/18-19/20, 2021 Q3, 2021/22 Q1 or Mar 2021';

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

export function parsePeriod(input: string): PeriodResult {
  const text = input
    .trim()
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ');
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

/** For data already validated at the edge: throws, because a bad period here is a programming error. */
export function periodOf(label: string): Period {
  const result = parsePeriod(label);
  if (!result.ok) throw new Error(result.error);
  return result.period;
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
