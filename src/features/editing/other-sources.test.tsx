import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/render-app';
import { servePublic } from '../../../tests/helpers/serve-public';
import { createBrowserDataSource } from '../../data-source/browser-data-source';
import { createStaticDataSource } from '../../data-source/static-data-source';
import { identifyEditor } from '../../../tests/helpers/identify-editor';
import { simulateReload } from '../../../tests/helpers/zustand-mock';

const staticSource = () => createStaticDataSource({ baseUrl: '/data', fetch: servePublic });
let databases = 0;

describe('on the static-file source', () => {
  it('shows the figures, and says why they cannot be changed here', async () => {
    renderApp('/wyh/ambitions/5?place=bradford&view=table', staticSource());
    expect(await screen.findByRole('table', { name: /Suicide rate.*Bradford District and Craven/ })).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Update figures' });
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription(/come from files published with the dashboard, so they cannot be changed here/);
    expect(screen.getByText(/Figures from files published with the dashboard/)).toBeInTheDocument();
    // Nothing is ever changed through this source, so it has no history to show (nor the code for one).
    expect(screen.queryByText('Changes to these figures')).toBeNull();
  });

  it('offers no way to change figures even when update mode was left on from another source (issue 13, path 9)', async () => {
    // Update mode and an editor kept in this browser from a visit on a writable source.
    localStorage.setItem('ambitions-dashboard:editor', JSON.stringify({ state: { editMode: true, editor: { name: 'Alice Adams', organisation: 'Leeds' } }, version: 0 }));
    await simulateReload();
    renderApp('/wyh/ambitions/5?place=bradford&view=table', staticSource());
    expect(await screen.findByRole('table', { name: /Suicide rate.*Bradford District and Craven/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Update figures' })).toBeDisabled();
    for (const name of [/^Correct /, /^Delete /, 'Add a figure', 'Add comment']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Update Suicide rate for Bradford District and Craven' })).toBeNull();
  });

  it('offers downloads but not import', async () => {
    renderApp('/wyh/data', staticSource());
    const section = await screen.findByRole('region', { name: 'Import figures from a spreadsheet' });
    expect(within(section).getByText(/cannot be changed here/)).toBeInTheDocument();
    expect(within(section).queryByLabelText('CSV file of figures')).toBeNull();
    expect(screen.getByRole('button', { name: 'Every figure (CSV)' })).toBeEnabled();
  });
});

describe('on the browser-local source', () => {
  it('warns that changes stay on this device, and keeps a saved change for the next visit', async () => {
    const databaseName = `screens-${++databases}`;
    const first = renderApp('/wyh/ambitions/5?place=bradford&view=table', createBrowserDataSource({ seedFrom: staticSource(), databaseName }));
    const user = first.user;
    await user.click(await screen.findByRole('button', { name: 'Update figures' }));
    expect(screen.getByText(/kept in this browser only: colleagues will not see them/)).toBeInTheDocument();
    await identifyEditor(user, 'Alice Adams', 'Leeds');
    const editor = await screen.findByRole('region', { name: 'Update Suicide rate for Bradford District and Craven' });
    await user.click(within(editor).getByRole('button', { name: 'Delete 2016-18' }));
    await user.click(within(editor).getByRole('button', { name: 'Yes, delete 2016-18' }));
    await within(editor).findByText(/Saved: delete the 2016-18 figure/);
    first.unmount();

    renderApp('/wyh/ambitions/5?place=bradford&view=table', createBrowserDataSource({ seedFrom: staticSource(), databaseName }));
    const table = await screen.findByRole('table', { name: /Suicide rate.*Bradford District and Craven/ });
    expect(within(table).queryByRole('rowheader', { name: '2016-18' })).toBeNull();
    await userEvent.setup().click(within(await screen.findByRole('region', { name: 'Suicide rate' })).getByText('Changes to these figures'));
    expect(await screen.findByText('1 change, newest first.')).toBeInTheDocument();
    expect(await screen.findByText(/2016-18: deleted/)).toBeInTheDocument();
  });

  it('refuses a file that is not an export, changing nothing', async () => {
    const { user } = renderApp('/wyh/data', createBrowserDataSource({ seedFrom: staticSource(), databaseName: `screens-${++databases}` }));
    const section = await screen.findByRole('region', { name: 'Share figures kept in this browser' });
    await user.click(within(section).getByRole('checkbox'));
    await user.upload(within(section).getByLabelText('Export file to load (JSON)'), new File(['{"framework": 1}'], 'not-an-export.json', { type: 'application/json' }));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent(/The file could not be read: framework: .*Nothing in this browser was changed\./);
  });
});
