import { parsePeriod, type PeriodResult } from './period';

// OHID Fingertips writes a figure's "Time period" in its own way: "2016 - 18" for three years
// pooled, "2019/20" and "2019/20 Q1" for financial years and their quarters, "Mar 2021" for months,
// "2019" for years, "2017/18 - 19/20" for financial years pooled. These are read into the periods
// the dashboard keeps, or refused saying why (issue 14: importing a Fingertips download as it is).

/** A Fingertips "Time period" as one of the dashboard's periods. */
export function periodFromFingertips(text: string): PeriodResult {
  const written = text.trim().replace(/\s+/g, ' ');
  let m: RegExpMatchArray | null;
  // Pooled calendar years: "2016 - 18" (and "2016 - 2018").
  if ((m = written.match(/^(\d{4}) - (\d{2}|\d{4})$/))) {
    const start = Number(m[1]);
    // "1999 - 01" ends in the next century: the first year after the start with those digits.
    const end = m[2]!.length === 4 ? Number(m[2]) : start + ((Number(m[2]) - (start % 100) + 100) % 100);
    return parsePeriod(`${start}-${end}`);
  }
  // Pooled financial years: "2017/18 - 19/20" is our "2017/18-19/20".
  if (/^\d{4}\/\d{2} - \d{2}\/\d{2}$/.test(written)) return parsePeriod(written.replace(' - ', '-'));
  // Years, financial years and their quarters, calendar quarters and months are written as we write them.
  if (/^(\d{4}(\/\d{2})?( Q[1-4])?|[A-Z][a-z]{2} \d{4})$/.test(written)) return parsePeriod(written);
  return { ok: false, error: `"${written}" is not a Fingertips time period this dashboard knows (such as 2019, 2019/20, 2016 - 18, 2019/20 Q1 or Mar 2021).` };
}
