import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../tests/helpers/render-app';

describe('What it would take', () => {
  it('gives the yearly change still needed beside the recent trend for an open target, and nothing for a passed one', async () => {
    renderApp('/wyh/ambitions/5?place=leeds');
    const targets = await screen.findByRole('list', { name: 'Targets for Leeds' });
    const [passed, open] = within(targets).getAllByRole('listitem');
    expect(open).toHaveTextContent(
      /To reach the target it needs a fall of 0\.37 per 100,000 a year from the latest figure; the recent trend is a rise of 0\.14 per 100,000 a year\./,
    );
    expect(passed).not.toHaveTextContent(/To reach the target/);
  });
});
