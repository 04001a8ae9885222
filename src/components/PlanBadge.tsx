import type { StatusKind } from '../domain/status/assess-target';
import { PLAN_STATUS_LABEL, type PlanStatus } from '../domain/status/assess-actions';
import { StatusIcon } from './StatusIcon';
import './status-badge.css';

// The same shapes and colours as the figures' statuses, so a board reads them alike, but a dashed
// outline and words that start "Actions…": a status judged on a delivery plan is never mistaken
// for one judged on figures.
const SHAPE: Record<PlanStatus, StatusKind> = {
  done: 'achieved',
  'on-track': 'on-track',
  'at-risk': 'at-risk',
  late: 'off-track',
  'not-started': 'awaited',
  'no-actions': 'not-enough-data',
};

export function PlanBadge({ status, size = 'normal' }: { status: PlanStatus; size?: 'normal' | 'large' }) {
  const shape = SHAPE[status];
  return (
    <span className={`status-badge status-badge--plan status-badge--${shape} status-badge--${size}`}>
      <StatusIcon status={shape} />
      <span>{PLAN_STATUS_LABEL[status]}</span>
    </span>
  );
}
