import { useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ChartLayerOptions } from '../../charts/ChartLayerOptions';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import type { AmbitionPageSlots } from '../../components/slots';
import { PlaceSelect } from '../../components/PlaceSelect';
import { useCurrentFramework } from '../../hooks/use-current-framework';
import { usePlaceParam } from '../../hooks/use-place-param';
import { useDrawnAtBuild } from '../../lib/hydrating';
import { numbered, wordsOf } from '../../domain/words/terms';
import { ActionsSection } from './ActionsSection';
import { ComparePlaces } from './ComparePlaces';
import { ProgrammesPanel } from './ProgrammesPanel';
import { IndicatorSection } from './IndicatorSection';
import { useDetailParams } from './use-detail-params';
import { ViewToggle } from './ViewToggle';
import { CopyLink } from './CopyLink';
import './ambition.css';

/** One commitment in the partnership's words: each indicator in depth, its actions, and the programmes serving it. */
export default function AmbitionPage({ Toolbar, SeriesTools, ActionTools }: AmbitionPageSlots) {
  const framework = useCurrentFramework();
  const words = wordsOf(framework);
  const { ambitionNumber } = useParams();
  const { search } = useLocation();
  const { place, choosePlace } = usePlaceParam(framework);
  const { compareIds, setCompare, view, setView, layers, toggleLayer } = useDetailParams(framework, place.id);
  const index = framework.ambitions.findIndex((a) => String(a.number) === ambitionNumber);
  const ambition = framework.ambitions[index];
  const home = { pathname: `/${framework.id}`, search };

  if (!ambition) {
    return (
      <section>
        <h1 tabIndex={-1}>{words.One} not found</h1>
        <p>
          There is no {words.one} {ambitionNumber} in {framework.name}. <Link to={home}>See all {words.many}</Link>.
        </p>
      </section>
    );
  }
  const previous = framework.ambitions[index - 1];
  const next = framework.ambitions[index + 1];
  const comparePlaces = compareIds.map((id) => framework.places.find((p) => p.id === id)!);

  return (
    <article className="ambition-page" aria-labelledby="ambition-title">
      <title>{`${numbered(words, ambition.number)}: ${ambition.title} – Ambitions dashboard`}</title>
      {/* Editing stands apart from reading: a lead's tools sit in the corner, not between the title and the chart. */}
      <div className="ambition-page__top">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to={home}>All {words.many}</Link>
        </nav>
        {Toolbar && (
          <div className="ambition-page__tools">
            <Toolbar />
          </div>
        )}
      </div>
      {/* As Our World in Data lays a chart out: the title, then the chart with its status and source, then the rest. */}
      <h1 id="ambition-title" tabIndex={-1}>
        <span className="ambition-page__number">{numbered(words, ambition.number)}</span> {ambition.title}
      </h1>
      <div className="detail-controls">
        {ambition.indicators.length > 0 && <PlaceSelect places={framework.places} value={place.id} onChange={choosePlace} inline />}
        {/* Whose words these are, plainly: a news article's sentence is not the plan's words. Closed, so the chart is on the first screen. */}
        <Disclosure className="commitment" summary={ambition.commitmentSource ? 'The words this is set up from' : 'The commitment, in the plan’s words'} startOpen={false}>
          <figure>
            <blockquote>
              <p>{ambition.commitment}</p>
            </blockquote>
            <figcaption>{ambition.commitmentSource ? `${ambition.commitmentSource}.` : `The commitment. Source: ${framework.source}.`}</figcaption>
          </figure>
        </Disclosure>
        {ambition.indicators.length > 0 && (
          <Disclosure className="detail-options" summary="Compare places, table, chart layers, link" startOpen={compareIds.length > 0 || view === 'table'}>
            <ComparePlaces places={framework.places.filter((p) => p.id !== place.id)} selected={compareIds} onChange={setCompare} />
            <ViewToggle view={view} onChange={setView} />
            {view === 'chart' && <ChartLayerOptions layers={layers} onToggle={toggleLayer} />}
            <CopyLink />
          </Disclosure>
        )}
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
            layers={layers}
            SeriesTools={SeriesTools}
          />
        </ErrorBoundary>
      ))}
      <ErrorBoundary title="Actions and milestones">
        <ActionsSection frameworkId={framework.id} ambition={ambition} ActionTools={ActionTools} />
      </ErrorBoundary>
      <ProgrammesPanel framework={framework} ambitionNumber={ambition.number} />
      <nav aria-label={`Other ${words.many}`} className="pager">
        {previous && (
          <Link to={{ pathname: `/${framework.id}/ambitions/${previous.number}`, search }} rel="prev">
            ← {numbered(words, previous.number)}: {previous.title}
          </Link>
        )}
        {next && (
          <Link to={{ pathname: `/${framework.id}/ambitions/${next.number}`, search }} rel="next" className="pager__next">
            {numbered(words, next.number)}: {next.title} →
          </Link>
        )}
      </nav>
    </article>
  );
}

/**
 * A details element that starts open or closed and then follows the reader's choice. A page drawn
 * at build time, which cannot know the screen, draws it closed, as a phone shows it, on every
 * screen: opening it once the app has taken the page over would push the figures down the screen
 * under the reader's eyes.
 */
function Disclosure({ className, summary, startOpen, children }: { className: string; summary: string; startOpen: boolean; children: ReactNode }) {
  const drawnAtBuild = useDrawnAtBuild();
  const [open, setOpen] = useState(startOpen && !drawnAtBuild);
  return (
    <details className={`disclosure ${className}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      <div className="disclosure__body">{children}</div>
    </details>
  );
}
