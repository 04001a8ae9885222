import { useFramework } from '../../api/get-framework';
import { useSeriesForIndicators } from '../../api/get-series';
import { StatusBadge } from '../../components/StatusBadge';
import type { StatusKind } from '../../domain/status/assessment';
import { headlineIndicators } from '../../domain/status/headline-indicators';
import { STATUS_ORDER } from '../../domain/status/status-labels';
import type { Framework } from '../../domain/types';
import { headlineOf } from '../../hooks/use-assessments';
import { useToday } from '../../lib/today';

/**
 * A partnership's statuses at a glance on its card, for the whole partnership and counted as its
 * overview counts them (against the target in force): which to open first, before opening any.
 */
export function PartnershipStatuses({ frameworkId }: { frameworkId: string }) {
  const framework = useFramework(frameworkId);
  if (!framework.data) return null;
  return <Counts framework={framework.data} />;
}

function Counts({ framework }: { framework: Framework }) {
  const { year } = useToday();
  const whole = framework.places.find((p) => p.isTotal) ?? framework.places[0];
  const { measured } = headlineIndicators(framework);
  const queries = useSeriesForIndicators(
    framework.id,
    measured.map((m) => m.indicator.id),
    whole?.id ?? '',
  );
  if (!whole || measured.length === 0 || queries.some((q) => q.isPending)) return null;
  const counts = new Map<StatusKind, number>();
  measured.forEach(({ indicator }, i) => {
    const status = headlineOf(indicator, queries[i]?.data, year)?.now.status;
    if (status) counts.set(status, (counts.get(status) ?? 0) + 1);
  });
  if (counts.size === 0) return null;
  return (
    <ul className="partnership-card__statuses" aria-label={`Statuses for ${whole.name}`}>
      {STATUS_ORDER.filter((s) => counts.has(s)).map((status) => (
        <li key={status}>
          <span className="partnership-card__count">{counts.get(status)}</span> <StatusBadge status={status} />
        </li>
      ))}
    </ul>
  );
}
