import type { StatusKind } from '../domain/status/assess-target';
import { STATUS_LABEL } from '../domain/status/status-labels';
import { StatusIcon } from './StatusIcon';
import './status-badge.css';

/** Icon, word and colour together: the word alone carries the meaning, for screen readers and print. */
export function StatusBadge({ status, size = 'normal' }: { status: StatusKind; size?: 'normal' | 'large' }) {
  return (
    <span className={`status-badge status-badge--${status} status-badge--${size}`}>
      <StatusIcon status={status} />
      <span>{STATUS_LABEL[status]}</span>
    </span>
  );
}
