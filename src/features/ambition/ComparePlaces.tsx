import type { Place } from '../../domain/types';

export interface ComparePlacesProps {
  places: Place[];
  selected: string[];
  onChange: (ids: string[]) => void;
}

/** Tick the places to draw beside the chosen one: an overlay on the chart, extra columns in the table. */
export function ComparePlaces({ places, selected, onChange }: ComparePlacesProps) {
  // A partnership of one place has nothing to compare with.
  if (places.length === 0) return null;
  const toggle = (id: string, on: boolean) => onChange(on ? places.filter((p) => p.id === id || selected.includes(p.id)).map((p) => p.id) : selected.filter((s) => s !== id));
  return (
    <fieldset className="compare-places">
      <legend>Compare with</legend>
      <div className="compare-places__options">
        {places.map((p) => (
          <label key={p.id} className="checkbox">
            <input type="checkbox" checked={selected.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
            <span>{p.isTotal ? `${p.name} (whole partnership)` : p.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
