import { wordsOf } from '../../domain/words/terms';
import { Link, useSearchParams } from 'react-router';
import { PlaceSelect } from '../../components/PlaceSelect';
import { useCurrentFramework } from '../../hooks/use-current-framework';
import { totalPlace } from '../../hooks/use-place-param';
import { deckQuery, readDeck, TIMER_CHOICES, type Deck } from './deck';
import './presenter.css';

/**
 * Before the meeting: choose the place, which ambitions and in what order, chart or table, and an
 * optional timer. Everything is in the address, so the link can be sent round in advance.
 */
export default function PresenterSetupPage() {
  const framework = useCurrentFramework();
  const words = wordsOf(framework);
  const [params, setParams] = useSearchParams();
  const available = framework.ambitions.map((a) => a.number);
  const deck = readDeck(params, available);
  const placeId = params.get('place') ?? totalPlace(framework).id;
  const query = deckQuery(deck, available, placeId === totalPlace(framework).id ? undefined : placeId);
  const update = (next: Partial<Deck>, nextPlace = placeId) =>
    setParams(new URLSearchParams(deckQuery({ ...deck, ...next }, available, nextPlace === totalPlace(framework).id ? undefined : nextPlace).slice(1)), { replace: true });
  const chosen = new Set(deck.ambitions);
  // Chosen ambitions in deck order, then the rest in the partnership's order.
  const ordered = [...deck.ambitions, ...available.filter((n) => !chosen.has(n))];
  const moveAmbition = (n: number, by: -1 | 1) => {
    const list = [...deck.ambitions];
    const at = list.indexOf(n);
    [list[at], list[at + by]] = [list[at + by]!, list[at]!];
    update({ ambitions: list });
  };

  return (
    <article className="presenter-setup" aria-labelledby="setup-title">
      <title>{`Present at a meeting – ${framework.shortName} – Ambitions dashboard`}</title>
      <h1 id="setup-title" tabIndex={-1}>
        Present at a meeting
      </h1>
      <p className="page-heading__lead">One {words.one} per slide, full screen, for the projector. The first slide sums up every status.</p>
      <div className="presenter-setup__actions">
        <Link className="button" to={`/${framework.id}/present/summary${query}`}>
          Start presenting
        </Link>
        <Link className="button button--secondary" to={`/${framework.id}/board-pack${query}`}>
          Board pack to print or save as PDF
        </Link>
      </div>
      <PlaceSelect places={framework.places} value={placeId} onChange={(p) => update({}, p)} label="Figures for" />
      <fieldset className="presenter-setup__choice">
        <legend>Show each {words.one} as</legend>
        {(['chart', 'table'] as const).map((view) => (
          <label key={view}>
            <input type="radio" name="view" checked={deck.view === view} onChange={() => update({ view })} /> {view === 'chart' ? 'A chart' : 'A table'}
          </label>
        ))}
      </fieldset>
      <div className="field presenter-setup__timer">
        <label htmlFor="presenter-timer">Move to the next slide on its own</label>
        <select id="presenter-timer" value={deck.timer} onChange={(e) => update({ timer: Number(e.target.value) })}>
          {TIMER_CHOICES.map((s) => (
            <option key={s} value={s}>
              {s === 0 ? 'No, I will move on myself' : `After ${s} seconds`}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="presenter-setup__deck">
        <legend>{words.Many} in the deck, in order</legend>
        <ol>
          {ordered.map((n) => {
            const ambition = framework.ambitions.find((a) => a.number === n)!;
            const at = deck.ambitions.indexOf(n);
            return (
              <li key={n}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(n)}
                    disabled={chosen.has(n) && deck.ambitions.length === 1}
                    onChange={() => update({ ambitions: chosen.has(n) ? deck.ambitions.filter((x) => x !== n) : [...deck.ambitions, n] })}
                  />{' '}
                  {n}. {ambition.title}
                </label>
                {chosen.has(n) && (
                  <span className="presenter-setup__move">
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={at === 0}
                      onClick={() => moveAmbition(n, -1)}
                      aria-label={`Move ${ambition.title} earlier`}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={at === deck.ambitions.length - 1}
                      onClick={() => moveAmbition(n, 1)}
                      aria-label={`Move ${ambition.title} later`}
                    >
                      ↓
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </fieldset>
      <section aria-labelledby="keys-title">
        <h2 id="keys-title">Keys while presenting</h2>
        <dl className="presenter-setup__keys">
          <dt>→, Space, Page Down</dt>
          <dd>Next slide (clickers send Page Down)</dd>
          <dt>←, Page Up</dt>
          <dd>Previous slide</dd>
          <dt>Home, End</dt>
          <dd>First or last slide</dd>
          <dt>{available.includes(10) ? '1 to 9, 0' : `1 to ${Math.min(9, Math.max(...available))}`}</dt>
          <dd>{available.includes(10) ? `That ${words.one} (0 is ${words.one} 10)` : `That ${words.one}`}</dd>
          <dt>F</dt>
          <dd>Full screen</dd>
          <dt>T</dt>
          <dd>Chart or table</dd>
          <dt>B</dt>
          <dd>Blank the screen, and back</dd>
          <dt>Esc</dt>
          <dd>Leave (in full screen, first leaves full screen)</dd>
        </dl>
      </section>
    </article>
  );
}
