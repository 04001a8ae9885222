import { useSeriesForPlaces } from '../../api/get-series';
import { StatusBadge } from '../../components/StatusBadge';
import { formatNumber, unitLabel } from '../../domain/words/format-value';
import { targetInForce } from '../../domain/status/headline';
import type { Framework, Indicator } from '../../domain/types';
import { headlineOf } from '../../hooks/use-assessments';
import { useToday } from '../../lib/today';
import { mostCommon } from '../../lib/most-common';
import { verdictFigures } from '../../domain/status/verdict-figures';
import type { StatusKind } from '../../domain/status/assessment';

const OPEN: readonly StatusKind[] = ['on-track', 'at-risk', 'off-track'];

/**
 * The headline indicator in each of the partnership's places: where it is on track and where not,
 * each beside the figure its verdict rests on, its own target and the gap. Places' targets differ
 * (10% below each one's own baseline), so the same figure can be met in one and missed in
 * another: the row shows why. The target period is the same everywhere, so the caption names it
 * once; a figure from another period than most places' says its period.
 */
export function PlaceStrip({ framework, indicator, chosenPlaceId }: { framework: Framework; indicator: Indicator; chosenPlaceId: string }) {
  // The whole partnership first where it is the slide's place, so its own figures are in the strip too.
  const places = framework.places.filter((p) => !p.isTotal || p.id === chosenPlaceId).sort((a, b) => Number(b.isTotal) - Number(a.isTotal));
  const queries = useSeriesForPlaces(
    framework.id,
    indicator.id,
    places.map((p) => p.id),
  );
  const { year } = useToday();
  const headlines = places.map((_, i) => headlineOf(indicator, queries[i]?.data, year));
  const shown = headlines.map((h) => h && verdictFigures(h.now, indicator));
  const restsOn = shown.map((v) => v?.figures[0]?.point);
  const usual = mostCommon(restsOn.map((p) => p?.at.label).filter((p): p is string => p !== undefined));
  const inForce = indicator.targets[targetInForce(indicator.targets, year)];
  const anyIllustrative = restsOn.some((p) => p?.provenance === 'illustrative');
  // Only where some place's gap is read on the trend does the caption say so: room is short at 1024×768.
  const anyOpen = headlines.some((h) => h && OPEN.includes(h.now.status));
  const number = (value: number) => formatNumber(value, indicator.unit.decimals);
  return (
    <table className="place-strip">
      <caption>
        Each place: figure, its own{inForce ? ` ${inForce.period}` : ''} target, gap ({unitLabel(indicator.unit)}
        {usual ? `, ${usual}` : ''}
        {anyOpen ? '; gap on trend if open' : ''}
        {/* The mark's meaning in the caption, not a line of its own: the slide has no room to spare at 1024×768. */}
        {anyIllustrative && <span aria-hidden="true">; † illustrative</span>})
      </caption>
      {/* The caption says what each column holds; the headings stay for screen readers. */}
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Figure</th>
          <th scope="col">Target</th>
          <th scope="col">Gap</th>
        </tr>
      </thead>
      <tbody>
        {places.map((place, i) => {
          const headline = headlines[i];
          const figure = restsOn[i];
          const target = headline?.now.resolved;
          return (
            <tr key={place.id} aria-current={place.id === chosenPlaceId ? 'true' : undefined}>
              {/* The status under the name, not in a column of its own: four columns fit beside a chart given half a 1024×768 slide. */}
              <th scope="row">
                <span className="place-strip__place">
                  <span className="place-strip__name">{place.name}</span>{' '}
                  {headline ? <StatusBadge status={headline.now.status} /> : <span className="place-strip__none">{queries[i]?.isPending ? 'Loading…' : 'No figures'}</span>}
                </span>
              </th>
              <td>
                {figure ? (
                  <>
                    {number(figure.value)}
                    {/* Marked where it stands, briefly: the strip is read across a room. */}
                    {figure.provenance === 'illustrative' && (
                      <>
                        <span aria-hidden="true">†</span>
                        <span className="visually-hidden"> (illustrative, not published)</span>
                      </>
                    )}
                    {/* Under the figure, without brackets: the strip must fit beside the chart at 1024×768. */}
                    {figure.at.label !== usual && (
                      <span className="place-strip__period">
                        <span className="visually-hidden">in </span>
                        {figure.at.label}
                      </span>
                    )}
                  </>
                ) : (
                  '–'
                )}
              </td>
              <td>{target ? number(target.value) : '–'}</td>
              <td className={shown[i]?.gapIsGood === false ? 'place-strip__gap--bad' : undefined}>{shown[i]?.shortGap ?? '–'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
