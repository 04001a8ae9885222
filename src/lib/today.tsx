import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatLongDay, formatUkDateTime } from '../domain/periods/date-formats';
import { decimalYear } from '../domain/periods/period';

// Statuses depend on today's date (has the target year passed?). It comes from one place so a
// demo or a test can pin it, and every view agrees on it.

interface Today {
  date: Date;
  /** Decimal year, as the status engine wants it. */
  year: number;
}

const TodayContext = createContext<Today | null>(null);

export function TodayProvider({ date, children }: { date: Date; children: ReactNode }) {
  const value = useMemo(() => ({ date, year: decimalYear(date) }), [date]);
  return <TodayContext.Provider value={value}>{children}</TodayContext.Provider>;
}

export function useToday(): Today {
  const today = useContext(TodayContext);
  if (!today) throw new Error('useToday needs a TodayProvider above it');
  return today;
}

/** "24 November 2026". */
export const formatDate = formatLongDay;

/** When something happened, in UK time whatever the device's zone: "24 Nov 2026, 10:15". */
export function formatDateTime(iso: string): string {
  return formatUkDateTime(new Date(iso));
}
