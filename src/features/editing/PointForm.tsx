import { unitLabel as unitLabelOf } from '../../domain/words/format-value';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { PointEdit } from '../../domain/changes/apply-edit';
import { PERIOD_EXAMPLES } from '../../domain/periods/period';
import { changedFields, withCountsKept } from '../../domain/rules/point-fields';
import { sameContent } from '../../domain/changes/same-content';
import type { DataPoint, Unit } from '../../domain/types';
import { validatePoint, type GapCheck, type PointField, type PointInput } from '../../domain/rules/validate-point';
import { TextField } from '../../components/form/TextField';
import { useToday } from '../../lib/today';

export interface PointFormProps {
  /** The figures already in the series, to check for duplicates and outliers. */
  existing: DataPoint[];
  /** The figure being corrected; absent when adding one. */
  correcting?: DataPoint;
  unitLabel: string;
  /** The indicator's unit: a figure typed with another unit's sign ("12%" for a rate) is refused. */
  unit?: Unit;
  saving: boolean;
  onSave: (edit: PointEdit, note: string) => void;
  onCancel: () => void;
  /** What was typed before a reload, to carry on from. */
  draft?: { input?: PointInput; note?: string };
  /** Told of every keystroke, so a reload does not lose what was typed. */
  onDraft?: (input: PointInput, note: string) => void;
  /** For a gap indicator: asks for the two groups' figures too. */
  gapCheck?: GapCheck;
}

const toInput = (p?: DataPoint): PointInput => ({
  period: p?.period ?? '',
  value: p ? String(p.value) : '',
  lower: p?.lower !== undefined ? String(p.lower) : '',
  upper: p?.upper !== undefined ? String(p.upper) : '',
  source: p?.source ?? '',
  note: p?.note ?? '',
  groupFirst: p?.groups ? String(p.groups[0]) : '',
  groupSecond: p?.groups ? String(p.groups[1]) : '',
  provenance: p?.provenance ?? 'published',
});

const FIELD_ORDER: PointField[] = ['period', 'groupFirst', 'groupSecond', 'value', 'lower', 'upper', 'source', 'note'];

/** Add or correct one figure. The person's input stays in the form until the save is confirmed. */
export function PointForm({ existing, correcting, unitLabel, unit, saving, onSave, onCancel, draft, onDraft, gapCheck }: PointFormProps) {
  const [input, setInput] = useState<PointInput>(() => draft?.input ?? toInput(correcting));
  const [changeNote, setChangeNoteState] = useState(draft?.note ?? '');
  const [errors, setErrors] = useState<Partial<Record<PointField, string>>>({});
  const [warning, setWarning] = useState<string | undefined>();
  // The figure as the form opened on it: a colleague's save that reaches the page meanwhile (the
  // live feed) changes it under the form, and is shown beside the lead's before anything is saved.
  const [openedWith, setOpenedWith] = useState(correcting);
  const overtaken = correcting && openedWith && !sameContent(openedWith, correcting) ? correcting : undefined;
  const refs = useRef<Partial<Record<PointField, HTMLInputElement | null>>>({});
  const formId = useId();
  const today = useToday();
  const set = (field: keyof PointInput) => (value: string) => {
    const next = { ...input, [field]: value };
    setInput(next);
    setWarning(undefined);
    onDraft?.(next, changeNote);
  };
  const setChangeNote = (note: string) => {
    setChangeNoteState(note);
    onDraft?.(input, note);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validatePoint(input, existing, correcting?.period, gapCheck, today.date, unit);
    if (!result.ok) {
      setErrors(result.errors);
      refs.current[FIELD_ORDER.find((f) => result.errors[f])!]?.focus();
      return;
    }
    setErrors({});
    // Never laid over a colleague's new figure unseen: the first save shows both; "Save mine
    // instead" then saves on theirs (overtaken is cleared by taking theirs as the one opened on).
    if (overtaken) return;
    // The first save of an unusual value only asks; saving again unchanged confirms it.
    if (result.farOutside && warning !== result.farOutside) {
      setWarning(result.farOutside);
      return;
    }
    // A correction names the fields the lead changed: applied on a colleague's newer version, it leaves their other changes be.
    const point = withCountsKept(correcting, result.point);
    const edit: PointEdit = correcting ? { kind: 'upsert', point, replacing: correcting.period, changed: changedFields(correcting, point) } : { kind: 'upsert', point };
    onSave(edit, changeNote.trim());
  }

  const title = correcting ? `Correct the ${correcting.period} figure` : 'Add a figure';
  return (
    <form className="point-form" onSubmit={submit} noValidate aria-label={title}>
      <h4 className="point-form__title">{title}</h4>
      <div className="point-form__grid">
        <TextField
          label="Period"
          value={input.period}
          onChange={set('period')}
          error={errors.period}
          hint={`For example ${PERIOD_EXAMPLES}.`}
          inputRef={(el) => void (refs.current.period = el)}
        />
        {gapCheck && (
          <>
            <TextField
              label={`${gapCheck.gap.groups[0]} (${unitLabelOf(gapCheck.gap.groupUnit)}, optional)`}
              value={input.groupFirst ?? ''}
              onChange={set('groupFirst')}
              error={errors.groupFirst}
              inputMode="decimal"
              inputRef={(el) => void (refs.current.groupFirst = el)}
            />
            <TextField
              label={`${gapCheck.gap.groups[1]} (${unitLabelOf(gapCheck.gap.groupUnit)}, optional)`}
              value={input.groupSecond ?? ''}
              onChange={set('groupSecond')}
              error={errors.groupSecond}
              inputMode="decimal"
              inputRef={(el) => void (refs.current.groupSecond = el)}
            />
          </>
        )}
        <TextField
          label={gapCheck ? `Gap (${unitLabel}; blank to work it out from the groups)` : `Value (${unitLabel})`}
          value={input.value}
          onChange={set('value')}
          error={errors.value}
          inputMode="decimal"
          hint="For example 1,234.5 or 12%."
          inputRef={(el) => void (refs.current.value = el)}
        />
        <TextField
          label="Lower bound (optional)"
          value={input.lower}
          onChange={set('lower')}
          error={errors.lower}
          inputMode="decimal"
          inputRef={(el) => void (refs.current.lower = el)}
        />
        <TextField
          label="Upper bound (optional)"
          value={input.upper}
          onChange={set('upper')}
          error={errors.upper}
          inputMode="decimal"
          inputRef={(el) => void (refs.current.upper = el)}
        />
        <TextField label="Source (optional)" value={input.source} onChange={set('source')} error={errors.source} inputRef={(el) => void (refs.current.source = el)} />
        <TextField label="Note on the figure (optional)" value={input.note} onChange={set('note')} error={errors.note} inputRef={(el) => void (refs.current.note = el)} />
        <fieldset className="target-fields__choice">
          <legend>This figure is</legend>
          {(
            [
              ['published', 'Published (from a named source)'],
              ['illustrative', 'Illustrative (not a published figure)'],
            ] as const
          ).map(([provenance, label]) => (
            <label key={provenance}>
              <input type="radio" name={`${formId}-provenance`} checked={(input.provenance ?? 'published') === provenance} onChange={() => set('provenance')(provenance)} /> {label}
            </label>
          ))}
        </fieldset>
      </div>
      <TextField label="Why are you making this change? (optional, kept in the history)" value={changeNote} onChange={setChangeNote} multiline />
      {warning && (
        <p className="point-form__warning" role="alert">
          {warning}
        </p>
      )}
      {overtaken && openedWith && (
        <div className="point-form__warning" role="alert">
          <p>
            <strong>This figure was changed by someone else while you were correcting it.</strong> Nothing is saved until you choose.
          </p>
          <ul>
            <li>When you opened it: {figureWords(openedWith, unitLabel)}</li>
            <li>Theirs, now saved: {figureWords(overtaken, unitLabel)}</li>
            <li>
              Yours: {input.value.trim() || '(no value)'} {unitLabel}
            </li>
          </ul>
          <div className="point-form__actions">
            <button type="button" className="button" onClick={() => setOpenedWith(overtaken)}>
              Put mine over theirs
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              Keep theirs
            </button>
          </div>
        </div>
      )}
      <div className="point-form__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : warning ? 'Yes, save this value' : 'Save figure'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A figure in words for the comparison: its value, and its interval where it has one. */
function figureWords(point: DataPoint, unitLabel: string): string {
  const interval = point.lower !== undefined && point.upper !== undefined ? ` (95% interval ${point.lower} to ${point.upper})` : '';
  return `${point.value} ${unitLabel}${interval}`;
}
