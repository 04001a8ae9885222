import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Place } from '../domain/types';

export interface PlaceSelectProps {
  places: Place[];
  value: string;
  onChange: (placeId: string) => void;
  label?: string;
  /** Label and list on one line, in a row of controls. */
  inline?: boolean;
}

// Keys that move a closed list's choice one place at a time. Each used to load that place's
// figures, so stepping from the first place to the fifth loaded four pages on the way: a choice
// made with them is now held until Enter, or until the list is left (choose, then go).
const STEPPING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export function PlaceSelect({ places, value, onChange, label = 'Show figures for', inline = false }: PlaceSelectProps) {
  const id = useId();
  const stepping = useRef(false);
  const [held, setHeld] = useState<string | undefined>(undefined);
  const shown = held ?? value;
  const note = places.find((p) => p.id === shown)?.note;
  const go = () => {
    stepping.current = false;
    if (held !== undefined && held !== value) onChange(held);
    setHeld(undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (STEPPING_KEYS.has(event.key)) stepping.current = true;
    else if (event.key === 'Enter') go();
  };
  return (
    <div className={inline ? 'place-select place-select--inline' : 'place-select'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={shown}
        onKeyDown={onKeyDown}
        onBlur={go}
        onChange={(e) => {
          if (stepping.current) setHeld(e.target.value);
          else onChange(e.target.value);
        }}
        aria-describedby={[`${id}-how`, note ? `${id}-note` : ''].filter(Boolean).join(' ')}
      >
        {places.map((p) => (
          <option key={p.id} value={p.id}>
            {p.isTotal && places.length > 1 ? `${p.name} (whole partnership)` : p.name}
          </option>
        ))}
      </select>
      <span id={`${id}-how`} className="visually-hidden">
        Choose with the arrow keys, then press Enter.
      </span>
      {note && (
        <p id={`${id}-note`} className="place-select__note">
          {note}
        </p>
      )}
    </div>
  );
}
