import { lazy, useState, type ComponentType } from 'react';

/**
 * A module's code, fetched once on first asking and kept; a failed fetch (offline for a moment) is
 * forgotten, so the next asking tries again. Shared by the two ways a component's code is loaded
 * on demand here: `preloadable` (suspends, like React.lazy) and `codeWhen` (draws nothing until here).
 */
export function codeLoader<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return { preload, loaded: () => loaded };
}

/**
 * A component whose code loads on demand, like React.lazy, but which can be told to start loading
 * early, and which, once loaded, renders at once instead of suspending. That matters: React 19
 * holds back content that suspended for up to 300 ms, to reveal several boundaries together, so a
 * detail page whose route and chart code were fetched ahead still waited twice (measured: 0.6 s of
 * a 2 s load spent idle).
 */
export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  const { preload, loaded } = codeLoader(load);
  const Lazy = lazy(preload);
  function Preloadable(props: P) {
    // Chosen once per place in the page: switching from the lazy wrapper to the loaded component
    // on a later render would be a different type to React, which would throw away everything
    // below it (a half-made edit included).
    const [Component] = useState(() => loaded() ?? Lazy);
    return <Component {...props} />;
  }
  return { Component: Preloadable, preload };
}
