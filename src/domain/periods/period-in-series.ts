import { decimalYear, parsePeriod, type Period, type PeriodKind, type PeriodResult } from './period';

/**
 * A period as a lead writes it for a particular series. "2019-20" alone could be the financial
 * year 2019/20 or the two years 2019 and 2020 pooled; on a series of financial years it is the
 * financial year, on a series of pooled years the pooled period, and where the series does not
 * say, the lead is asked to write it unambiguously rather than have it guessed.
 */
export function parsePeriodIn(input: string, seriesKind: PeriodKind | undefined): PeriodResult {
  const text = input.trim().replace(/[\u2013\u2014]/g, '-');
  const m = text.match(/^(\d{4}) ?- ?(\d{2})$/);
  if (m && String(Number(m[1]) + 1).slice(-2) === m[2]) {
    const [first, next] = [m[1]!, m[2]!];
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

/**
 * Why a figure for this period cannot be given yet, or undefined when the period has ended.
 * A figure for a period still running (2031, today) is a projection, not a figure.
 */
export function notEndedYet(period: Period, today: Date): string | undefined {
  if (period.end <= decimalYear(today) + 1e-9) return undefined;
  return `${period.label} has not ended yet, so it cannot have a figure. Give a figure once its period is over; a projection belongs in a note.`;
}
