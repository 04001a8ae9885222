import { useOutletContext } from 'react-router';
import type { Framework } from '../domain/types';

/** The framework the layout has loaded; pages below the layout can rely on it being there. */
export function useCurrentFramework(): Framework {
  return useOutletContext<Framework>();
}
