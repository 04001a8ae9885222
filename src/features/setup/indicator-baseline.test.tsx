import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../mocks/db';
import { identifyEditor } from '../../../tests/helpers/identify-editor';
import { renderApp } from '../../../tests/helpers/render-app';

// A new indicator is added with the figure its baseline rests on, for the partnership as a whole:
// without it no status can be judged, and nothing used to say it had to be added elsewhere.

describe('adding an indicator in the set-up', () => {
  it('takes the baseline figure beside the baseline period, and saves it as the whole partnership’s figure', async () => {
    const { user } = renderApp('/cheshire-pioneer/setup');
    await identifyEditor(user, 'Sam Patel', 'Cheshire East Council');
    // (jsdom runs the visually hidden words into the visible ones: "Add an indicatorto Aim 1".)
    await user.click(await screen.findByRole('button', { name: /^Add an indicator ?to Aim 1$/ }));
    const form = screen.getByRole('form', { name: 'Add an indicator to Aim 1' });
    const fill = async (label: string | RegExp, value: string) => {
      const field = within(form).getByLabelText(label);
      await user.clear(field);
      await user.type(field, value);
    };
    await fill('Name', 'Emergency admissions for falls');
    await fill('Definition', 'Emergency admissions for falls in people aged 65 and over, per 100,000.');
    await fill('Unit as read after the number', 'per 100,000');
    await fill('Baseline period', '2022/23');
    // The figure is checked where it is typed.
    await fill('Baseline figure for Cheshire (optional)', 'about 2,100');
    await fill('Source of the figures', 'OHID Fingertips');
    await fill('Target period', '2027/28');
    await fill('Target value', '1900');
    await user.click(within(form).getByRole('button', { name: 'Add the indicator' }));
    expect(await within(form).findByText(/is not a number/)).toBeInTheDocument();
    // Nothing is published by default (issue 31): the admin says which it is.
    expect(within(form).getByLabelText('Is the indicator published?')).toHaveAccessibleDescription(/nothing is taken as published unless you say so/);
    await user.selectOptions(within(form).getByLabelText('Is the indicator published?'), 'published');
    await fill('Baseline figure for Cheshire (optional)', '2,134.5');
    await user.click(within(form).getByRole('button', { name: 'Add the indicator' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add an indicator to Aim 1' })).toBeNull());
    const added = db.frameworks.get('cheshire-pioneer')!.ambitions[0]!.indicators.find((i) => i.name === 'Emergency admissions for falls')!;
    expect(added.baselinePeriod).toBe('2022/23');
    await waitFor(() => expect(db.series.get(`cheshire-pioneer/${added.id}/cheshire`)?.points).toEqual([expect.objectContaining({ period: '2022/23', value: 2134.5 })]));
    expect(db.history.get(`cheshire-pioneer/${added.id}/cheshire`)?.[0]).toMatchObject({ editor: { name: 'Sam Patel' }, note: 'The baseline figure, given with the indicator' });
  });
});
