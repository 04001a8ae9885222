import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../tests/helpers/render-app';

describe('What it would take', () => {
  it('gives the yearly change still needed beside the recent trend for an open target, and nothing for a passed one', async () => {
    renderApp('/wyh/ambitions/5?place=bradford');
    const asks = await screen.findByRole('list', { name: 'What each target asks' });
    const [passed, open] = within(asks).getAllByRole('listitem');
    expect(passed).toHaveTextContent(/^Five-year plan target\./);
    expect(passed).not.toHaveTextContent(/To reach the target/);
    expect(open).toHaveTextContent(/^Suicide prevention strategy 2022–27\./);
    expect(open).toHaveTextContent(
      /To reach the target it needs a fall of 0\.44 per 100,000 a year from the latest figure; the recent trend is a rise of 0\.27 per 100,000 a year\./,
    );
  });
});
