import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';
import { ALL_LAYERS, type ChartLayers } from './chart-style';

// Which optional layers a reader wants on the detail charts, remembered in this browser
// (localStorage) as the default for pages whose address does not say; a page's address carries
// the choice too ("hide=trend"), so a shared link shows the same chart.

interface ChartLayersState {
  layers: ChartLayers;
  actions: { layersChosen: (layers: ChartLayers) => void; layersReset: () => void };
}

const useChartLayersStore = create<ChartLayersState>()(
  persist(
    (set) => ({
      layers: ALL_LAYERS,
      actions: {
        layersChosen: (layers) => set({ layers }),
        layersReset: () => set({ layers: ALL_LAYERS }),
      },
    }),
    { name: 'ambitions-dashboard:chart-layers', partialize: (s) => ({ layers: s.layers }) },
  ),
);

export const useChartLayers = (): ChartLayers => useChartLayersStore(useShallow((s) => s.layers));
export const useChartLayerActions = () => useChartLayersStore((s) => s.actions);
