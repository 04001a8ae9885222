import { axeViolations, browserForThisFile, exploreChart, identify, layoutSettled, openPage, screenshot } from './browser';

const browser = browserForThisFile();

describe('insight views in Chromium', () => {
  it('progress across ambitions: one chart and its table, sortable by keyboard; no axe violations; readable on a phone', async () => {
    const { page, errors, close } = await openPage(browser(), '/wyh/progress?place=leeds');
    await page.getByRole('heading', { level: 1, name: 'Progress across big ambitions' }).waitFor();
    const chart = page.getByRole('img', { name: /Furthest behind: ambition 3 / });
    await chart.waitFor();
    expect(await page.locator('.portfolio-chart .portfolio-chart__row:not(.portfolio-chart__scale)').count()).toBe(10);
    expect(await page.locator('.portfolio-chart__row--behind').count()).toBeGreaterThan(0);
    // Behind rows say so in words, not only in red; no share is shown past 100%.
    expect(await page.locator('.portfolio-chart__row--behind .portfolio-chart__value').first().textContent()).toMatch(/\d+ percentage points behind schedule\.$/);
    expect(await page.locator('.portfolio-chart, .portfolio-table').first().textContent()).not.toMatch(/\d{3,}%/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'progress-desktop');
    await page.getByLabel('Order').focus();
    // Typing an option's first letters chooses it, as keyboard users do with a closed list.
    await page.keyboard.type('Amb');
    await page.waitForURL(/order=ambition/);
    await page.locator('.portfolio-table tbody tr:first-child th a', { hasText: /^1\. / }).waitFor();
    await page.setViewportSize({ width: 320, height: 640 });
    await layoutSettled(page, '.portfolio-chart, .portfolio-table');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'progress-phone');
    expect(errors).toEqual([]);
    await close();
  });

  it('marks a commented figure on the chart, lists the comment, and flags an overdue update; no axe violations', async () => {
    const { page, errors, close } = await openPage(browser(), '/wyh/ambitions/4');
    const cancer = page.getByRole('region', { name: 'Cancers diagnosed at stage 1 or 2' });
    await exploreChart(cancer);
    // The comment on the 2020 figure is drawn as the mark [1] at 2020 (recharts draws labels in a layer of their own).
    expect(await cancer.locator('svg text', { hasText: '[1]' }).count()).toBe(1);
    expect(await cancer.getByRole('region', { name: /^Comments \(1\)/ }).textContent()).toContain('[1] On the 2020 figure');
    expect(await cancer.getByText('Update overdue').count()).toBe(1);
    expect(await cancer.locator('.trend-marker').textContent()).toMatch(/Improving/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'detail-insight-desktop');
    expect(errors).toEqual([]);
    await close();
  });

  it('charts both groups behind a gap beside the gap itself; no axe violations', async () => {
    const { page, errors, close } = await openPage(browser(), '/wyh/ambitions/1?place=bradford');
    // Bradford District and Craven: illustrative figures with the two groups (the published ones carry none).
    const groups = page.getByRole('region', { name: /^The two groups behind the gap, Bradford District and Craven/ }).first();
    await groups.scrollIntoViewIfNeeded();
    await groups.locator('.recharts-wrapper svg').first().waitFor();
    expect(await groups.locator('.recharts-line').count()).toBe(2);
    expect(await groups.locator('table tbody tr').count()).toBe(7);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'gap-groups-desktop');
    expect(errors).toEqual([]);
    await close();
  });

  it('adds a comment by keyboard in update mode; the chart gains its mark; no axe violations on the form', async () => {
    const { page, errors, close } = await openPage(browser(), '/wyh/ambitions/5?place=kirklees');
    await page.getByRole('button', { name: 'Update figures' }).click();
    await identify(page, 'Alice Adams', 'Kirklees Health and Care Partnership');
    const form = page.getByRole('form', { name: 'Add a comment on Suicide rate' });
    await form.getByLabel('Comment').fill('Two late registrations moved into 2021.');
    await form.getByLabel('About').selectOption('2019-21');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Add comment' }).focus();
    await page.keyboard.press('Enter');
    await form.getByText('Comment saved.').waitFor();
    const section = page.getByRole('region', { name: 'Suicide rate' });
    expect(await section.getByRole('region', { name: /^Comments \(2\)/ }).textContent()).toContain('On the 2019-21 figure, Kirklees: Two late registrations moved into 2021.');
    expect(await section.locator('svg text', { hasText: '[2]' }).count()).toBe(1);
    await screenshot(page, 'comment-added-desktop');
    expect(errors).toEqual([]);
    await close();
  });
});
