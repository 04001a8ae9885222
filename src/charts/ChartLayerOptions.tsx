import { useChartLayerActions, useChartLayers } from './chart-layers-store';
import type { ChartLayer } from './chart-style';

const LABELS: Record<ChartLayer, string> = {
  path: 'Straight path to target',
  trend: 'Recent trend',
  interval: '95% interval',
};

/** Lets a reader declutter the charts; the figures, summary and table are unaffected. */
export function ChartLayerOptions() {
  const layers = useChartLayers();
  const { layerToggled } = useChartLayerActions();
  return (
    <fieldset className="chart-layer-options">
      <legend>Draw on charts</legend>
      <div className="compare-places__options">
        {(Object.keys(LABELS) as ChartLayer[]).map((layer) => (
          <label key={layer} className="checkbox">
            <input type="checkbox" checked={layers[layer]} onChange={() => layerToggled(layer)} />
            <span>{LABELS[layer]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
