import { screen, within } from '@testing-library/react';
import { WYH_FRAMEWORK } from '../../../mocks/data/wyh/framework';
import { frameworkToTables } from '../../domain/imports/framework-sheets';
import { writeWorkbook } from '../../lib/xlsx/write-xlsx';
import { identifyEditor } from '../../../tests/helpers/identify-editor';
import { renderApp } from '../../../tests/helpers/render-app';

// A workbook with eight mistakes planted in it: the import lists every one at once, each with its
// sheet and row, and saves nothing. The set-up form and the store run the same rules
// (domain/rules/setup-rules.ts through the framework schema), so none of these is saved by any path.

type Cell = string | number | undefined;

function plantedWorkbook(): Uint8Array {
  const sheets = new Map(frameworkToTables(WYH_FRAMEWORK).map((t) => [t.name, t.rows.map((r) => [...r]) as Cell[][]]));
  const sheet = (name: string) => sheets.get(name)!;
  const column = (name: string, heading: string) => sheet(name)[0]!.indexOf(heading);

  const indicators = sheet('Indicators');
  // 1. A duplicate indicator id: row 3 takes row 2's.
  indicators[2]![column('Indicators', 'Id')] = indicators[1]![column('Indicators', 'Id')];
  // 2. A target dated before its baseline (row 2's baseline is 2016-18 or later).
  sheet('Targets')[1]![column('Targets', 'Period')] = '2010';
  // 3. A bad ONS code.
  sheet('Places')[2]![column('Places', 'ONS codes')] = 'E0700009X';
  // 4. A place with no id: the workbook cannot say which place it is.
  sheet('Places').push(['', 'Unknown place', 'no', '', '']);
  // 5. Text where a number goes.
  indicators[3]![column('Indicators', 'Decimal places')] = 'two';
  // 6. A missing column.
  const programmes = sheet('Programmes');
  const fundingAt = column('Programmes', 'Funding (£)');
  for (const row of programmes) row.splice(fundingAt, 1);
  // 7. Too many places: 52 in all.
  for (let n = 1; n <= 44; n += 1) sheet('Places').push([`extra-${n}`, `Extra place ${n}`, 'no', '', '']);
  // 8. An action for a commitment there is not.
  sheet('Actions').push([12, 'ghost-action', 'An action for ambition 12', 'Someone', '2027-03-31', 'on-track', 'illustrative', '']);

  return writeWorkbook([...sheets].map(([name, rows]) => ({ name, rows })));
}

describe('importing a set-up workbook with mistakes', () => {
  it('lists all eight problems at once, each with its sheet and row, and saves nothing', async () => {
    const { user } = renderApp('/wyh/setup');
    await identifyEditor(user, 'Sam Patel', 'West Yorkshire Health and Care Partnership');
    const input = await screen.findByLabelText('Import a workbook');
    const file = new File([plantedWorkbook() as BlobPart], 'wyh-set-up.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    await user.upload(input, file);
    const alert = await screen.findByRole('alert');
    const problems = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    const expectOne = (pattern: RegExp) =>
      expect(
        problems.filter((p) => pattern.test(p ?? '')),
        `${pattern} in\n${problems.join('\n')}`,
      ).toHaveLength(1);
    expectOne(/^Indicators, row 3: .*the indicator id “[^”]+” is used twice/);
    expectOne(/^Targets, row 2: .*the target period 2010 is not after the baseline period/);
    expectOne(/^Places, row 3: .*“E0700009X” is not an ONS code/);
    expectOne(/^Places, row 9: .*the id is empty/);
    expectOne(/^Indicators, row 4: .*the number of decimal places must be a number/);
    expectOne(/^Programmes, row 1: the column “Funding \(£\)” is missing/);
    expectOne(/^Places: The places: there are 52 places; a partnership has at most 50 here/);
    expectOne(/^Actions, row \d+: there is no ambition 12 in the Ambitions sheet/);
    expect(within(alert).getByText('Nothing was changed. Put these right in the workbook and import it again.')).toBeInTheDocument();
  });
});
