import { memo, useDeferredValue, useMemo } from 'react';
import { useSeriesForIndicators } from '../../api/get-series';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PlaceSelect } from '../../components/PlaceSelect';
import { useCurrentFramework } from '../../hooks/use-current-framework';
import { usePlaceParam } from '../../hooks/use-place-param';
import { AmbitionCard } from './AmbitionCard';
import { StatusSummary } from './StatusSummary';
import './overview.css';

// Memoised: when one series arrives, only its own card is drawn again, not all ten.
const Card = memo(AmbitionCard);
const Summary = memo(StatusSummary);

/** The ten ambitions at a glance, for one place at a time. */
export function OverviewPage() {
  const framework = useCurrentFramework();
  const { place, choosePlace, unknownPlaceId } = usePlaceParam(framework);
  const headlines = useMemo(() => framework.ambitions.map((ambition) => ({ ambition, indicator: ambition.indicators[0]! })), [framework]);
  // Figures arrive one series at a time. Drawing the cards for them is deferred so React can do it
  // in small slices (a transition) instead of one long task that would freeze taps and scrolling.
  const queries = useDeferredValue(
    useSeriesForIndicators(
      framework.id,
      headlines.map((h) => h.indicator.id),
      place.id,
    ),
  );

  return (
    <section aria-labelledby="overview-title">
      <title>{`${framework.shortName} ambitions: ${place.name} – Ambitions dashboard`}</title>
      <div className="page-heading">
        <div>
          <h1 id="overview-title" tabIndex={-1}>
            {framework.ambitions.length === 10 ? 'Our ten big ambitions' : 'Our ambitions'}
          </h1>
          <p className="page-heading__lead">
            Progress in <strong>{place.name}</strong> against each ambition’s baseline and target.
          </p>
        </div>
        <PlaceSelect places={framework.places} value={place.id} onChange={choosePlace} />
      </div>
      {unknownPlaceId && (
        <p className="notice" role="status">
          There is no place called “{unknownPlaceId}” in this partnership, so the whole partnership is shown.
        </p>
      )}
      <Summary headlines={headlines} queries={queries} placeName={place.name} />
      <ol className="ambition-grid">
        {headlines.map(({ ambition, indicator }, i) => (
          <li key={ambition.number}>
            <ErrorBoundary title={`Ambition ${ambition.number}`}>
              <Card ambition={ambition} indicator={indicator} place={place} query={queries[i]!} />
            </ErrorBoundary>
          </li>
        ))}
      </ol>
    </section>
  );
}
