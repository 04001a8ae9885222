import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Framework } from '../../domain/types';

export type DetailView = 'chart' | 'table';

/**
 * The detail page's choices, kept in the URL so a link reproduces the same view:
 * ?place=leeds&compare=calderdale,kirklees&view=table
 */
export function useDetailParams(framework: Framework, chosenPlaceId: string) {
  const [params, setParams] = useSearchParams();
  const known = new Set(framework.places.map((p) => p.id));
  const compareIds = (params.get('compare') ?? '').split(',').filter((id, i, all) => known.has(id) && id !== chosenPlaceId && all.indexOf(id) === i);
  const view: DetailView = params.get('view') === 'table' ? 'table' : 'chart';

  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        change(next);
        return next;
      }),
    [setParams],
  );

  const setCompare = useCallback((ids: string[]) => update((next) => (ids.length ? next.set('compare', ids.join(',')) : next.delete('compare'))), [update]);
  const setView = useCallback((v: DetailView) => update((next) => (v === 'table' ? next.set('view', 'table') : next.delete('view'))), [update]);
  return { compareIds, setCompare, view, setView };
}
