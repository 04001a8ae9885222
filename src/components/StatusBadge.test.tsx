import { render } from '@testing-library/react';
import { StatusBadge } from './StatusBadge';
import type { StatusKind } from '../domain/status/assessment';

// Issue 32, item 7: Missed and Off track looked the same (one red, one ✕). Each status now has its
// own shape, so it reads without colour, and the final verdicts are filled badges.
const ALL: StatusKind[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'missed', 'awaited', 'not-enough-data'];

describe('StatusBadge', () => {
  it('gives every status its own icon shape and its own word', () => {
    const drawn = ALL.map((status) => {
      const { container, unmount } = render(<StatusBadge status={status} />);
      const shape = container.querySelector('path')!.getAttribute('d');
      const word = container.textContent;
      unmount();
      return { shape, word };
    });
    expect(new Set(drawn.map((d) => d.shape)).size).toBe(ALL.length);
    expect(new Set(drawn.map((d) => d.word)).size).toBe(ALL.length);
  });

  it('tells Missed from Off track by shape as well as word: a flag, not the cross', () => {
    const { container: missed } = render(<StatusBadge status="missed" />);
    const { container: offTrack } = render(<StatusBadge status="off-track" />);
    expect(missed.querySelector('path')!.getAttribute('d')).not.toBe(offTrack.querySelector('path')!.getAttribute('d'));
    expect(missed.textContent).toBe('Missed');
    expect(offTrack.textContent).toBe('Off track');
  });
});
