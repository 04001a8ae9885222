import { EXAMPLE_DATASETS } from '../../../mocks/data/examples';
import { WYH_FRAMEWORK } from '../../../mocks/data/wyh/framework';
import { glossaryFor, glossaryOf } from './glossary';

const indicator = (id: string) => WYH_FRAMEWORK.ambitions.flatMap((a) => a.indicators).find((i) => i.id === id)!;

describe('the glossary', () => {
  it('explains the units and abbreviations each WY&H indicator uses', () => {
    expect(glossaryFor(indicator('antibiotic-items')).map((e) => e.term)).toEqual(['STAR-PU']);
    expect(glossaryFor(indicator('smi-excess-mortality')).map((e) => e.term)).toEqual(['Excess deaths (%)', 'Severe mental illness (SMI)']);
    expect(glossaryFor(indicator('suicide-rate')).map((e) => e.term)).toEqual(['per 100,000']);
    expect(glossaryFor(indicator('le-gap-male')).map((e) => e.term)).toContain('Gap in life expectancy');
    expect(glossaryOf(WYH_FRAMEWORK).map((e) => e.term)).toEqual(expect.arrayContaining(['STAR-PU', 'tCO2e', 'Excess deaths (%)', 'Percentage points']));
  });

  it('does not match a term inside another word', () => {
    expect(glossaryFor({ name: 'Smiles per hour', definition: 'How often people smile.', unit: { kind: 'count', label: 'smiles', decimals: 0 } })).toEqual([]);
  });

  it('lists for each example partnership only the entries its indicators use', () => {
    for (const { framework } of EXAMPLE_DATASETS) {
      const terms = glossaryOf(framework).map((e) => e.term);
      expect(terms).not.toContain('STAR-PU');
    }
  });
});
