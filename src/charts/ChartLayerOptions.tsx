import type { ChartLayer, ChartLayers } from './chart-style';

const LABELS: Record<ChartLayer, string> = {
  path: 'Straight path to target',
  trend: 'Recent trend',
  interval: '95% interval',
};

/** Lets a reader declutter the charts; the figures, summary and table are unaffected. */
export function ChartLayerOptions({ layers, onToggle }: { layers: ChartLayers; onToggle: (layer: ChartLayer) => void }) {
  return (
    <fieldset className="chart-layer-options">
      <legend>Draw on charts</legend>
      <div className="compare-places__options">
        {(Object.keys(LABELS) as ChartLayer[]).map((layer) => (
          <label key={layer} className="checkbox">
            <input type="checkbox" checked={layers[layer]} onChange={() => onToggle(layer)} />
            <span>{LABELS[layer]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
