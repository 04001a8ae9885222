import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Framework } from '../../domain/types';
import { deckQuery, move, parseSlide, readDeck, type Deck, type DeckMove, type SlideId } from './deck';

/** The deck and the current slide, from the URL; moving changes the URL, so the back button works. */
export function useDeck(framework: Framework) {
  const [params] = useSearchParams();
  const { slide: segment } = useParams();
  const navigate = useNavigate();
  const { search } = useLocation();
  const available = useMemo(() => framework.ambitions.map((a) => a.number), [framework]);
  const deck = useMemo(() => readDeck(params, available), [params, available]);
  const slide = parseSlide(segment, deck);
  const placeId = params.get('place') ?? undefined;

  const go = useCallback(
    (to: SlideId, nextDeck: Deck = deck) => navigate({ pathname: `/${framework.id}/present/${to}`, search: deckQuery(nextDeck, available, placeId) }),
    [deck, navigate, framework.id, available, placeId],
  );
  const moveBy = useCallback((m: DeckMove) => slide !== undefined && go(move(deck, slide, m)), [deck, slide, go]);
  const toggleView = useCallback(() => slide !== undefined && go(slide, { ...deck, view: deck.view === 'chart' ? 'table' : 'chart' }), [deck, slide, go]);
  const leave = useCallback(() => navigate({ pathname: `/${framework.id}/present`, search }), [navigate, framework.id, search]);

  return { deck, slide, placeId, moveBy, toggleView, leave };
}
