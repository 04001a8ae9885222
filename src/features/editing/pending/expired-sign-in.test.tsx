import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { db, seriesKey } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/helpers/render-app';
import { identifyEditor } from '../../../../tests/helpers/identify-editor';

// Issue 13, path 6: a sign-in that expired while a change waited. The API's proxy answers the save
// with its sign-in page (200, text/html). The lead is asked to sign in again, the change is kept
// (not offered only "Discard"), and it is sent once they are back and return to the tab.

const LEEDS = seriesKey('wyh', 'suicide-rate', 'bradford');
const SERIES_URL = '/api/frameworks/wyh/indicators/suicide-rate/series/bradford';

describe('an expired sign-in while saving', () => {
  it('says "sign in again", keeps the change, and sends it when the lead comes back to the tab', async () => {
    server.use(http.put(SERIES_URL, () => new HttpResponse('<!doctype html><title>Sign in</title>', { headers: { 'Content-Type': 'text/html' } })));
    const user = userEvent.setup();
    renderApp('/wyh/ambitions/5?place=bradford&view=table');
    await user.click(await screen.findByRole('button', { name: 'Update figures' }));
    await identifyEditor(user, 'Alice Adams', 'Leeds Health and Care Partnership');
    const editor = await screen.findByRole('region', { name: 'Update Suicide rate for Bradford District and Craven' });
    await user.click(within(editor).getByRole('button', { name: 'Correct 2022-24' }));
    const form = within(editor).getByRole('form', { name: 'Correct the 2022-24 figure' });
    await user.clear(within(form).getByLabelText(/^Value/));
    await user.type(within(form).getByLabelText(/^Value/), '11.2');
    await user.clear(within(form).getByLabelText('Lower bound (optional)'));
    await user.clear(within(form).getByLabelText('Upper bound (optional)'));
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));

    expect(await within(editor).findByText(/sign in again/i)).toBeInTheDocument();
    expect(within(editor).queryByText(/were not accepted/)).not.toBeInTheDocument();
    // The header's count is loaded once the page's first figures are in (useAfterFirstData): waited for, not assumed.
    expect(await screen.findByRole('button', { name: '1 change not yet saved' })).toBeInTheDocument();
    expect(db.series.get(LEEDS)!.points.find((p) => p.period === '2022-24')?.value).not.toBe(11.2);

    // Signed in again (in another tab), the lead comes back to this one.
    server.resetHandlers();
    act(() => void window.dispatchEvent(new Event('focus')));
    await waitFor(() => expect(db.series.get(LEEDS)!.points.find((p) => p.period === '2022-24')?.value).toBe(11.2));
    await waitFor(() => expect(screen.queryByRole('button', { name: /not yet saved/ })).not.toBeInTheDocument());
  });
});
