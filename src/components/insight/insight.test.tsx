import { screen, waitFor, within } from '@testing-library/react';
import { db, saveIndicator } from '../../../mocks/db';
import { identifyEditor } from '../../../tests/helpers/identify-editor';
import { renderApp } from '../../../tests/helpers/render-app';

const section = (name: string) => screen.findByRole('region', { name });

describe('insight on the detail page', () => {
  it('says when the latest figure is from, flags an overdue update, and gives the tested trend and the margin of error', async () => {
    renderApp('/wyh/ambitions/4');
    const cancer = await section('Cancers diagnosed at stage 1 or 2');
    expect(await within(cancer).findByText(/^Latest figure 2023 \(its period ended 2 years 11 months ago\); published yearly; next was due Jul 2026\./)).toBeInTheDocument();
    expect(within(cancer).getByText(/Release timing is the source’s usual schedule, illustrative/)).toBeInTheDocument();
    const overdue = within(cancer).getByText('Update overdue').closest('p')!;
    expect(overdue).toHaveTextContent('Update overdue the figure after 2023 was due in Jul 2026. Programme leads: check the source for a newer figure.');
    const asks = within(cancer).getByRole('list', { name: 'What each target asks' });
    expect(asks).toHaveTextContent(
      'Behind the straight path to the target, and the shortfall is larger than the margin of error: even the better end of the 95% interval (53.5%) is worse than the 62.3% needed by then on the straight path.',
    );
    const trend = within(cancer).getByText('Improving').closest('p')!;
    expect(trend).toHaveTextContent('Over the last 5 figures (2019 to 2023) it rose by 0.74 percentage points a year, more than chance variation would explain.');
    expect(trend).toHaveTextContent('Test: t-test on the slope of the least-squares line, 95% two-sided.');
  });

  it('points the trend arrow the way the figures went, and says in words whether that is good (issue 32, item 3)', async () => {
    const arrows: string[] = [];
    for (const [number, name] of [
      [9, 'Carbon emissions from NHS organisations'],
      [5, 'Suicide rate'],
      [4, 'Cancers diagnosed at stage 1 or 2'],
    ] as const) {
      renderApp(`/wyh/ambitions/${number}`);
      const region = await section(name);
      const marker = (await within(region).findByText(/^(Improving|Worsening|No significant change)$/)).closest('p')!;
      const arrow = marker.querySelector('[aria-hidden="true"]')!.textContent;
      const text = marker.textContent!;
      if (/ it fell /.test(text) && !/No significant change/.test(text)) expect(arrow).toBe('↘');
      else if (/ it rose /.test(text) && !/No significant change/.test(text)) expect(arrow).toBe('↗');
      else expect(arrow).toBe('→');
      arrows.push(`${arrow} ${marker.querySelector('.trend-marker__badge')!.textContent!.replace(/^\S+\s*/, '')}`);
      document.body.innerHTML = '';
    }
    // Falling carbon is improving, rising cancer diagnosis at an early stage is improving: one arrow each way.
    expect(arrows).toContain('↘ Improving');
    expect(arrows).toContain('↗ Improving');
  });

  it('shows no overdue flag when the next figure is not yet due', async () => {
    renderApp('/wyh/ambitions/9');
    const carbon = await section('Carbon emissions from NHS organisations');
    expect(await within(carbon).findByText(/next due Apr 2027\./)).toBeInTheDocument();
    expect(within(carbon).queryByText('Update overdue')).not.toBeInTheDocument();
  });

  it('lists comments, numbered as the chart marks them, with who wrote them and when', async () => {
    renderApp('/wyh/ambitions/4');
    const cancer = await section('Cancers diagnosed at stage 1 or 2');
    const comments = await within(cancer).findByRole('region', { name: /^Comments \(1\)/ });
    expect(comments).toHaveTextContent('[1] On the 2020 figure, every place: 2020 figure affected by the pandemic: fewer people came forward with symptoms.');
    expect(comments).toHaveTextContent('Sample programme lead, Illustrative comment, not from the partnership, 15 Sept 2026, 15:00');
  });
});

describe('adding a comment', () => {
  async function openEditing() {
    const app = renderApp('/wyh/ambitions/5?place=leeds&view=table');
    await app.user.click(await screen.findByRole('button', { name: 'Update figures' }));
    await identifyEditor(app.user);
    return { ...app, form: await screen.findByRole('form', { name: 'Add a comment on Suicide rate' }) };
  }

  it('adds a dated comment on one figure for this place; it is listed, kept, and in the history', async () => {
    const { user, form } = await openEditing();
    await user.type(within(form).getByLabelText('Comment'), 'Two deaths in 2021 were registered late.');
    await user.selectOptions(within(form).getByLabelText('About'), 'The 2019-21 figure');
    await user.click(within(form).getByRole('button', { name: 'Add comment' }));
    expect(await within(form).findByText('Comment saved.')).toBeInTheDocument();
    const list = screen.getByRole('region', { name: /^Comments \(2\)/ });
    expect(list).toHaveTextContent('[2] On the 2019-21 figure, Leeds: Two deaths in 2021 were registered late.');
    expect(list).toHaveTextContent('Alice Adams, Leeds Health and Care Partnership');
    const stored = db.frameworks.get('wyh')!.ambitions[4]!.indicators[0]!.comments!;
    expect(stored.at(-1)).toMatchObject({ text: 'Two deaths in 2021 were registered late.', placeId: 'leeds', period: '2019-21', author: { name: 'Alice Adams' } });
    // Kirklees does not see a comment made for Leeds.
    expect(stored.filter((c) => c.placeId === 'kirklees')).toEqual([]);
  });

  it('says what is missing beside the field, and sends nothing', async () => {
    const { user, form } = await openEditing();
    const before = db.frameworks.get('wyh')!.ambitions[4]!.indicators[0]!.version ?? 0;
    await user.click(within(form).getByRole('button', { name: 'Add comment' }));
    expect(within(form).getByText('Write the comment.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Comment')).toHaveFocus();
    expect(db.frameworks.get('wyh')!.ambitions[4]!.indicators[0]!.version ?? 0).toBe(before);
  });

  it('adds the comment to a colleague’s newer version instead of losing either', async () => {
    const { user, form } = await openEditing();
    const current = db.frameworks.get('wyh')!.ambitions[4]!.indicators[0]!;
    saveIndicator('wyh', current.id, { baseVersion: current.version ?? 0, indicator: { ...current, source: 'ONS, revised' }, editor: { name: 'Bob', organisation: 'Kirklees' } });
    await user.type(within(form).getByLabelText('Comment'), 'Checked against the ONS release.');
    await user.click(within(form).getByRole('button', { name: 'Add comment' }));
    expect(await within(form).findByText('Comment saved, added to a colleague’s newer version.')).toBeInTheDocument();
    const saved = db.frameworks.get('wyh')!.ambitions[4]!.indicators[0]!;
    expect(saved.source).toBe('ONS, revised');
    expect(saved.comments!.at(-1)!.text).toBe('Checked against the ONS release.');
    await waitFor(() => expect(screen.getByRole('region', { name: /^Comments \(2\)/ })).toBeInTheDocument());
  });
});

describe('gap indicators on the detail page', () => {
  it('shows both groups behind the life-expectancy gap (Bradford District and Craven, illustrative: the published figures carry no groups), as a sentence and a table, beside the gap and its target', async () => {
    renderApp('/wyh/ambitions/1?place=bradford&view=table');
    const men = await section('Gap in life expectancy between most and least deprived areas, men');
    const groups = await within(men).findByRole('region', { name: /^The two groups behind the gap, Bradford District and Craven/ });
    expect(groups).toHaveTextContent(
      'In 2021-23, Least deprived areas: 82.8 years; Most deprived areas: 70.8 years; a gap of 12.0 years. In 2015-17 they were 82.4 years and 71.7 years, a gap of 10.7 years.',
    );
    const table = within(groups).getByRole('table', { name: /Least deprived areas and Most deprived areas, Bradford District and Craven/ });
    const last = within(table).getAllByRole('row').at(-1)!;
    expect(
      within(last)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['82.8', '70.8', '12.0']);
    // The gap is what is targeted: its statuses are above, one per target.
    expect(within(men).getByRole('list', { name: 'Targets for Bradford District and Craven' })).toHaveTextContent('Original target (five-year plan)');
    expect(within(men).getByRole('list', { name: 'Targets for Bradford District and Craven' })).toHaveTextContent('Revised target (Joint Forward Plan 2023)');
  });

  it('shows the excess in deaths for people with severe mental illness from the two rates', async () => {
    renderApp('/wyh/ambitions/2?view=table');
    const smi = await section('Excess deaths under 75 in adults with severe mental illness');
    const groups = await within(smi).findByRole('region', { name: /The two groups behind the gap/ });
    expect(groups).toHaveTextContent(/Adults with severe mental illness: 1,473\.7 per 100,000; All adults: 310\.9 per 100,000; 374% higher\./);
  });
});

describe('updates due, for programme leads', () => {
  it('lists every indicator with its next partnership-wide figure, overdue ones first and flagged', async () => {
    renderApp('/wyh/data');
    const due = await screen.findByRole('region', { name: 'Updates due' });
    expect(await within(due).findByText(/^\d+ of 18 indicators have a newer West Yorkshire and Harrogate figure overdue\.$/)).toBeInTheDocument();
    const rows = within(due).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/Overdue was due/);
    const carbon = rows.find((r) => r.textContent!.startsWith('Carbon emissions from NHS organisations'))!;
    expect(
      within(carbon)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2024/25', 'Apr 2027']);
    const suicide = rows.find((r) => r.textContent!.startsWith('Suicide rate'))!;
    expect(
      within(suicide)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2020-22', 'Overdue was due Oct 2024']);
  });
});

describe('correcting a gap figure', () => {
  it('shows the two groups’ figures in the form, and works the gap out from them', async () => {
    const app = renderApp('/wyh/ambitions/1?place=bradford&view=table');
    await app.user.click(await screen.findByRole('button', { name: 'Update figures' }));
    await identifyEditor(app.user);
    const editor = await screen.findByRole('region', { name: 'Update Gap in life expectancy between most and least deprived areas, men for Bradford District and Craven' });
    await app.user.click(within(editor).getByRole('button', { name: 'Correct 2021-23' }));
    const form = within(editor).getByRole('form', { name: 'Correct the 2021-23 figure' });
    expect(within(form).getByLabelText('Least deprived areas (years, optional)')).toHaveValue('82.8');
    expect(within(form).getByLabelText('Most deprived areas (years, optional)')).toHaveValue('70.8');
    await app.user.clear(within(form).getByLabelText('Least deprived areas (years, optional)'));
    await app.user.type(within(form).getByLabelText('Least deprived areas (years, optional)'), '83.1');
    await app.user.clear(within(form).getByLabelText(/^Gap \(years; blank to work it out from the groups\)/));
    await app.user.click(within(form).getByRole('button', { name: 'Save figure' }));
    await waitFor(() => {
      const point = db.series.get('wyh/le-gap-male/bradford')!.points.find((p) => p.period === '2021-23')!;
      expect(point).toMatchObject({ value: 12.3, groups: [83.1, 70.8] });
    });
  });
});
