import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Framework, Place } from '../domain/types';

export function totalPlace(framework: Framework): Place {
  return framework.places.find((p) => p.isTotal)!;
}

/** The place an address asks for (?place=leeds), else the whole partnership (`found` false when the id is not one). */
export function chosenPlace(framework: Framework, requested: string | null): { place: Place; found: boolean } {
  const found = framework.places.find((p) => p.id === requested);
  return { place: found ?? totalPlace(framework), found: found !== undefined };
}

/**
 * The chosen place lives in the URL (?place=leeds) so links can be shared and the back button
 * undoes a choice. An unknown id falls back to the whole partnership and is reported.
 */
export function usePlaceParam(framework: Framework) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('place');
  const { place, found } = chosenPlace(framework, requested);

  const choosePlace = useCallback(
    (placeId: string) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (placeId === totalPlace(framework).id) next.delete('place');
        else next.set('place', placeId);
        return next;
      }),
    [framework, setParams],
  );

  return { place, choosePlace, unknownPlaceId: requested && !found ? requested : undefined };
}
