import { act, render as renderInTest, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import KeptCopyNotice from './KeptCopyNotice';
import { noteReply } from '../lib/kept-copy';
import { forgetKeptCopies } from '../lib/kept-copy-readers';

const render = (ui: ReactElement) => renderInTest(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => {
  setOnline(true);
  forgetKeptCopies();
});

describe('KeptCopyNotice (issue 33)', () => {
  it('says when the figures on screen were fetched, when they came from the copy kept on this device', () => {
    render(<KeptCopyNotice />);
    expect(screen.queryByText(/No connection/)).toBeNull();
    act(() => noteReply('/api/series/a', new Response('{}', { headers: { Date: 'Mon, 07 Dec 2026 21:05:00 GMT' } }), Date.parse('2026-12-08T09:00:00Z'), false));
    expect(screen.getByRole('status')).toHaveTextContent(/^No connection: these are the figures as fetched on 7 December 2026 at \d\d:05, kept on this device/);
    // A fresh reply for the same address replaces the kept copy: the notice goes without a reload.
    act(() => noteReply('/api/series/a', new Response('{}', { headers: { Date: 'Tue, 08 Dec 2026 09:00:00 GMT' } }), Date.parse('2026-12-08T09:00:10Z'), true));
    expect(screen.queryByText(/No connection/)).toBeNull();
  });

  it('gives the page’s own date when there is no connection and no figures were read (a page drawn at build time)', () => {
    render(<KeptCopyNotice />);
    setOnline(false);
    expect(screen.getByRole('status')).toHaveTextContent(/^No connection: these are the figures as fetched on/);
    setOnline(true);
    expect(screen.queryByText(/No connection/)).toBeNull();
  });
});
