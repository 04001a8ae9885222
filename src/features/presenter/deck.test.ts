import fc from 'fast-check';
import { deckQuery, keyAction, move, parseSlide, readDeck, slidesOf, type Deck } from './deck';

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const deck = (query: string) => readDeck(new URLSearchParams(query), ALL);

describe('the deck in the URL', () => {
  it('defaults to every ambition, as a chart, without a timer', () => {
    expect(deck('')).toEqual({ ambitions: ALL, view: 'chart', timer: 0 });
  });

  it("keeps the presenter's order, drops unknown and repeated ambitions, and ignores odd timers", () => {
    expect(deck('deck=5,1,x,5,12,3&view=table&timer=30')).toEqual({ ambitions: [5, 1, 3], view: 'table', timer: 30 });
    expect(deck('timer=7').timer).toBe(0);
  });

  it('writes a short query that reads back the same deck', () => {
    const d: Deck = { ambitions: [5, 1, 3], view: 'table', timer: 30 };
    expect(deckQuery(d, ALL, 'leeds')).toBe('?place=leeds&deck=5,1,3&view=table&timer=30');
    expect(deckQuery(deck(''), ALL)).toBe('');
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ALL), { minLength: 1 }), fc.constantFrom('chart', 'table'), fc.constantFrom(0, 15, 30, 60, 120), (ambitions, view, timer) => {
        const original: Deck = { ambitions, view: view as Deck['view'], timer };
        expect(deck(deckQuery(original, ALL).slice(1))).toEqual(original);
      }),
    );
  });

  it('names each slide in the URL', () => {
    const d = deck('deck=5,1');
    expect(parseSlide(undefined, d)).toBe('summary');
    expect(parseSlide('1', d)).toBe(1);
    expect(parseSlide('4', d)).toBeUndefined();
  });
});

describe('moving through the deck', () => {
  const d = deck('deck=5,1,3');
  it('starts with the summary and stops at either end', () => {
    expect(slidesOf(d)).toEqual(['summary', 5, 1, 3]);
    expect(move(d, 'summary', 'previous')).toBe('summary');
    expect(move(d, 'summary', 'next')).toBe(5);
    expect(move(d, 3, 'next')).toBe(3);
    expect(move(d, 1, 'first')).toBe('summary');
    expect(move(d, 'summary', 'last')).toBe(3);
  });

  it('jumps by number only to ambitions in the deck', () => {
    expect(move(d, 'summary', { jumpTo: 3 })).toBe(3);
    expect(move(d, 5, { jumpTo: 7 })).toBe(5);
  });

  it('always lands on a slide of the deck', () => {
    const moves = fc.oneof(fc.constantFrom('next', 'previous', 'first', 'last' as const), fc.record({ jumpTo: fc.integer({ min: 0, max: 12 }) }));
    fc.assert(
      fc.property(fc.array(moves, { maxLength: 30 }), (ms) => {
        let at: ReturnType<typeof move> = 'summary';
        for (const m of ms) at = move(d, at, m as Parameters<typeof move>[2]);
        expect(slidesOf(d)).toContain(at);
      }),
    );
  });
});

describe('keys', () => {
  it.each([
    ['ArrowRight', { move: 'next' }],
    [' ', { move: 'next' }],
    ['PageDown', { move: 'next' }],
    ['ArrowLeft', { move: 'previous' }],
    ['PageUp', { move: 'previous' }],
    ['Home', { move: 'first' }],
    ['End', { move: 'last' }],
    ['4', { move: { jumpTo: 4 } }],
    ['0', { move: { jumpTo: 10 } }],
    ['f', 'fullscreen'],
    ['Escape', 'leave'],
    ['b', 'blank'],
    ['T', 'toggle-view'],
    ['x', undefined],
  ])('%j means %j', (key, action) => {
    expect(keyAction(key)).toEqual(action);
  });
});
