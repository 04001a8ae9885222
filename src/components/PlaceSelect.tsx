import { useId } from 'react';
import type { Place } from '../domain/types';

export interface PlaceSelectProps {
  places: Place[];
  value: string;
  onChange: (placeId: string) => void;
  label?: string;
  /** Label and list on one line, in a row of controls. */
  inline?: boolean;
}

export function PlaceSelect({ places, value, onChange, label = 'Show figures for', inline = false }: PlaceSelectProps) {
  const id = useId();
  const note = places.find((p) => p.id === value)?.note;
  return (
    <div className={inline ? 'place-select place-select--inline' : 'place-select'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={note ? `${id}-note` : undefined}>
        {places.map((p) => (
          <option key={p.id} value={p.id}>
            {p.isTotal && places.length > 1 ? `${p.name} (whole partnership)` : p.name}
          </option>
        ))}
      </select>
      {note && (
        <p id={`${id}-note`} className="place-select__note">
          {note}
        </p>
      )}
    </div>
  );
}
