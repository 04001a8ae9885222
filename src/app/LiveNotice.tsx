import { useState } from 'react';
import { useLiveUpdates, type SourceChange } from '../api/live-updates';
import type { Framework } from '../domain/types';

/**
 * A quiet line when a colleague's change arrives ("Figures for Leeds updated by leeds-lead"), and
 * when the live feed is lost or back. Read out politely; it never takes focus.
 */
export default function LiveNotice({ frameworkId, framework }: { frameworkId: string; framework: Framework | undefined }) {
  const [notice, setNotice] = useState('');
  const [offline, setOffline] = useState(false);
  useLiveUpdates(
    frameworkId,
    (change) => setNotice(describe(change, framework)),
    (connected) => setOffline(!connected),
  );
  return (
    <div className="live-notice" role="status">
      {offline ? <p>Live updates paused: the connection to the figures was lost. Trying again…</p> : null}
      {notice ? (
        <p>
          {notice}{' '}
          <button type="button" className="link-button" onClick={() => setNotice('')}>
            Dismiss
          </button>
        </p>
      ) : null}
    </div>
  );
}

function describe(change: SourceChange, framework: Framework | undefined): string {
  const by = change.editor ? ` by ${change.editor}` : '';
  const indicators = framework?.ambitions.flatMap((a) => a.indicators) ?? [];
  if (change.kind === 'series') {
    const place = framework?.places.find((p) => p.id === change.series.placeId)?.name ?? change.series.placeId;
    const indicator = indicators.find((i) => i.id === change.series.indicatorId)?.name ?? change.series.indicatorId;
    return `Figures for ${place} updated${by}: ${indicator}.`;
  }
  const indicator = indicators.find((i) => i.id === change.indicatorId)?.name ?? change.indicatorId;
  return `Baseline, targets or comments of ${indicator} updated${by}.`;
}
