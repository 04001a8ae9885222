import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { db, saveIndicator } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/helpers/render-app';
import { identifyEditor } from '../../../../tests/helpers/identify-editor';
import { simulateReload } from '../../../../tests/helpers/zustand-mock';

const suicideRate = () => db.frameworks.get('wyh')!.ambitions[4]!.indicators[0]!;

async function openDefinitionEditor() {
  const app = renderApp('/wyh/ambitions/5?place=leeds&view=table');
  const { user } = app;
  await user.click(await screen.findByRole('button', { name: 'Update figures' }));
  await identifyEditor(user, 'Alice Adams', 'Leeds Health and Care Partnership');
  await user.click(await screen.findByText('Change the baseline, targets or source of Suicide rate'));
  return { app, user, form: screen.getByRole('form', { name: 'Baseline, targets and source of Suicide rate' }) };
}

async function addRevisedTarget(user: UserEvent, form: HTMLElement) {
  await user.click(within(form).getByRole('button', { name: 'Add a target (e.g. a revised one)' }));
  const group = within(form).getByRole('group', { name: /^Target 3/ });
  await user.type(within(group).getByLabelText('Name of the target'), 'Revised (2023 plan)');
  await user.type(within(group).getByLabelText('Target period'), '2027/28');
  await user.click(within(group).getByLabelText('A value to reach'));
  await user.type(within(group).getByLabelText('Value to reach'), '9.1');
  await user.type(within(group).getByLabelText('Source of the target'), 'Joint Forward Plan 2023');
  return group;
}

describe("Changing an indicator's baseline, targets and source", () => {
  it('adds a revised target that is assessed at once and kept in the history', async () => {
    const { user, form } = await openDefinitionEditor();
    await addRevisedTarget(user, form);
    await user.type(within(form).getByLabelText(/Why are you making this change/), 'Restated in the 2023 plan');
    await user.click(within(form).getByRole('button', { name: 'Save baseline, targets and source' }));
    expect(await within(form).findByText(/Saved your changes to the baseline, targets and source/)).toBeInTheDocument();
    expect(suicideRate().targets.map((t) => t.label)).toContain('Revised (2023 plan)');
    // The new target is judged on the page, like the others.
    expect(screen.getAllByText('Revised (2023 plan)').length).toBeGreaterThan(0);
    await user.click(within(screen.getByRole('region', { name: 'Suicide rate' })).getByText('Changes to the baseline and targets'));
    expect(await screen.findByText('1 change, newest first.')).toBeInTheDocument();
    expect(await screen.findByText('Target “Revised (2023 plan)”: none → 9.1 by 2027/28')).toBeInTheDocument();
    expect(screen.getByText('“Restated in the 2023 plan”')).toBeInTheDocument();
  });

  it('puts each message beside its field and focuses the first', async () => {
    const { user, form } = await openDefinitionEditor();
    const baseline = within(form).getByLabelText('Baseline period');
    await user.clear(baseline);
    await user.type(baseline, '2016/18');
    const group = await addRevisedTarget(user, form);
    await user.clear(within(group).getByLabelText('Value to reach'));
    await user.type(within(group).getByLabelText('Value to reach'), '=9');
    await user.click(within(form).getByRole('button', { name: 'Save baseline, targets and source' }));
    expect(baseline).toHaveAccessibleDescription(/is not a period we recognise/);
    expect(baseline).toHaveFocus();
    expect(within(group).getByLabelText('Value to reach')).toHaveAccessibleDescription(/looks like a formula/);
    expect(db.indicatorHistory.size).toBe(0);
  });

  it('keeps the input when the save fails, and saves it on retry', async () => {
    let failing = true;
    server.use(http.put('/api/frameworks/wyh/indicators/suicide-rate', () => (failing ? new HttpResponse(null, { status: 503 }) : undefined)));
    const { user, form } = await openDefinitionEditor();
    await addRevisedTarget(user, form);
    await user.click(within(form).getByRole('button', { name: 'Save baseline, targets and source' }));
    expect(await within(form).findByText('Your changes to the baseline and targets were not saved')).toBeInTheDocument();
    expect(within(form).getByRole('group', { name: /^Target 3/ })).toBeInTheDocument();
    expect(suicideRate().targets).toHaveLength(2);
    failing = false;
    await user.click(within(form).getByRole('button', { name: 'Try again' }));
    await within(form).findByText(/Saved your changes/);
    expect(suicideRate().targets).toHaveLength(3);
  });

  it("shows a colleague's change to the targets, and applies only mine on top of it, reverting nothing of theirs (issue 13, path 4)", async () => {
    const { user, form } = await openDefinitionEditor();
    await addRevisedTarget(user, form);
    const theirs = { ...suicideRate(), baselinePeriod: '2017-19' };
    saveIndicator('wyh', 'suicide-rate', { baseVersion: 0, indicator: theirs, editor: { name: 'Bob', organisation: 'Kirklees' } });
    await user.click(within(form).getByRole('button', { name: 'Save baseline, targets and source' }));
    const conflict = await within(form).findByRole('alertdialog', { name: 'Someone else changed the baseline or targets while you were editing' });
    expect(conflict).toHaveTextContent('Baseline period: 2016-18 → 2017-19');
    await user.click(within(conflict).getByRole('button', { name: 'Apply my changes to theirs' }));
    await within(form).findByText(/Saved/);
    expect(suicideRate()).toMatchObject({ version: 2, baselinePeriod: '2017-19' });
    expect(suicideRate().targets.map((t) => t.label)).toContain('Revised (2023 plan)');
    expect(db.indicatorHistory.get('wyh/suicide-rate')).toHaveLength(2);
  });

  it('keeps a change made offline through a reload, counts it in the header, and sends it when the connection returns (path 5)', async () => {
    server.use(http.put('/api/frameworks/wyh/indicators/suicide-rate', () => HttpResponse.error()));
    const first = await openDefinitionEditor();
    await addRevisedTarget(first.user, first.form);
    await first.user.click(within(first.form).getByRole('button', { name: 'Save baseline, targets and source' }));
    expect(await within(first.form).findByText(/the connection failed.*kept on this device/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '1 change not yet saved' })).toBeInTheDocument();
    expect(suicideRate().targets).toHaveLength(2);

    // A reload: the page goes, this browser's storage stays.
    first.app.unmount();
    await simulateReload();
    server.resetHandlers();
    renderApp('/wyh/ambitions/5?place=leeds&view=table');
    // Still in update mode after the reload: the kept change is sent as the page opens.
    const form = await screen.findByRole('form', { name: 'Baseline, targets and source of Suicide rate' });
    await within(form).findByText(/Saved your changes to the baseline, targets and source/);
    expect(suicideRate().targets.map((t) => t.label)).toContain('Revised (2023 plan)');
    expect(screen.queryByRole('button', { name: /not yet saved/ })).toBeNull();
  });

  it("can drop mine and take the colleague's version into the form", async () => {
    const { user, form } = await openDefinitionEditor();
    await addRevisedTarget(user, form);
    saveIndicator('wyh', 'suicide-rate', { baseVersion: 0, indicator: { ...suicideRate(), baselinePeriod: '2017-19' }, editor: { name: 'Bob', organisation: 'Kirklees' } });
    await user.click(within(form).getByRole('button', { name: 'Save baseline, targets and source' }));
    const conflict = await within(form).findByRole('alertdialog');
    await user.click(within(conflict).getByRole('button', { name: 'Keep theirs, drop mine' }));
    expect(await within(form).findByText(/Your changes were dropped/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Baseline period')).toHaveValue('2017-19');
    expect(within(form).queryByRole('group', { name: /^Target 3/ })).toBeNull();
    expect(suicideRate()).toMatchObject({ version: 1, baselinePeriod: '2017-19' });
  });
});
