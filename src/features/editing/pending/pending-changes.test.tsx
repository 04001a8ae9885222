import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createStore, set } from 'idb-keyval';
import { http, HttpResponse } from 'msw';
import { db, seriesKey } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/helpers/render-app';
import { resetAllStores, simulateReload } from '../../../../tests/helpers/zustand-mock';
import { createOutboxStorage } from '../../../outbox/outbox-storage';

const readPendingChanges = () => createOutboxStorage().readAll();
import { identifyEditor } from '../../../../tests/helpers/identify-editor';

const LEEDS = seriesKey('wyh', 'suicide-rate', 'bradford');
const SERIES_URL = '/api/frameworks/wyh/indicators/suicide-rate/series/bradford';
const storedValue = (period: string) => db.series.get(LEEDS)!.points.find((p) => p.period === period)?.value;

/** The API cannot be reached: what a browser sees with the network down. */
function goOffline() {
  let puts = 0;
  server.use(
    http.put(SERIES_URL, () => {
      puts += 1;
      return HttpResponse.error();
    }),
  );
  return { puts: () => puts };
}

function comeBackOnline() {
  server.resetHandlers();
  act(() => void window.dispatchEvent(new Event('online')));
}

async function startEditing(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Update figures' }));
  await identifyEditor(user, 'Alice Adams', 'Leeds Health and Care Partnership');
  return screen.findByRole('region', { name: 'Update Suicide rate for Bradford District and Craven' });
}

async function correct(user: UserEvent, editor: HTMLElement, period: string, value: string) {
  await user.click(within(editor).getByRole('button', { name: `Correct ${period}` }));
  const form = within(editor).getByRole('form', { name: `Correct the ${period} figure` });
  await user.clear(within(form).getByLabelText(/^Value/));
  await user.type(within(form).getByLabelText(/^Value/), value);
  await user.clear(within(form).getByLabelText('Lower bound (optional)'));
  await user.clear(within(form).getByLabelText('Upper bound (optional)'));
  await user.click(within(form).getByRole('button', { name: 'Save figure' }));
}

async function deleteFigure(user: UserEvent, editor: HTMLElement, period: string) {
  await user.click(within(editor).getByRole('button', { name: `Delete ${period}` }));
  await user.click(within(editor).getByRole('button', { name: `Yes, delete ${period}` }));
}

describe('Changes not yet saved', () => {
  it('queues edits made offline, counts them, and sends them together when the connection returns', async () => {
    const network = goOffline();
    const user = userEvent.setup();
    renderApp('/wyh/ambitions/5?place=bradford&view=table');
    const editor = await startEditing(user);
    await correct(user, editor, '2022-24', '9.7');
    expect(await within(editor).findByText(/the connection failed.*kept on this device and will be sent again/)).toBeInTheDocument();
    await deleteFigure(user, editor, '2016-18');
    expect(await screen.findByRole('button', { name: '2 changes not yet saved' })).toBeInTheDocument();
    expect(within(editor).getByText(/Correct the 2022-24 figure to 9.7; delete the 2016-18 figure/)).toBeInTheDocument();
    expect(within(editor).queryByRole('row', { name: /2016-18/ })).toBeNull();
    expect(storedValue('2022-24')).not.toBe(9.7);
    await waitFor(() => expect(network.puts()).toBeGreaterThanOrEqual(2));

    comeBackOnline();
    await within(editor).findByText('Saved: correct the 2022-24 figure to 9.7; delete the 2016-18 figure.');
    expect(storedValue('2022-24')).toBe(9.7);
    expect(storedValue('2016-18')).toBeUndefined();
    // The first attempt may have reached the server before the connection failed, so it is sent
    // again exactly as it was (same change id), and the delete made since follows it: two saves,
    // each edit in exactly one.
    expect(db.history.get(LEEDS)!.map((e) => e.changes.map((c) => c.period))).toEqual([['2016-18'], ['2022-24']]);
    expect(screen.queryByRole('button', { name: /not yet saved/ })).toBeNull();
    await waitFor(async () => expect((await readPendingChanges()).changes).toEqual([]));
  });

  it('restores pending edits after a reload, lists them from any page, and sends them once online', async () => {
    goOffline();
    const first = renderApp('/wyh/ambitions/5?place=bradford&view=table');
    const editor = await startEditing(first.user);
    await correct(first.user, editor, '2022-24', '9.7');
    await within(editor).findByText(/the connection failed/);
    await waitFor(async () => expect((await readPendingChanges()).changes).toHaveLength(1));

    // A reload: the page and everything in memory go; IndexedDB stays.
    first.unmount();
    resetAllStores();
    const second = renderApp('/wyh');
    const counter = await screen.findByRole('button', { name: '1 change not yet saved' });
    await second.user.click(counter);
    expect(counter).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Suicide rate, Bradford District and Craven')).toBeInTheDocument();
    expect(screen.getByText(/correct the 2022-24 figure to 9.7/)).toBeInTheDocument();
    // Escape closes the list and puts focus back on the counter.
    await second.user.keyboard('{Escape}');
    expect(counter).toHaveAttribute('aria-expanded', 'false');
    expect(counter).toHaveFocus();
    await second.user.click(counter);
    await second.user.click(screen.getByRole('link', { name: 'Open these figures' }));
    // Out of "Update figures" mode the change is still shown with the figures it belongs to.
    expect(await screen.findByText('Your changes are not saved yet')).toBeInTheDocument();

    comeBackOnline();
    await screen.findByText(/Saved: correct the 2022-24 figure to 9.7/);
    expect(storedValue('2022-24')).toBe(9.7);
    expect(db.history.get(LEEDS)![0]!.editor.name).toBe('Alice Adams');
  });

  it('reopens a half-typed figure after a reload, in update mode, with what was typed', async () => {
    const first = renderApp('/wyh/ambitions/5?place=bradford&view=table');
    const editor = await startEditing(first.user);
    await first.user.click(within(editor).getByRole('button', { name: 'Correct 2022-24' }));
    const form = within(editor).getByRole('form', { name: 'Correct the 2022-24 figure' });
    await first.user.clear(within(form).getByLabelText(/^Value/));
    await first.user.type(within(form).getByLabelText(/^Value/), '9.65');
    await first.user.type(within(form).getByLabelText(/Why are you making this change/), 'Half done');
    first.unmount();
    await simulateReload();

    renderApp('/wyh/ambitions/5?place=bradford&view=table');
    const again = await screen.findByRole('form', { name: 'Correct the 2022-24 figure' });
    expect(within(again).getByLabelText(/^Value/)).toHaveValue('9.65');
    expect(within(again).getByLabelText(/Why are you making this change/)).toHaveValue('Half done');
    expect(screen.getByRole('button', { name: 'Stop updating figures' })).toBeInTheDocument();
  });

  it('does not try while the device says it is offline', async () => {
    const network = goOffline();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const user = userEvent.setup();
    renderApp('/wyh/ambitions/5?place=bradford&view=table');
    const editor = await startEditing(user);
    await correct(user, editor, '2022-24', '9.7');
    expect(await within(editor).findByText(/This device is offline/)).toBeInTheDocument();
    expect(network.puts()).toBe(0);
    onLine.mockRestore();
  });

  it('shows a refused change with the reason, and discards it only when asked twice', async () => {
    server.use(http.put(SERIES_URL, () => HttpResponse.json({ error: 'points[4].value: must be under 100' }, { status: 400 })));
    const user = userEvent.setup();
    renderApp('/wyh/ambitions/5?place=bradford&view=table');
    const editor = await startEditing(user);
    await correct(user, editor, '2022-24', '9.7');
    const alert = await within(editor).findByRole('alert');
    expect(alert).toHaveTextContent('Your changes were not accepted');
    expect(alert).toHaveTextContent('were not saved: points[4].value: must be under 100.');
    // Not sent again on its own: it needs correcting.
    expect(within(alert).queryByRole('button', { name: 'Try again now' })).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Discard my changes' }));
    await user.click(within(alert).getByRole('button', { name: 'Yes, discard my changes' }));
    expect(await within(editor).findByText('Your unsaved changes were discarded.')).toBeInTheDocument();
    expect(within(editor).getByRole('row', { name: /2022-24/ })).not.toHaveTextContent('9.7');
    await waitFor(async () => expect((await readPendingChanges()).changes).toEqual([]));
  });

  it('leaves a kept change it cannot read untouched, and says so', async () => {
    await set('wyh/old', { written: 'by an older version' }, createStore('ambitions-dashboard-pending', 'changes'));
    renderApp('/wyh');
    expect(await screen.findByText(/1 kept change from an earlier version of the dashboard could not be read/)).toBeInTheDocument();
    expect((await readPendingChanges()).unreadable).toBe(1);
  });
});
