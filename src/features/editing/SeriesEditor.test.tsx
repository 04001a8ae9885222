import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { db, saveSeries, seriesKey } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { OUTBOX_RETRY } from '../../outbox/use-outbox';
import { renderApp } from '../../../tests/helpers/render-app';
import type { DataPoint } from '../../domain/types';
import { identifyEditor } from '../../../tests/helpers/identify-editor';

const BRADFORD = seriesKey('wyh', 'suicide-rate', 'bradford');
const SERIES_URL = '/api/frameworks/wyh/indicators/suicide-rate/series/bradford';
const storedValue = (period: string) => db.series.get(BRADFORD)!.points.find((p) => p.period === period)?.value;

// The detail page's code (with every editing tool) is loaded on demand; compiled for the first time
// by the test runner it took over 5 s on a busy machine, failing the first test's wait for the
// page. Loaded before the tests, so each test waits only for what it is about.
beforeAll(() => import('../../app/AmbitionRoute'), 60_000);

/** Opens Leeds' suicide figures as a table, switches on editing and says who is editing. */
async function startEditing() {
  const user = userEvent.setup();
  const { queryClient } = renderApp('/wyh/ambitions/5?place=bradford&view=table');
  await user.click(await screen.findByRole('button', { name: 'Update figures' }));
  await identifyEditor(user, 'Alice Adams', 'Leeds Health and Care Partnership');
  return { user, queryClient, editor: await screen.findByRole('region', { name: 'Update Suicide rate for Bradford District and Craven' }) };
}

/** A colleague saves their own change to the stored figures first. */
function colleagueSaves(change: (points: DataPoint[]) => DataPoint[]) {
  const before = db.series.get(BRADFORD)!;
  saveSeries(BRADFORD, { baseVersion: before.version, editor: { name: 'Bob', organisation: 'Kirklees' }, points: change(before.points) });
  return before;
}

async function correct(user: UserEvent, editor: HTMLElement, period: string, value: string) {
  await user.click(within(editor).getByRole('button', { name: `Correct ${period}` }));
  const form = within(editor).getByRole('form', { name: `Correct the ${period} figure` });
  const field = within(form).getByLabelText(/^Value/);
  await user.clear(field);
  await user.type(field, value);
  // The old interval belongs to the old value.
  await user.clear(within(form).getByLabelText('Lower bound (optional)'));
  await user.clear(within(form).getByLabelText('Upper bound (optional)'));
  return form;
}

/** Opens the add form and types a period and a value, as a lead would. */
async function addFigure(user: UserEvent, editor: HTMLElement, period: string, value: string) {
  await user.click(within(editor).getByRole('button', { name: 'Add a figure' }));
  const form = within(editor).getByRole('form', { name: 'Add a figure' });
  await user.type(within(form).getByLabelText('Period'), period);
  await user.type(within(form).getByLabelText(/^Value/), value);
  return form;
}

describe('Updating figures', () => {
  it('asks who is editing first, then adds a figure that shows in the table and the history', async () => {
    const { user, editor } = await startEditing();
    const form = await addFigure(user, editor, '2023-25', '10.4');
    await user.type(within(form).getByLabelText('Source (optional)'), 'ONS 2026 release');
    await user.type(within(form).getByLabelText(/Why are you making this change/), 'New release');
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    expect(await within(editor).findByText(/Saved: add 10.4 for 2023-25\./)).toBeInTheDocument();
    expect(storedValue('2023-25')).toBe(10.4);
    expect(screen.getByRole('table', { name: /Suicide rate.*Bradford District and Craven/ })).toHaveTextContent('2023-2510.4');
    await user.click(screen.getByText(/Changes to these figures/));
    expect(await screen.findByText('2023-25: added 10.4')).toBeInTheDocument();
    expect(screen.getByText(/Alice Adams \(Leeds Health and Care Partnership\)/)).toBeInTheDocument();
    expect(screen.getByText('“New release”')).toBeInTheDocument();
  });

  it('corrects and deletes figures', async () => {
    const { user, editor } = await startEditing();
    const form = await correct(user, editor, '2022-24', '9.8');
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    await within(editor).findByText(/Saved: correct the 2022-24 figure to 9.8/);
    expect(storedValue('2022-24')).toBe(9.8);
    await user.click(within(editor).getByRole('button', { name: 'Delete 2016-18' }));
    await user.click(within(editor).getByRole('button', { name: 'Yes, delete 2016-18' }));
    await within(editor).findByText(/Saved: delete the 2016-18 figure/);
    expect(storedValue('2016-18')).toBeUndefined();
  });

  it('refuses a corrected value outside its old interval, beside the bound that is wrong', async () => {
    const { user, editor } = await startEditing();
    await user.click(within(editor).getByRole('button', { name: 'Correct 2022-24' }));
    const form = within(editor).getByRole('form', { name: 'Correct the 2022-24 figure' });
    await user.clear(within(form).getByLabelText(/^Value/));
    await user.type(within(form).getByLabelText(/^Value/), '1');
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    expect(within(form).getByLabelText('Lower bound (optional)')).toHaveAccessibleDescription(/must not be above the value/);
  });

  it('puts each validation message beside its field and moves focus to the first', async () => {
    const { user, editor } = await startEditing();
    const form = await addFigure(user, editor, '2019-21', '12,5');
    await user.type(within(form).getByLabelText('Upper bound (optional)'), '1');
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    const period = within(form).getByLabelText('Period');
    expect(period).toHaveAttribute('aria-invalid', 'true');
    expect(period).toHaveAccessibleDescription(/There is already a figure for 2019-21/);
    expect(within(form).getByLabelText(/^Value/)).toHaveAccessibleDescription(/decimal comma; write 12.5 instead/);
    expect(period).toHaveFocus();
    expect(db.history.get(BRADFORD)).toBeUndefined();
  });

  it('asks before saving a value far outside the series, then saves it when confirmed', async () => {
    const { user, editor } = await startEditing();
    const form = await correct(user, editor, '2022-24', '113');
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('far outside the figures so far');
    expect(storedValue('2022-24')).not.toBe(113);
    await user.click(within(form).getByRole('button', { name: 'Yes, save this value' }));
    await within(editor).findByText(/Saved: correct the 2022-24 figure to 113/);
  });

  it('keeps the change when the save fails, and saves it on retry', async () => {
    let failing = true;
    server.use(http.put(SERIES_URL, () => (failing ? new HttpResponse(null, { status: 500 }) : undefined)));
    const { user, editor } = await startEditing();
    const form = await correct(user, editor, '2022-24', '9.7');
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    // Found, not got: on a busy machine the kept changes may finish loading after this failure and be sent once more.
    expect(await within(editor).findByText('Your changes are not saved yet')).toBeInTheDocument();
    expect(await within(editor).findByText(/the server answered 500.*kept on this device/)).toBeInTheDocument();
    // The lead's figure is still there, marked; the page's own table is back to what is saved.
    expect(within(editor).getByRole('row', { name: /2022-24/ })).toHaveTextContent('2022-24Not saved yet9.7');
    expect(screen.getByRole('table', { name: /Suicide rate.*Bradford District and Craven/ })).not.toHaveTextContent('2022-249.7');
    expect(screen.getByRole('button', { name: /1 change not yet saved/ })).toBeInTheDocument();
    expect(storedValue('2022-24')).not.toBe(9.7);
    failing = false;
    await user.click(within(editor).getByRole('button', { name: 'Try again now' }));
    await within(editor).findByText(/Saved: correct the 2022-24 figure to 9.7/);
    expect(storedValue('2022-24')).toBe(9.7);
    expect(screen.queryByRole('button', { name: /not yet saved/ })).toBeNull();
  });

  it('does not send a failed save again by itself in a loop: only on "Try again", reconnecting or coming back to the tab', async () => {
    let puts = 0;
    server.use(
      http.put(SERIES_URL, () => {
        puts += 1;
        return new HttpResponse(null, { status: 500 });
      }),
    );
    const { user, editor } = await startEditing();
    const form = await correct(user, editor, '2022-24', '9.7');
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    await within(editor).findByText('Your changes are not saved yet');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(puts).toBe(1);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(puts).toBe(2));
  });

  it('sends a change kept through an outage again by itself, at a growing interval, and says the server is restarting in words (issue 30)', async () => {
    const was = { ...OUTBOX_RETRY };
    OUTBOX_RETRY.firstMs = 150;
    const tries: number[] = [];
    server.use(
      http.put(SERIES_URL, () => {
        tries.push(Date.now());
        return tries.length < 3 ? new HttpResponse('Bad Gateway', { status: 502 }) : undefined;
      }),
    );
    try {
      const { user, editor } = await startEditing();
      const form = await correct(user, editor, '2022-24', '9.7');
      await user.click(within(form).getByRole('button', { name: 'Save figure' }));
      expect(await within(editor).findByText(/not available just now \(it may be restarting\)/)).toBeInTheDocument();
      // No event, no click: tried again by itself until it goes through.
      await within(editor).findByText(/Saved: correct the 2022-24 figure to 9.7/);
      expect(tries).toHaveLength(3);
      expect(storedValue('2022-24')).toBe(9.7);
    } finally {
      Object.assign(OUTBOX_RETRY, was);
    }
  });

  it('shows a colleague’s new figure that reaches the page while the form is open beside mine, and saves nothing until I choose (issue 30)', async () => {
    const { user, queryClient, editor } = await startEditing();
    const form = await correct(user, editor, '2022-24', '9.7');
    // A colleague saves the same figure, and the page hears of it (as the live feed brings it).
    colleagueSaves((points) => points.map((p) => (p.period === '2022-24' ? { ...p, value: 11.4, lower: undefined, upper: undefined } : p)));
    await queryClient.invalidateQueries();
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('This figure was changed by someone else while you were correcting it.');
    expect(alert).toHaveTextContent('Theirs, now saved: 11.4');
    expect(alert).toHaveTextContent('Yours: 9.7');
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    expect(storedValue('2022-24')).toBe(11.4);
    await user.click(within(alert).getByRole('button', { name: 'Put mine over theirs' }));
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    await within(editor).findByText(/Saved: correct the 2022-24 figure to 9.7/);
    expect(storedValue('2022-24')).toBe(9.7);
  });

  it("shows a colleague's save side by side with mine, and can apply mine on top", async () => {
    const { user, editor } = await startEditing();
    const form = await correct(user, editor, '2022-24', '9.7');
    // Their new value sits inside the figure's interval, which they keep.
    const before = colleagueSaves((points) => points.map((p) => (p.period === '2021-23' ? { ...p, value: p.lower! } : p)));
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    await within(editor).findByRole('alertdialog', { name: 'Someone else changed these figures while you were editing' });
    const dialogName = 'Someone else changed these figures while you were editing';
    const rows = () =>
      within(within(editor).getByRole('alertdialog', { name: dialogName }))
        .getAllByRole('row')
        .map((r) => r.textContent);
    const was2123 = before.points.find((p) => p.period === '2021-23')!;
    const was2224 = before.points.find((p) => p.period === '2022-24')!;
    // Waited for: the comparison may still be filling in when the dialog first appears.
    await waitFor(() =>
      expect(rows()).toEqual([
        'PeriodWhatWhen you startedTheirs (saved)With yours applied',
        `2021-23Value${was2123.value}${was2123.lower}${was2123.lower}`,
        `2022-24Value${was2224.value}${was2224.value}9.7`,
        `2022-24Lower bound${was2224.lower}${was2224.lower}(none)`,
        `2022-24Upper bound${was2224.upper}${was2224.upper}(none)`,
      ]),
    );
    await user.click(within(within(editor).getByRole('alertdialog', { name: dialogName })).getByRole('button', { name: 'Apply my change to theirs' }));
    await within(editor).findByText(/Saved: correct the 2022-24 figure to 9.7\./);
    expect(storedValue('2021-23')).toBe(was2123.lower);
    expect(storedValue('2022-24')).toBe(9.7);
  });

  it("shows a colleague's change to a figure's source and note, and applying mine keeps it (issue 13, path 4)", async () => {
    const { user, editor } = await startEditing();
    const was = db.series.get(BRADFORD)!.points.find((p) => p.period === '2022-24')!;
    // A new value inside the figure's interval: the lead changes the value only.
    const mine = was.lower!;
    await user.click(within(editor).getByRole('button', { name: 'Correct 2022-24' }));
    const form = within(editor).getByRole('form', { name: 'Correct the 2022-24 figure' });
    await user.clear(within(form).getByLabelText(/^Value/));
    await user.type(within(form).getByLabelText(/^Value/), String(mine));
    colleagueSaves((points) => points.map((p) => (p.period === '2022-24' ? { ...p, source: 'OHID Fingertips, 2026 release', note: 'Revised by ONS' } : p)));
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    const conflict = await within(editor).findByRole('alertdialog');
    const rows = within(conflict)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      `2022-24Value${was.value}${was.value}${mine}`,
      `2022-24Source${was.source ?? '(none)'}OHID Fingertips, 2026 releaseOHID Fingertips, 2026 release`,
      `2022-24Note${was.note ?? '(none)'}Revised by ONSRevised by ONS`,
    ]);
    await user.click(within(conflict).getByRole('button', { name: 'Apply my change to theirs' }));
    await within(editor).findByText(/Saved: correct the 2022-24 figure to/);
    const saved = db.series.get(BRADFORD)!.points.find((p) => p.period === '2022-24')!;
    expect(saved).toEqual({ ...was, value: mine, source: 'OHID Fingertips, 2026 release', note: 'Revised by ONS' });
  });

  it('keeps an illustrative figure illustrative when it is corrected, unless the lead says it is published (path 10)', async () => {
    const { user, editor } = await startEditing();
    const illustrative = db.series.get(BRADFORD)!.points.find((p) => p.provenance === 'illustrative')!;
    await user.click(within(editor).getByRole('button', { name: `Correct ${illustrative.period}` }));
    const form = within(editor).getByRole('form', { name: `Correct the ${illustrative.period} figure` });
    expect(within(form).getByRole('radio', { name: 'Illustrative (not a published figure)' })).toBeChecked();
    await user.clear(within(form).getByLabelText(/^Value/));
    await user.type(within(form).getByLabelText(/^Value/), String(illustrative.value + 0.1));
    await user.clear(within(form).getByLabelText('Lower bound (optional)'));
    await user.clear(within(form).getByLabelText('Upper bound (optional)'));
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    await within(editor).findByText(/Saved: correct/);
    expect(db.series.get(BRADFORD)!.points.find((p) => p.period === illustrative.period)!.provenance).toBe('illustrative');
  });

  it('does not offer to apply mine when, with theirs, the figure would break the rules, and says why (issue 30)', async () => {
    const { user, editor } = await startEditing();
    const was = db.series.get(BRADFORD)!.points.find((p) => p.period === '2022-24')!;
    await user.click(within(editor).getByRole('button', { name: 'Correct 2022-24' }));
    const form = within(editor).getByRole('form', { name: 'Correct the 2022-24 figure' });
    // Mine: a new value at the top of the interval the figure had.
    const field = within(form).getByLabelText(/^Value/);
    await user.clear(field);
    await user.type(field, String(was.upper));
    // Theirs: a narrower interval that no longer holds my value.
    colleagueSaves((points) => points.map((p) => (p.period === '2022-24' ? { ...p, lower: p.value - 0.1, upper: p.value + 0.1 } : p)));
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    const conflict = await within(editor).findByRole('alertdialog');
    expect(await within(conflict).findByRole('alert')).toHaveTextContent(`2022-24: the upper bound ${was.value + 0.1} is below the value ${was.upper}`);
    expect(within(conflict).getByRole('button', { name: /Apply my change to theirs/ })).toBeDisabled();
  });

  it("can keep the colleague's version and drop mine", async () => {
    const { user, editor } = await startEditing();
    const form = await correct(user, editor, '2022-24', '9.7');
    colleagueSaves((points) => points.slice(1));
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
    const conflict = await within(editor).findByRole('alertdialog');
    await user.click(within(conflict).getByRole('button', { name: 'Keep theirs, drop mine' }));
    expect(await within(editor).findByText(/Your change was dropped/)).toBeInTheDocument();
    await waitFor(() => expect(within(editor).queryByRole('button', { name: 'Correct 2016-18' })).toBeNull());
    expect(storedValue('2022-24')).not.toBe(9.7);
    expect(window.location.search).toContain('place=bradford');
  });
});
