import { screen, within } from '@testing-library/react';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/helpers/render-app';

// Issue 30, item 10: an ambition page has a history per indicator, and a long one (or a server
// that sends the whole of it whatever page is asked) cost the page its speed while collapsed.
// A history is read from the source only when the person opens it.

function historyRequests() {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.endsWith('/history')) seen.push(new URL(request.url).pathname);
  };
  server.events.on('request:start', listener);
  return { seen, stop: () => server.events.removeListener('request:start', listener) };
}

describe('a history is fetched when it is opened', () => {
  it('asks nothing of the source for a collapsed history, and reads the one opened', async () => {
    const requests = historyRequests();
    try {
      const { user } = renderApp('/wyh/ambitions/5?place=leeds&view=table');
      const section = await screen.findByRole('region', { name: 'Suicide rate' });
      await screen.findByRole('table', { name: /Suicide rate.*Leeds/ });
      expect(await within(section).findByText('Changes to these figures')).toBeInTheDocument();
      expect(requests.seen).toEqual([]);

      await user.click(within(section).getByText('Changes to these figures'));
      expect(await within(section).findByText(/No changes have been made to the figures for Leeds/)).toBeInTheDocument();
      expect(requests.seen).toEqual(['/api/frameworks/wyh/indicators/suicide-rate/series/leeds/history']);

      await user.click(within(section).getByText('Changes to the baseline and targets'));
      expect(await within(section).findByText(/have not been changed in this dashboard/)).toBeInTheDocument();
      expect(requests.seen).toEqual(['/api/frameworks/wyh/indicators/suicide-rate/series/leeds/history', '/api/frameworks/wyh/indicators/suicide-rate/history']);
    } finally {
      requests.stop();
    }
  });
});
