import { act, render, screen } from '@testing-library/react';
import { codeWhen } from './code-when';

const Counter = ({ label }: { label: string }) => <p>{label}</p>;

/** A loader that fails while `offline` is true, as a chunk's import does with no network. */
function flakyLoader() {
  const state = { offline: true, calls: 0 };
  const load = () => {
    state.calls += 1;
    return state.offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({ default: Counter });
  };
  return { state, load };
}

describe('codeWhen', () => {
  it('loads nothing until asked, then draws the component with its props', async () => {
    const loads = vi.fn(() => Promise.resolve({ default: Counter }));
    const Lazy = codeWhen(loads);
    const { rerender } = render(<Lazy when={false} label="2 changes not yet saved" />);
    expect(loads).not.toHaveBeenCalled();
    rerender(<Lazy when label="2 changes not yet saved" />);
    expect(await screen.findByText('2 changes not yet saved')).toBeInTheDocument();
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('tries again as soon as the device is back online after a failed load, instead of giving up', async () => {
    const { state, load } = flakyLoader();
    const Lazy = codeWhen(load, 60_000);
    render(<Lazy when label="kept" />);
    await act(async () => {});
    expect(state.calls).toBe(1);
    expect(screen.queryByText('kept')).toBeNull();
    state.offline = false;
    act(() => void window.dispatchEvent(new Event('online')));
    expect(await screen.findByText('kept')).toBeInTheDocument();
    expect(state.calls).toBe(2);
  });

  it('tries again after a while where no "online" event ever comes', async () => {
    vi.useFakeTimers();
    try {
      const { state, load } = flakyLoader();
      const Lazy = codeWhen(load, 5_000);
      render(<Lazy when label="kept" />);
      await act(async () => {});
      state.offline = false;
      await act(async () => void vi.advanceTimersByTime(5_000));
      expect(screen.getByText('kept')).toBeInTheDocument();
      expect(state.calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws at once, without loading again, once the code is here', async () => {
    const loads = vi.fn(() => Promise.resolve({ default: Counter }));
    const Lazy = codeWhen(loads);
    const first = render(<Lazy when label="kept" />);
    await screen.findByText('kept');
    first.unmount();
    render(<Lazy when={false} label="kept again" />);
    expect(screen.getByText('kept again')).toBeInTheDocument();
    expect(loads).toHaveBeenCalledTimes(1);
  });
});
