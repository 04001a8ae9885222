import { memo, useDeferredValue, useMemo } from 'react';
import { useSeriesForIndicators } from '../../api/get-series';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PlaceSelect } from '../../components/PlaceSelect';
import { useCurrentFramework } from '../../hooks/use-current-framework';
import { usePlaceParam } from '../../hooks/use-place-param';
import { ourAll, wordsOf } from '../../domain/words/terms';
import { headlineIndicators } from '../../domain/status/headline-indicators';
import { AmbitionCard } from './AmbitionCard';
import { PlanCard } from './PlanCard';
import { ProvenanceTag } from '../../components/ProvenanceTag';
import { ReadProblemsNotice } from '../../components/ReadProblemsNotice';
import { StatusSummary } from './StatusSummary';
import './overview.css';

// Memoised: when one series arrives, only its own card is drawn again, not all ten.
const Card = memo(AmbitionCard);
const Summary = memo(StatusSummary);

/** Every commitment at a glance, for one place at a time: on its headline figures, or on its actions where it has none. */
export function OverviewPage() {
  const framework = useCurrentFramework();
  const { place, choosePlace, unknownPlaceId } = usePlaceParam(framework);
  const words = wordsOf(framework);
  const { measured: headlines, indexOf: queryOf } = useMemo(() => headlineIndicators(framework), [framework]);
  // Figures arrive one series at a time. Drawing the cards for them is deferred so React can do it
  // in small slices (a transition) instead of one long task that would freeze taps and scrolling.
  const queries = useDeferredValue(
    useSeriesForIndicators(
      framework.id,
      headlines.map((h) => h.indicator.id),
      place.id,
    ),
  );

  // One notice for the page, not one per card: each illustrative figure or target carries the tag.
  const illustrative =
    headlines.some((h) => h.indicator.targets.some((t) => t.provenance === 'illustrative')) || queries.some((q) => q.data?.points.some((p) => p.provenance === 'illustrative'));

  return (
    <section aria-labelledby="overview-title">
      <title>{`${framework.shortName} ${words.many}: ${place.name} – Ambitions dashboard`}</title>
      <div className="page-heading">
        <div>
          <h1 id="overview-title" tabIndex={-1}>
            {ourAll(words, framework.ambitions.length)}
          </h1>
          <p className="page-heading__lead">
            Progress in <strong>{place.name}</strong> against each {words.one}’s baseline and target
            {framework.ambitions.some((a) => a.indicators.length === 0) ? ', or its actions where no figure is tracked yet' : ''}.
          </p>
        </div>
        <PlaceSelect places={framework.places} value={place.id} onChange={choosePlace} />
      </div>
      <ReadProblemsNotice frameworkId={framework.id} showDetails={false} />
      {unknownPlaceId && (
        <p className="notice" role="status">
          There is no place called “{unknownPlaceId}” in this partnership, so the whole partnership is shown.
        </p>
      )}
      {illustrative && (
        <p className="notice notice--illustrative">
          <ProvenanceTag provenance="illustrative" /> Figures and targets marked like this (or with † in the summary) were not found in published material: they show how the
          dashboard works and must not be quoted.
        </p>
      )}
      <Summary headlines={headlines} queries={queries} placeName={place.name} plans={framework.ambitions.filter((a) => a.indicators.length === 0)} words={words} />
      {framework.ambitions.length === 0 && <p>No {words.many} are set up yet.</p>}
      <ol className="ambition-grid">
        {framework.ambitions.map((ambition) => {
          const i = queryOf.get(ambition.number);
          return (
            <li key={ambition.number}>
              <ErrorBoundary title={`${words.One} ${ambition.number}`}>
                {i === undefined ? (
                  <PlanCard ambition={ambition} words={words} />
                ) : (
                  <Card ambition={ambition} indicator={headlines[i]!.indicator} place={place} query={queries[i]!} words={words} />
                )}
              </ErrorBoundary>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
