// A presenter's deck as the URL holds it, so it can be set up before the meeting and shared:
//   /wyh/present/5?place=leeds&deck=1,5,3&view=table&timer=30
// The first slide is always the summary of every status; then the chosen ambitions in order.

export type SlideId = 'summary' | number;
export type DeckView = 'chart' | 'table';

export interface Deck {
  /** Ambition numbers in the order they are shown. */
  ambitions: number[];
  view: DeckView;
  /** Seconds per slide when advancing on its own; 0 for off. */
  timer: number;
}

export const TIMER_CHOICES = [0, 15, 30, 60, 120] as const;

/** Reads a deck from the URL, keeping what is valid: unknown or repeated ambitions are dropped. */
export function readDeck(params: URLSearchParams, available: readonly number[]): Deck {
  const listed = (params.get('deck') ?? '')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n, i, all) => Number.isInteger(n) && available.includes(n) && all.indexOf(n) === i);
  const timer = Number(params.get('timer'));
  return {
    ambitions: listed.length > 0 ? listed : [...available],
    view: params.get('view') === 'table' ? 'table' : 'chart',
    timer: (TIMER_CHOICES as readonly number[]).includes(timer) ? timer : 0,
  };
}

/** The URL query for a deck; the defaults are left out to keep links short. */
export function deckQuery(deck: Deck, available: readonly number[], placeId?: string): string {
  const params = new URLSearchParams();
  if (placeId) params.set('place', placeId);
  if (deck.ambitions.join(',') !== available.join(',')) params.set('deck', deck.ambitions.join(','));
  if (deck.view === 'table') params.set('view', 'table');
  if (deck.timer > 0) params.set('timer', String(deck.timer));
  const text = params.toString();
  return text ? `?${text.replace(/%2C/g, ',')}` : '';
}

export const slidesOf = (deck: Deck): SlideId[] => ['summary', ...deck.ambitions];

/** The slide a URL segment names, or undefined when it names none in this deck. */
export function parseSlide(segment: string | undefined, deck: Deck): SlideId | undefined {
  if (segment === undefined || segment === 'summary') return 'summary';
  const n = Number(segment);
  return deck.ambitions.includes(n) ? n : undefined;
}

export type DeckMove = 'next' | 'previous' | 'first' | 'last' | { jumpTo: number };

/** Where a move lands; at either end it stays put rather than wrapping round mid-meeting. */
export function move(deck: Deck, current: SlideId, m: DeckMove): SlideId {
  const slides = slidesOf(deck);
  const at = slides.indexOf(current);
  if (m === 'next') return slides[Math.min(at + 1, slides.length - 1)]!;
  if (m === 'previous') return slides[Math.max(at - 1, 0)]!;
  if (m === 'first') return slides[0]!;
  if (m === 'last') return slides[slides.length - 1]!;
  return deck.ambitions.includes(m.jumpTo) ? m.jumpTo : current;
}

/**
 * The keys a presenter (or a clicker, which sends PageUp/PageDown) uses. Number keys jump to that
 * ambition, 0 to ambition 10.
 */
export type KeyAction = { move: DeckMove } | 'fullscreen' | 'leave' | 'blank' | 'toggle-view';

export function keyAction(key: string): KeyAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      return { move: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { move: 'previous' };
    case 'Home':
      return { move: 'first' };
    case 'End':
      return { move: 'last' };
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'leave';
    case 'b':
    case 'B':
      return 'blank';
    case 't':
    case 'T':
      return 'toggle-view';
    default:
      return /^[0-9]$/.test(key) ? { move: { jumpTo: key === '0' ? 10 : Number(key) } } : undefined;
  }
}
