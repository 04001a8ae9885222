import type { StatusKind } from '../domain/status/assess-target';

// Each status has its own shape, so it reads in greyscale and to people who cannot tell the
// colours apart: tick, forward arrow (heading for the target: not up or down, which the figures'
// arrows mean), warning triangle, cross, flag (a final verdict, as achieved's tick is), clock,
// question mark. Missed and achieved, the verdicts on a passed target, are also filled badges.
const PATHS: Record<StatusKind, string> = {
  achieved: 'M4 10.5l4 4 8-9',
  'on-track': 'M3.5 10h12M11 5.5l4.5 4.5-4.5 4.5',
  'at-risk': 'M10 3l8 14H2zM10 8v4.5M10 14.5v.5',
  'off-track': 'M5 5l10 10M15 5L5 15',
  missed: 'M5.5 17.5V3M5.5 4h9.5l-2.5 3.5 2.5 3.5H5.5',
  awaited: 'M10 3.5a6.5 6.5 0 1 0 0.01 0M10 6.5V10l2.5 2',
  'not-enough-data': 'M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.7.4-1 1-1 1.7v.5M10 14.5v.5',
};

export function StatusIcon({ status }: { status: StatusKind }) {
  return (
    <svg className="status-icon" viewBox="0 0 20 20" width="1.1em" height="1.1em" aria-hidden="true" focusable="false">
      <path d={PATHS[status]} fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
