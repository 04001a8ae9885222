import { decimalYear, parsePeriod, type Period, type PeriodKind, type PeriodResult } from './period';

/**
 * A period as a lead writes it for a particular series. "2019-20" alone could be the financial
 * year 2019/20 or the two years 2019 and 2020 pooled; on a series of financial years it is the
 * financial year, on a series of pooled years the pooled period, and where the series does not
 * say, the lead is asked to write it unambiguously rather than have it guessed.
 */
export function parsePeriodIn(input: string, seriesKind: PeriodKind | undefined): PeriodResult {
  const text = input.trim().replace(/[\u2013\u2014]/g, '-');
  // "2019-20" and "2019-2020" alike: two years in a row, written either way.
  const m = text.match(/^(\d{4}) ?- ?(\d{2}|\d{4})$/);
  if (m && String(Number(m[1]) + 1).slice(-m[2]!.length) === m[2]) {
    const [first, next] = [m[1]!, m[2]!.slice(-2)];
    if (seriesKind === 'financial-year') return parsePeriod(`${first}/${next}`);
    if (seriesKind !== 'pooled-years') {
      return {
        ok: false,
        error: `"${input.trim()}" could be the financial year ${first}/${next} or the years ${first} and 20${next} pooled. Write ${first}/${next} for the financial year, or ${first}-20${next} for the pooled years.`,
      };
    }
  }
  return parsePeriod(text);
}

/** Kinds of period that can stand in one series: years of one basis, or one finer kind. */
const FAMILY: Record<PeriodKind, string> = {
  'calendar-year': 'calendar years',
  'pooled-years': 'calendar years',
  'financial-year': 'financial years',
  'pooled-financial-years': 'financial years',
  'calendar-quarter': 'calendar quarters',
  'financial-quarter': 'financial quarters',
  month: 'months',
  week: 'weeks',
  day: 'days',
};

const EXAMPLE: Record<string, string> = {
  'calendar years': '2019 or 2016-18',
  'financial years': '2019/20 or 2017/18-19/20',
  'calendar quarters': '2021 Q3',
  'financial quarters': '2021/22 Q1',
  months: 'Mar 2021',
  weeks: '2021-W09',
  days: '3 Mar 2021',
};

/**
 * Why a period cannot join a series whose figures are of another kind (a month on a series of
 * school years, a calendar year on one of financial years), or undefined. A series with no
 * figures yet takes any kind.
 */
export function periodKindProblem(period: Period, seriesKind: PeriodKind | undefined): string | undefined {
  if (!seriesKind || FAMILY[period.kind] === FAMILY[seriesKind]) return undefined;
  const family = FAMILY[seriesKind];
  return `This series has figures for ${family} (like ${EXAMPLE[family]}); ${period.label} is one of the ${FAMILY[period.kind]}. Give a figure for one of the ${family}, or start a series of its own for the other.`;
}

/**
 * Why a figure for this period cannot be given yet, or undefined when the period has ended.
 * A figure for a period still running (2031, today) is a projection, not a figure.
 */
export function notEndedYet(period: Period, today: Date): string | undefined {
  if (period.end <= decimalYear(today) + 1e-9) return undefined;
  return `${period.label} has not ended yet, so it cannot have a figure. Give a figure once its period is over; a projection belongs in a note.`;
}
