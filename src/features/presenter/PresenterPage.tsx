import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useFramework } from '../../api/get-framework';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { Framework } from '../../domain/types';
import { totalPlace } from '../../hooks/use-place-param';
import { AmbitionSlide } from './AmbitionSlide';
import { keyAction, slidesOf } from './deck';
import { useBlanked, usePaused, usePresenterActions } from './presenter-store';
import { SummarySlide } from './SummarySlide';
import { useAutoAdvance } from './use-auto-advance';
import { useDeck } from './use-deck';
import './presenter.css';

/** Full screen, one ambition per slide, driven by the keyboard or a clicker. No app chrome. */
export default function PresenterPage() {
  const { frameworkId = '' } = useParams();
  const framework = useFramework(frameworkId);
  if (framework.isPending)
    return (
      <p className="presenter presenter--message" role="status">
        Loading the ambitions…
      </p>
    );
  if (framework.isError) {
    return (
      <main className="presenter presenter--message">
        <h1>The presenter cannot start</h1>
        <ErrorMessage title="The ambitions could not be loaded" error={framework.error} onRetry={() => void framework.refetch()} />
      </main>
    );
  }
  return <Presenter framework={framework.data} />;
}

function Presenter({ framework }: { framework: Framework }) {
  const { deck, slide, placeId, moveBy, toggleView, leave } = useDeck(framework);
  const blanked = useBlanked();
  const paused = usePaused();
  const { blankToggled, pauseToggled, presenterLeft } = usePresenterActions();
  const place = framework.places.find((p) => p.id === placeId) ?? totalPlace(framework);
  const slides = slidesOf(deck);
  const position = slide === undefined ? -1 : slides.indexOf(slide);
  const controlsShown = useControlsShown();

  const next = useCallback(() => moveBy('next'), [moveBy]);
  useAutoAdvance(position < slides.length - 1 ? deck.timer : 0, String(slide), paused || blanked, next);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      // Keys typed into a control (the timer's button, a link) keep their own meaning, except Esc.
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action = keyAction(event.key);
      if (!action) return;
      const target = event.target as HTMLElement | null;
      if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button, a')) return;
      event.preventDefault();
      if (action === 'blank') return blankToggled();
      if (blanked && action !== 'leave') return blankToggled();
      if (action === 'fullscreen') return void toggleFullscreen();
      if (action === 'leave') {
        // In full screen the browser's own Esc leaves full screen first.
        presenterLeft();
        return leave();
      }
      if (action === 'toggle-view') return toggleView();
      moveBy(action.move);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [blanked, blankToggled, presenterLeft, leave, toggleView, moveBy]);

  const ambition = typeof slide === 'number' ? framework.ambitions.find((a) => a.number === slide) : undefined;
  const label = slide === 'summary' ? 'Summary of all ambitions' : ambition ? `Ambition ${ambition.number}: ${ambition.title}` : '';

  return (
    <div className="presenter">
      <title>{`${label || 'Presenter'} – ${framework.shortName}`}</title>
      <p className="visually-hidden" role="status" aria-live="polite">
        {slide !== undefined ? `Slide ${position + 1} of ${slides.length}: ${label}` : ''}
      </p>
      {blanked ? (
        <div className="presenter__blank" role="note">
          <span className="visually-hidden">The screen is blanked. Press B to show the slide again.</span>
        </div>
      ) : (
        <main className="presenter__slide">
          {slide === undefined ? (
            <section className="slide">
              <h1 className="slide__title">This slide is not in the deck</h1>
              <p>Press Home for the first slide, or Esc to choose the deck.</p>
            </section>
          ) : slide === 'summary' ? (
            <SummarySlide framework={framework} place={place} deck={deck.ambitions} />
          ) : (
            <AmbitionSlide key={slide} framework={framework} ambition={ambition!} place={place} view={deck.view} />
          )}
        </main>
      )}
      {/* Off the projected slide: shown while the pointer moves or a control has focus, then out of the way. */}
      <nav className={`presenter__controls${controlsShown ? ' presenter__controls--shown' : ''}`} aria-label="Presenter controls">
        <button type="button" onClick={() => moveBy('previous')} disabled={position <= 0}>
          ← Previous
        </button>
        <span className="presenter__position">
          {position + 1} / {slides.length}
        </span>
        <button type="button" onClick={() => moveBy('next')} disabled={position >= slides.length - 1}>
          Next →
        </button>
        <button type="button" onClick={toggleView}>
          {deck.view === 'chart' ? 'Table (T)' : 'Chart (T)'}
        </button>
        <button type="button" onClick={() => void toggleFullscreen()}>
          Full screen (F)
        </button>
        {deck.timer > 0 && (
          <button type="button" onClick={pauseToggled} aria-pressed={paused}>
            {paused ? `Resume (${deck.timer} s)` : `Pause timer (${deck.timer} s)`}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            presenterLeft();
            leave();
          }}
        >
          Leave (Esc)
        </button>
      </nav>
    </div>
  );
}

function toggleFullscreen(): Promise<void> | undefined {
  if (document.fullscreenElement) return document.exitFullscreen?.();
  return document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Whether the pointer has moved in the last few seconds: the controls show then, and hide after. */
/** The share of the screen's height, at the bottom, where the pointer brings the controls up. */
const CONTROLS_ZONE = 0.12;

function useControlsShown(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      setShown(true);
      clearTimeout(timer);
      timer = setTimeout(() => setShown(false), 3000);
    };
    // Only a pointer brought down to the bar's own strip shows it: a presenter moving the mouse
    // across the slide, pointing at the chart, no longer hides its axis and legend behind it.
    const onMove = (event: PointerEvent) => {
      if (event.clientY >= window.innerHeight * (1 - CONTROLS_ZONE)) show();
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerdown', show);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerdown', show);
    };
  }, []);
  return shown;
}
