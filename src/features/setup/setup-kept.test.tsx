import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { db, saveFramework } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { identifyEditor } from '../../../tests/helpers/identify-editor';
import { renderApp } from '../../../tests/helpers/render-app';
import { simulateReload } from '../../../tests/helpers/zustand-mock';

// A change to the set-up keeps every promise a figure does: kept through a failed save and a
// reload, sent when the connection returns, and never laid over a colleague's change unseen.

const FRAMEWORK_URL = '/api/frameworks/cheshire-pioneer';
// The page says "Saving…" while a send is on its way; on a busy machine a failing one (and the
// IndexedDB writes around it) can take longer than the default second before the kept notice shows.
const WHILE_SENDING = { timeout: 30_000 };
const colleague = { name: 'Colleague', organisation: 'Cheshire West and Chester Council' };

async function addPlace(user: UserEvent, name: string) {
  await user.click(await screen.findByRole('button', { name: 'Add a place' }));
  const form = screen.getByRole('form', { name: 'Add a place' });
  await user.type(within(form).getByLabelText('Name'), name);
  await user.click(within(form).getByRole('button', { name: 'Add the place' }));
}

describe('a change to the set-up', () => {
  it('is kept through a failed save and a reload, shown as kept, and sent when the connection returns', async () => {
    server.use(http.put(FRAMEWORK_URL, () => HttpResponse.error()));
    const first = renderApp('/cheshire-pioneer/setup');
    await identifyEditor(first.user, 'Sam Patel', 'Cheshire East Council');
    await addPlace(first.user, 'Crewe');
    expect(await screen.findByText('One change kept on this device, not yet saved.', undefined, WHILE_SENDING)).toBeInTheDocument();
    // Shown in the set-up as the admin made it, and counted in the header.
    expect(screen.getByRole('rowheader', { name: 'Crewe' })).toBeInTheDocument();
    await addPlace(first.user, 'Nantwich');
    expect(await screen.findByText('2 changes kept on this device, not yet saved.', undefined, WHILE_SENDING)).toBeInTheDocument();

    first.unmount();
    await simulateReload();
    const second = renderApp('/cheshire-pioneer/setup');
    expect(await screen.findByText('2 changes kept on this device, not yet saved.', undefined, WHILE_SENDING)).toBeInTheDocument();
    // The header's count is loaded once the page's first figures are in (useAfterFirstData): waited for, not assumed.
    expect(await screen.findByRole('button', { name: '2 changes not yet saved' }, WHILE_SENDING)).toBeInTheDocument();
    expect(db.frameworks.get('cheshire-pioneer')!.places.map((p) => p.name)).not.toContain('Crewe');

    server.resetHandlers();
    act(() => void window.dispatchEvent(new Event('online')));
    await screen.findByText('Saved: Added the place Crewe; Added the place Nantwich.', undefined, WHILE_SENDING);
    expect(db.frameworks.get('cheshire-pioneer')!.places.map((p) => p.name)).toEqual(['Cheshire', 'Cheshire East', 'Cheshire West and Chester', 'Crewe', 'Nantwich']);
    // The change already on its way when the connection failed goes first, as it was; the next after it.
    expect(db.frameworkHistory.get('cheshire-pioneer')!.map((e) => [e.editor.name, e.note])).toEqual([
      ['Sam Patel', 'Added the place Nantwich'],
      ['Sam Patel', 'Added the place Crewe'],
    ]);
    second.unmount();
  });

  it('meets a colleague’s change as a choice, and applying it keeps both', async () => {
    const app = renderApp('/cheshire-pioneer/setup');
    await identifyEditor(app.user, 'Sam Patel', 'Cheshire East Council');
    await screen.findByRole('heading', { name: 'Places' });
    // A colleague renames the partnership after this page read it.
    const current = structuredClone(db.frameworks.get('cheshire-pioneer')!);
    expect(saveFramework('cheshire-pioneer', { baseVersion: current.version ?? 0, framework: { ...current, shortName: 'Cheshire' }, editor: colleague, note: 'Renamed' }).ok).toBe(
      true,
    );

    await addPlace(app.user, 'Crewe');
    const panel = await screen.findByRole('alertdialog', { name: 'Someone else changed the set-up while you were working' });
    expect(within(panel).getByText(/Short name/)).toBeInTheDocument();
    await app.user.click(within(panel).getByRole('button', { name: 'Apply my change to theirs' }));
    await waitFor(() => expect(db.frameworks.get('cheshire-pioneer')!.places.map((p) => p.name)).toContain('Crewe'));
    expect(db.frameworks.get('cheshire-pioneer')!.shortName).toBe('Cheshire');
  });
});
