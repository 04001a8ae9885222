import { useEffect } from 'react';

/** Moves on after `seconds` on a slide, unless paused; the count starts again on every slide. */
export function useAutoAdvance(seconds: number, slideKey: string, paused: boolean, onNext: () => void) {
  useEffect(() => {
    if (seconds <= 0 || paused) return;
    const timer = setTimeout(onNext, seconds * 1000);
    return () => clearTimeout(timer);
  }, [seconds, slideKey, paused, onNext]);
}
