import { screen } from '@testing-library/react';
import { renderApp } from '../../tests/helpers/render-app';

// Issue 13: an address whose partnership id is malformed ('/%2F%2Fevil.example') must not build
// links to another site; it, and an id no partnership has, get a plain not-found page.

const linksOnPage = () => screen.getAllByRole('link').map((a) => a.getAttribute('href') ?? '');

describe('the partnership in the address', () => {
  it('gives a malformed id a not-found page whose links all stay on this site', async () => {
    renderApp('/%2F%2Fevil.example');
    expect(await screen.findByRole('heading', { level: 1, name: 'No partnership at this address' })).toBeInTheDocument();
    for (const href of linksOnPage()) expect(href).toMatch(/^\/(?!\/)/);
    expect(linksOnPage().join(' ')).not.toContain('evil.example');
  });

  it('gives an id no partnership has the same page, with a way to the dashboard', async () => {
    renderApp('/nowhere/ambitions/1');
    expect(await screen.findByRole('heading', { level: 1, name: 'No partnership at this address' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/wyh');
  });
});
