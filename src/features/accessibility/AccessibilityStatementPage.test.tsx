import { screen } from '@testing-library/react';
import { renderApp } from '../../../tests/helpers/render-app';

describe('Accessibility statement', () => {
  it('has the sections a UK public-sector statement has, and is linked from every page', async () => {
    const { user } = renderApp('/wyh');
    await user.click(await screen.findByRole('link', { name: 'Accessibility statement' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement for the Ambitions dashboard' })).toBeInTheDocument();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual([
      'How accessible this dashboard is',
      'Feedback and contact information',
      'Enforcement procedure',
      'Technical information about this dashboard’s accessibility',
      'How we tested this dashboard',
    ]);
    expect(screen.getByText(/partially compliant with the/)).toHaveTextContent('Web Content Accessibility Guidelines version 2.2 AA standard');
    for (const link of screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('http'))) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });
});
