import { frameworkSchema } from '../../data-source/schemas';
import { WYH_FRAMEWORK } from '../../../mocks/data/wyh/framework';
import { ONE_HALTON_FRAMEWORK } from '../../../mocks/data/examples/one-halton-carers';
import { frameworkFromTables, frameworkToTables } from './framework-sheets';
import type { Framework } from '../types';

/** The tables as a spreadsheet gives them back: every cell text. */
const asRead = (f: Framework) => new Map(frameworkToTables(f).map((t) => [t.name, t.rows.map((r) => r.map((c) => (c === undefined ? '' : String(c))))]));

describe('a framework as a workbook, a sheet per table', () => {
  it.each([WYH_FRAMEWORK, ONE_HALTON_FRAMEWORK])('reads back as the same framework ($shortName)', (framework) => {
    const read = frameworkFromTables(asRead(framework), framework);
    expect(read.problems).toEqual([]);
    const parsed = frameworkSchema.safeParse(read.framework);
    expect(parsed.error).toBeUndefined();
    expect(parsed.data).toEqual(frameworkSchema.parse(framework));
  });

  it('keeps what the sheets do not carry (action updates, comments, Fingertips area types) for the rows it matches', () => {
    const sheets = asRead(ONE_HALTON_FRAMEWORK);
    sheets.get('Actions')![1]![2] = 'A renamed action';
    const read = frameworkFromTables(sheets, ONE_HALTON_FRAMEWORK);
    const action = read.framework!.ambitions[0]!.actions![0]!;
    expect(action.title).toBe('A renamed action');
    expect(action.updates).toEqual(ONE_HALTON_FRAMEWORK.ambitions[0]!.actions![0]!.updates);
  });

  it('names the sheet and row of each row it cannot place, and a missing sheet or column', () => {
    const sheets = asRead(ONE_HALTON_FRAMEWORK);
    sheets.get('Indicators')![1]![0] = '12';
    sheets.get('Targets')![1]![0] = 'no-such-indicator';
    sheets.get('Actions')![0]![3] = 'Who';
    sheets.delete('Programmes');
    // Excel keeps a typed date as a serial day number: it is read as the date.
    sheets.get('Actions')![2]![4] = '46112';
    const read = frameworkFromTables(sheets, ONE_HALTON_FRAMEWORK);
    expect(read.problems).toEqual([
      'Indicators, row 2: there is no ambition 12 in the Ambitions sheet.',
      'Targets, row 2: there is no indicator “no-such-indicator” in the Indicators sheet.',
      'Actions, row 1: the column “Owner” is missing.',
      'There is no sheet called “Programmes”. The workbook needs the sheets Partnership, Places, Ambitions, Indicators, Targets, Actions, Programmes: export one to start from.',
    ]);
    expect(read.framework!.ambitions[0]!.actions![1]!.due).toBe('2026-03-31');
  });

  it('opens with an instructions sheet listing every allowed code, which import does not read', () => {
    const [first] = frameworkToTables(WYH_FRAMEWORK);
    expect(first!.name).toBe('Instructions');
    const text = first!.rows.map((r) => r.join(' | ')).join('\n');
    for (const code of [
      'rate',
      'percentage-points',
      'lower-is-better',
      'higher-is-better',
      'relative',
      'absolute',
      'on-track',
      'not-started',
      'illustrative',
      'At most 50 places',
    ]) {
      expect(text).toContain(code);
    }
    expect(frameworkFromTables(asRead(WYH_FRAMEWORK), WYH_FRAMEWORK).problems).toEqual([]);
  });

  it('refuses a workbook from another partnership', () => {
    const read = frameworkFromTables(asRead(ONE_HALTON_FRAMEWORK), WYH_FRAMEWORK);
    expect(read.problems[0]).toMatch(/^Partnership: the id is “one-halton-carers”, but this is WY&H/);
  });
});
