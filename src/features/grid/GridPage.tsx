import { Link, useLocation, useSearchParams } from 'react-router';
import { useSeriesGrid } from '../../api/get-series';
import { StatusBadge } from '../../components/StatusBadge';
import { PlanBadge } from '../../components/PlanBadge';
import { ProvenanceTag } from '../../components/ProvenanceTag';
import { assessActions, isoDay } from '../../domain/status/assess-actions';
import { isRevised, targetInForce, type Headline } from '../../domain/status/headline';
import { headlineIndicators } from '../../domain/status/headline-indicators';
import { readGridSort, sortGrid, type GridSort } from '../../domain/status/status-grid';
import { numbered, wordsOf, type Words } from '../../domain/words/terms';
import type { Ambition, Framework, Indicator, Place } from '../../domain/types';
import { headlineOf } from '../../hooks/use-assessments';
import { useCurrentFramework } from '../../hooks/use-current-framework';
import { useToday } from '../../lib/today';
import { mostCommon } from '../../lib/most-common';
import { verdictFigures, type VerdictFigures } from '../../domain/status/verdict-figures';
import { unitLabel } from '../../domain/words/format-value';
import './grid.css';

interface Row {
  number: number;
  ambition: Ambition;
  /** By place id; absent while loading or with no figures. */
  headlines: Map<string, Headline>;
  /** By place id: the series could not be loaded. */
  failed: Set<string>;
  loading: boolean;
}

/** Every place's status for every commitment, one table: the view board papers and Fingertips use. */
export default function GridPage() {
  const framework = useCurrentFramework();
  const words = wordsOf(framework);
  const [params, setParams] = useSearchParams();
  const places = [...framework.places].sort((a, b) => Number(b.isTotal) - Number(a.isTotal));
  const sort = readGridSort(
    params.get('sort'),
    places.map((p) => p.id),
  );
  const rows = useGridRows(framework, places);
  const sorted = sortGrid(rows, sort);
  const sortBy = (next: GridSort) => {
    const nextParams = new URLSearchParams(params);
    if (next.by === 'place') nextParams.set('sort', next.placeId);
    else nextParams.delete('sort');
    setParams(nextParams, { replace: true });
  };
  const illustrativeTargets = framework.ambitions.filter((a) => a.indicators[0]?.targets.some((t) => t.provenance === 'illustrative')).length;
  const statuses = rows.flatMap((r) => [...r.headlines.values()]);
  const onIllustrative = statuses.filter((h) => (h.now.judgedOn ?? h.now.latest)?.provenance === 'illustrative').length;
  const sortedPlace = sort.by === 'place' ? places.find((p) => p.id === sort.placeId) : undefined;

  return (
    <section aria-labelledby="grid-title" className="grid-page">
      <title>{`Places and ${words.many} – ${framework.shortName} – Ambitions dashboard`}</title>
      <h1 id="grid-title" tabIndex={-1}>
        Every place, every {words.one}
      </h1>
      <p className="page-heading__lead">
        Each {words.one}’s headline indicator in each place, against the target in force: in each cell the figure the verdict rests on, the verdict, and by how much (on the recent
        trend, for a target still open). Where a revised target has taken over, the plan’s own target is judged beneath it. Choose a place’s heading to put what needs attention
        there first.
      </p>
      {(onIllustrative > 0 || illustrativeTargets > 0) && (
        <p className="notice notice--illustrative">
          <ProvenanceTag provenance="illustrative" />{' '}
          {onIllustrative > 0 &&
            `${onIllustrative === statuses.length ? 'Every' : `${onIllustrative} of the ${statuses.length}`} ${onIllustrative === 1 ? 'status rests' : 'statuses rest'} on an illustrative figure, not a published one: marked † in ${onIllustrative === 1 ? 'its cell' : 'their cells'}. `}
          {illustrativeTargets > 0 &&
            `${illustrativeTargets} ${illustrativeTargets === 1 ? `${words.one}’s target is` : `${words.many}’ targets are`} illustrative: not found in published material. `}
          Each {words.one}’s page says where its figures come from.
        </p>
      )}
      <div className="table-scroll status-grid__scroll" tabIndex={0} role="region" aria-labelledby="status-grid-caption">
        <table className="data-table status-grid">
          <caption id="status-grid-caption">
            Status of each {words.one} in each place{sortedPlace ? `, sorted by ${sortedPlace.name}: what needs attention first` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={sort.by === 'number' ? 'ascending' : undefined}>
                <button type="button" className="status-grid__sort" onClick={() => sortBy({ by: 'number' })}>
                  {words.One}
                  <span className="visually-hidden">: sort in the partnership’s order</span>
                </button>
              </th>
              {places.map((place) => (
                <th key={place.id} scope="col" aria-sort={sortedPlace?.id === place.id ? 'ascending' : undefined}>
                  <button type="button" className="status-grid__sort" onClick={() => sortBy({ by: 'place', placeId: place.id })}>
                    {place.name}
                    <span className="visually-hidden">: sort by status here, worst first</span>
                    <span aria-hidden="true" className="status-grid__arrow">
                      {sortedPlace?.id === place.id ? ' ▲' : ' ⇅'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <GridRowView key={row.number} row={row} places={places} words={words} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function GridRowView({ row, places, words }: { row: Row; places: Place[]; words: Words }) {
  const { search } = useLocation();
  const { date, year } = useToday();
  const { ambition } = row;
  const indicator = ambition.indicators[0];
  // The figure each verdict rests on; the row names their usual period once, a cell only one that differs.
  const shown = new Map([...row.headlines].map(([placeId, h]) => [placeId, verdictFigures(h.now, h.indicator)]));
  const usual = mostCommon([...shown.values()].map((v) => v.figures[0]?.point?.at.label).filter((p): p is string => p !== undefined));
  return (
    <tr>
      <th scope="row">
        <Link to={{ pathname: `../ambitions/${ambition.number}`, search }} relative="path" className="status-grid__ambition">
          <span className="visually-hidden">{numbered(words, ambition.number)}: </span>
          <span aria-hidden="true" className="status-grid__number">
            {ambition.number}
          </span>
          <span>{ambition.title}</span>
        </Link>
        {indicator && (
          <span className="status-grid__indicator">
            {indicator.name} ({unitLabel(indicator.unit)}
            {usual ? `, ${usual}` : ''}). {targetsNote(indicator, year)}
          </span>
        )}
      </th>
      {indicator ? (
        places.map((place) => {
          const headline = row.headlines.get(place.id);
          return (
            <td key={place.id}>
              {headline ? (
                <GridCell headline={headline} shown={shown.get(place.id)!} usual={usual} />
              ) : row.failed.has(place.id) ? (
                'Could not be loaded'
              ) : row.loading ? (
                'Loading…'
              ) : (
                'No figures'
              )}
            </td>
          );
        })
      ) : (
        <td colSpan={places.length}>
          Judged on its actions, the same in every place: <PlanBadge status={assessActions(ambition.actions ?? [], isoDay(date)).status} />
        </td>
      )}
    </tr>
  );
}

/** The target in force is the same in every place, so the row says it once; each cell its own figure and verdict. */
function targetsNote(indicator: Indicator, today: number): string {
  const inForce = indicator.targets[targetInForce(indicator.targets, today)];
  const plan = indicator.targets[0];
  if (!inForce || !plan) return 'No target set.';
  return inForce === plan ? `For the ${plan.period} target.` : `For the ${inForce.period} target; beneath, the plan’s ${plan.period} target.`;
}

/** As Fingertips' area-by-indicator table: the value in every cell, with its verdict beneath. */
function GridCell({ headline, shown, usual }: { headline: Headline; shown: VerdictFigures; usual: string | undefined }) {
  const figure = shown.figures[0]?.point;
  const target = shown.figures.find((f) => f.label === 'Target');
  return (
    <>
      {figure && (
        <span className="status-grid__value">
          {shown.figures[0]!.bare}
          {/* Said in the cell, where the figure stands: the notice above, which explains the mark, may be scrolled away. */}
          {figure.provenance === 'illustrative' && (
            <>
              <span aria-hidden="true">†</span>
              <span className="visually-hidden"> (illustrative, not published)</span>
            </>
          )}
          {figure.at.label !== usual && <span className="status-grid__period"> {figure.at.label}</span>}
        </span>
      )}
      <StatusBadge status={headline.now.status} />
      {/* The verdict beside the target it rests on: each place's own, as each place's baseline differs. */}
      {target && (
        <span className="status-grid__gap">
          target {target.bare}
          {shown.shortGap ? `; ${shown.shortGap}` : ''}
        </span>
      )}
      {isRevised(headline) && (
        <span className="status-grid__plan">
          {headline.plan.target.period}: <StatusBadge status={headline.plan.status} />
        </span>
      )}
    </>
  );
}

function useGridRows(framework: Framework, places: Place[]): Row[] {
  const { year } = useToday();
  const { measured, indexOf } = headlineIndicators(framework);
  const grid = useSeriesGrid(
    framework.id,
    measured.map((m) => m.indicator.id),
    places.map((p) => p.id),
  );
  return framework.ambitions.map((ambition) => {
    const i = indexOf.get(ambition.number);
    const row: Row = { number: ambition.number, ambition, headlines: new Map(), failed: new Set(), loading: false };
    if (i === undefined) return row;
    const indicator = measured[i]!.indicator;
    places.forEach((place, p) => {
      const query = grid[i]![p]!;
      if (query.isError) row.failed.add(place.id);
      if (query.isPending) row.loading = true;
      const headline = headlineOf(indicator, query.data, year);
      if (headline) {
        row.headlines.set(place.id, headline);
      }
    });
    return row;
  });
}
