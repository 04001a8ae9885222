import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { codeLoader } from './preloadable';

/**
 * A component whose code loads once `when` is true, drawing nothing (or `fallback`) until it has. Unlike
 * React.lazy, a failed load is not final: a device that went offline at that moment tries again
 * as soon as the browser says it is back online, and every `retryMs` meanwhile. For parts that
 * must come in the end but need not come first, such as the counter and sender of kept changes.
 */
export function codeWhen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, retryMs = 10_000, fallback: ReactNode = null) {
  const { preload, loaded } = codeLoader(load);

  return function CodeWhen({ when, ...props }: P & { when: boolean }) {
    const [Component, setComponent] = useState(loaded);
    useEffect(() => {
      if (Component || !when) return;
      let stopped = false;
      let inFlight = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const attempt = () => {
        if (inFlight) return;
        inFlight = true;
        preload().then(
          (module) => {
            inFlight = false;
            if (!stopped) setComponent(() => module.default);
          },
          () => {
            inFlight = false;
            if (!stopped) timer = setTimeout(attempt, retryMs);
          },
        );
      };
      const backOnline = () => {
        clearTimeout(timer);
        attempt();
      };
      attempt();
      window.addEventListener('online', backOnline);
      return () => {
        stopped = true;
        clearTimeout(timer);
        window.removeEventListener('online', backOnline);
      };
    }, [Component, when]);
    return Component ? <Component {...(props as unknown as P)} /> : fallback;
  };
}
