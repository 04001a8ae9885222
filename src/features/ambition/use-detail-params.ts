import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useChartLayerActions, useChartLayers } from '../../charts/chart-layers-store';
import { ALL_LAYERS, type ChartLayer, type ChartLayers } from '../../charts/chart-style';
import type { Framework } from '../../domain/types';

const LAYER_NAMES = Object.keys(ALL_LAYERS) as ChartLayer[];

export type DetailView = 'chart' | 'table';

/**
 * The detail page's choices, kept in the URL so a link reproduces the same view:
 * ?place=leeds&compare=calderdale,kirklees&view=table&hide=trend. Without "hide" the chart draws
 * the layers this browser last chose.
 */
export function useDetailParams(framework: Framework, chosenPlaceId: string) {
  const [params, setParams] = useSearchParams();
  const known = new Set(framework.places.map((p) => p.id));
  const compareIds = (params.get('compare') ?? '').split(',').filter((id, i, all) => known.has(id) && id !== chosenPlaceId && all.indexOf(id) === i);
  const view: DetailView = params.get('view') === 'table' ? 'table' : 'chart';
  const remembered = useChartLayers();
  const { layersChosen } = useChartLayerActions();
  const hide = params.get('hide');
  const layers: ChartLayers = hide === null ? remembered : (Object.fromEntries(LAYER_NAMES.map((l) => [l, !hide.split(',').includes(l)])) as ChartLayers);

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
  const toggleLayer = useCallback(
    (layer: ChartLayer) => {
      const next = { ...layers, [layer]: !layers[layer] };
      layersChosen(next);
      const hidden = LAYER_NAMES.filter((l) => !next[l]);
      update((params) => (hidden.length ? params.set('hide', hidden.join(',')) : params.delete('hide')));
    },
    [layers, layersChosen, update],
  );
  return { compareIds, setCompare, view, setView, layers, toggleLayer };
}
