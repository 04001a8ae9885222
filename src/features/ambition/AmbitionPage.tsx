import { Link, useLocation, useParams } from 'react-router';
import { ChartLayerOptions } from '../../charts/ChartLayerOptions';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import type { AmbitionPageSlots } from '../../components/slots';
import { PlaceSelect } from '../../components/PlaceSelect';
import { useCurrentFramework } from '../../hooks/use-current-framework';
import { usePlaceParam } from '../../hooks/use-place-param';
import { ComparePlaces } from './ComparePlaces';
import { IndicatorSection } from './IndicatorSection';
import { useDetailParams } from './use-detail-params';
import { ViewToggle } from './ViewToggle';
import './ambition.css';

/** One ambition: its commitment in the partnership's words, and each indicator in depth. */
export default function AmbitionPage({ Toolbar, SeriesTools }: AmbitionPageSlots) {
  const framework = useCurrentFramework();
  const { ambitionNumber } = useParams();
  const { search } = useLocation();
  const { place, choosePlace } = usePlaceParam(framework);
  const { compareIds, setCompare, view, setView } = useDetailParams(framework, place.id);
  const index = framework.ambitions.findIndex((a) => String(a.number) === ambitionNumber);
  const ambition = framework.ambitions[index];
  const home = { pathname: `/${framework.id}`, search };

  if (!ambition) {
    return (
      <section>
        <h1 tabIndex={-1}>Ambition not found</h1>
        <p>
          There is no ambition {ambitionNumber} in {framework.name}. <Link to={home}>See all ambitions</Link>.
        </p>
      </section>
    );
  }
  const previous = framework.ambitions[index - 1];
  const next = framework.ambitions[index + 1];
  const comparePlaces = compareIds.map((id) => framework.places.find((p) => p.id === id)!);

  return (
    <article className="ambition-page" aria-labelledby="ambition-title">
      <title>{`Ambition ${ambition.number}: ${ambition.title} – Ambitions dashboard`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={home}>All ambitions</Link>
      </nav>
      <h1 id="ambition-title" tabIndex={-1}>
        <span className="ambition-page__number">Ambition {ambition.number}</span> {ambition.title}
      </h1>
      <figure className="commitment">
        <blockquote>
          <p>{ambition.commitment}</p>
        </blockquote>
        <figcaption>The commitment. Source: {framework.source}.</figcaption>
      </figure>
      <div className="detail-controls">
        <PlaceSelect places={framework.places} value={place.id} onChange={choosePlace} />
        <ComparePlaces places={framework.places.filter((p) => p.id !== place.id)} selected={compareIds} onChange={setCompare} />
        <ViewToggle view={view} onChange={setView} />
        {view === 'chart' && <ChartLayerOptions />}
        {Toolbar && <Toolbar />}
      </div>
      {ambition.indicators.map((indicator) => (
        <ErrorBoundary key={indicator.id} title={indicator.name}>
          <IndicatorSection
            frameworkId={framework.id}
            ambitionNumber={ambition.number}
            indicator={indicator}
            place={place}
            comparePlaces={comparePlaces}
            view={view}
            SeriesTools={SeriesTools}
          />
        </ErrorBoundary>
      ))}
      <nav aria-label="Other ambitions" className="pager">
        {previous && (
          <Link to={{ pathname: `/${framework.id}/ambitions/${previous.number}`, search }} rel="prev">
            ← Ambition {previous.number}: {previous.title}
          </Link>
        )}
        {next && (
          <Link to={{ pathname: `/${framework.id}/ambitions/${next.number}`, search }} rel="next" className="pager__next">
            Ambition {next.number}: {next.title} →
          </Link>
        )}
      </nav>
    </article>
  );
}
