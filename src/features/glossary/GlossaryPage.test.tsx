import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../tests/helpers/render-app';

describe('What the words mean', () => {
  it('explains the units and abbreviations WY&H’s indicators use, then the dashboard’s own words', async () => {
    renderApp('/wyh/glossary');
    expect(await screen.findByRole('heading', { level: 1, name: 'What the words mean' })).toBeInTheDocument();
    const units = screen.getByRole('region', { name: /Units and abbreviations in WY&H’s indicators/ });
    expect(within(units).getByText('STAR-PU').nextElementSibling).toHaveTextContent(/weighting of each practice’s list by the age and sex/);
    expect(within(units).getByText('tCO2e')).toBeInTheDocument();
    expect(within(units).getByText('Excess deaths (%)').nextElementSibling).toHaveTextContent('370% means 4.7 times as many deaths as expected');
    const dashboard = screen.getByRole('region', { name: 'How the dashboard judges each ambition' });
    expect(within(dashboard).getByText('Target in force')).toBeInTheDocument();
  });

  it('is linked from an indicator that uses one of its terms, and from every page’s footer', async () => {
    renderApp('/wyh/ambitions/6');
    const link = await screen.findByRole('link', { name: 'STAR-PU' });
    expect(link).toHaveAttribute('href', '/wyh/glossary#term-star-pu');
    expect(screen.getByRole('link', { name: 'What the words mean' })).toHaveAttribute('href', '/wyh/glossary');
  });
});
