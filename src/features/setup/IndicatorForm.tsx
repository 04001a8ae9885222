import { ProvenanceField } from './ProvenanceField';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { numbered, wordsOf } from '../../domain/words/terms';
import type { Ambition, Direction, Framework, Indicator } from '../../domain/types';
import { UNIT_KINDS, validateIndicator, validateNewIndicator, type IndicatorInput } from '../../domain/rules/validate-setup';
import { useQueueEdits, useSendPendingChange } from '../../outbox/use-outbox';
import { SetupForm, useFields } from './SetupForm';
import type { SetupChange } from './use-setup-change';

const DIRECTIONS: { value: Direction; label: string }[] = [
  { value: 'higher-is-better', label: 'Higher is better' },
  { value: 'lower-is-better', label: 'Lower is better' },
];

function inputOf(i: Indicator | undefined): IndicatorInput {
  const fingertips = i?.fingertips?.kind === 'indicator' ? i.fingertips : undefined;
  return {
    name: i?.name ?? '',
    definition: i?.definition ?? '',
    unitKind: i?.unit.kind ?? 'percent',
    unitLabel: i?.unit.label ?? '%',
    decimals: String(i?.unit.decimals ?? 1),
    direction: i?.direction ?? 'higher-is-better',
    baselinePeriod: i?.baselinePeriod ?? '',
    baselineValue: '',
    target: { id: '', label: 'Target', period: '', kind: 'absolute', amount: '', basePeriod: '', note: '', provenance: 'published', source: '' },
    source: i?.source ?? '',
    // A new indicator's is chosen by a person: nothing is published by default.
    provenance: i?.provenance ?? '',
    fingertipsId: fingertips ? String(fingertips.indicatorId) : '',
    fingertipsSex: fingertips?.sex ?? 'Persons',
    fingertipsAge: fingertips?.age ?? '',
  };
}

/**
 * An indicator: what it measures and how (name, definition, unit, precision, direction), where its
 * figures are in Fingertips, and, when added, its baseline (period and, for the partnership as a
 * whole, its figure) and first target. Later changes to the baseline and targets, and each place's
 * figures, are made on the ambition page, with their own history.
 */
export function IndicatorForm({
  framework,
  setup,
  ambition,
  indicator,
  onDone,
}: {
  framework: Framework;
  setup: SetupChange;
  ambition: Ambition;
  indicator?: Indicator;
  onDone: () => void;
}) {
  const words = wordsOf(framework);
  const whole = framework.places.find((p) => p.isTotal);
  const queueEdits = useQueueEdits();
  const sendFigures = useSendPendingChange();
  const { values, set } = useFields(() => inputOf(indicator));
  const setTarget = (field: keyof IndicatorInput['target']) => (value: string) => set('target')({ ...values.target, [field]: value });
  return (
    <SetupForm
      title={indicator ? `Change “${indicator.name}”` : `Add an indicator to ${numbered(words, ambition.number)}`}
      submitLabel={indicator ? 'Save the indicator' : 'Add the indicator'}
      saving={setup.saving}
      level={4}
      onCancel={onDone}
      onSubmit={async () => {
        const withSource = { ...values, target: { ...values.target, source: values.target.source || values.source, provenance: values.provenance || 'illustrative' } };
        const checked = indicator ? validateIndicator(withSource, framework, indicator) : validateNewIndicator(withSource, framework);
        if (!checked.ok) return checked.errors;
        const { indicator: i, baseline } = 'indicator' in checked.value ? checked.value : { indicator: checked.value, baseline: undefined };
        const outcome = await setup.changeAndSend(
          indicator ? `Changed the indicator “${i.name}”` : `Added the indicator “${i.name}” to ${numbered(words, ambition.number)}`,
          (f) => ({
            ...f,
            ambitions: f.ambitions.map((a) =>
              a.number !== ambition.number ? a : { ...a, indicators: indicator ? a.indicators.map((x) => (x.id === i.id ? i : x)) : [...a.indicators, i] },
            ),
          }),
        );
        if (outcome === undefined) return false;
        // Its baseline figure is a figure like any other: kept with the figures, and sent once the
        // indicator is there (now, or when the set-up change is sent).
        if (baseline && whole && setup.editor) {
          const kept = await queueEdits({
            frameworkId: framework.id,
            labels: { indicator: i.name, place: whole.name, ambitionNumber: ambition.number },
            saved: { indicatorId: i.id, placeId: whole.id, version: 0, points: [] },
            edits: [{ kind: 'upsert', point: baseline }],
            editor: setup.editor,
            note: 'The baseline figure, given with the indicator',
          });
          if (outcome === 'saved') void sendFigures(kept.id);
        }
        onDone();
        return true;
      }}
    >
      {(errors) => (
        <>
          <TextField label="Name" value={values.name} onChange={set('name')} error={errors.name} />
          <TextField
            label="Definition"
            hint="What is counted and how, in plain words."
            value={values.definition}
            onChange={set('definition')}
            error={errors.definition}
            multiline
          />
          <SelectField
            label="Unit"
            value={values.unitKind}
            onChange={(kind) => {
              set('unitKind')(kind);
              set('unitLabel')(UNIT_KINDS.find((u) => u.kind === kind)?.hint ?? '');
            }}
            options={UNIT_KINDS.map((u) => ({ value: u.kind, label: u.label }))}
          />
          <TextField
            label="Unit as read after the number"
            hint="For example “per 100,000”, “out of 12”, “carers”."
            value={values.unitLabel}
            onChange={set('unitLabel')}
            error={errors.unitLabel}
          />
          <TextField label="Decimal places" value={values.decimals} onChange={set('decimals')} error={errors.decimals} inputMode="decimal" />
          <SelectField label="Which way is better" value={values.direction} onChange={set('direction')} options={DIRECTIONS} />
          <ProvenanceField label="Is the indicator published?" value={values.provenance} onChange={set('provenance')} error={errors.provenance} />
          {!indicator && (
            <>
              <TextField
                label="Baseline period"
                hint="For example 2019/20, 2019 or 2016-18."
                value={values.baselinePeriod}
                onChange={set('baselinePeriod')}
                error={errors.baselinePeriod}
              />
              <TextField
                label={`Baseline figure${whole ? ` for ${whole.name}` : ''} (optional)`}
                hint="The figure for the baseline period, which the status is judged from. Each place’s own figures are added on the ambition’s page."
                value={values.baselineValue}
                onChange={set('baselineValue')}
                error={errors.baselineValue}
                inputMode="decimal"
              />
              <TextField label="Source of the figures" value={values.source} onChange={set('source')} error={errors.source} />
              <TextField label="Target name" value={values.target.label} onChange={setTarget('label')} error={errors['targets.0.label']} />
              <TextField
                label="Target period"
                hint="When it should be reached, e.g. 2026/27."
                value={values.target.period}
                onChange={setTarget('period')}
                error={errors['targets.0.period']}
              />
              <SelectField
                label="Target as"
                value={values.target.kind}
                onChange={(kind) => set('target')({ ...values.target, kind })}
                options={[
                  { value: 'absolute', label: 'A value to reach' },
                  { value: 'relative', label: 'A change from the baseline, in percent' },
                ]}
              />
              <TextField
                label={values.target.kind === 'absolute' ? 'Target value' : 'Change from the baseline (%)'}
                hint={values.target.kind === 'absolute' ? undefined : 'Negative for a fall: −10 is 10% lower.'}
                value={values.target.amount}
                onChange={setTarget('amount')}
                error={errors['targets.0.amount']}
                inputMode="decimal"
              />
            </>
          )}
          <TextField
            label="Fingertips indicator id (optional)"
            hint="Where its figures are in OHID Fingertips, e.g. 41001."
            value={values.fingertipsId}
            onChange={set('fingertipsId')}
            error={errors.fingertipsId}
            inputMode="decimal"
          />
          {values.fingertipsId.trim() && (
            <>
              <TextField
                label="Fingertips sex"
                hint="As Fingertips writes it: Persons, Male or Female."
                value={values.fingertipsSex}
                onChange={set('fingertipsSex')}
                error={errors.fingertipsSex}
              />
              <TextField
                label="Fingertips age"
                hint="As Fingertips writes it, e.g. “All ages”, “10+ yrs”."
                value={values.fingertipsAge}
                onChange={set('fingertipsAge')}
                error={errors.fingertipsAge}
              />
            </>
          )}
        </>
      )}
    </SetupForm>
  );
}
