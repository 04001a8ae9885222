import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';
import { ALL_LAYERS, type ChartLayer, type ChartLayers } from './chart-style';

// Which optional layers a reader wants on the detail charts. A personal preference, not a view
// to share, so it lives in this browser (localStorage) rather than in the URL.

interface ChartLayersState {
  layers: ChartLayers;
  actions: { layerToggled: (layer: ChartLayer) => void; layersReset: () => void };
}

const useChartLayersStore = create<ChartLayersState>()(
  persist(
    (set) => ({
      layers: ALL_LAYERS,
      actions: {
        layerToggled: (layer) => set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } })),
        layersReset: () => set({ layers: ALL_LAYERS }),
      },
    }),
    { name: 'ambitions-dashboard:chart-layers', partialize: (s) => ({ layers: s.layers }) },
  ),
);

export const useChartLayers = (): ChartLayers => useChartLayersStore(useShallow((s) => s.layers));
export const useChartLayerActions = () => useChartLayersStore((s) => s.actions);
