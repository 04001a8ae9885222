import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { preloadable } from './preloadable';

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label}: {count}
    </button>
  );
}

describe('preloadable', () => {
  it('once preloaded, renders at once: no fallback is ever shown', async () => {
    const { Component, preload } = preloadable(() => Promise.resolve({ default: Greeting }));
    await preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Component name="board" />
      </Suspense>,
    );
    expect(screen.getByText('Hello board')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('not preloaded, suspends like React.lazy and then renders', async () => {
    const { Component } = preloadable(() => Promise.resolve({ default: Greeting }));
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Component name="lead" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello lead')).toBeInTheDocument();
  });

  it('keeps what is below it when it renders again after loading (a lead’s half-made edit is not thrown away)', async () => {
    const { Component, preload } = preloadable(() => Promise.resolve({ default: Counter }));
    const { rerender } = render(
      <Suspense fallback={<p>Loading</p>}>
        <Component label="first" />
      </Suspense>,
    );
    await preload();
    await userEvent.click(await screen.findByRole('button', { name: 'first: 0' }));
    rerender(
      <Suspense fallback={<p>Loading</p>}>
        <Component label="again" />
      </Suspense>,
    );
    expect(screen.getByRole('button', { name: 'again: 1' })).toBeInTheDocument();
  });

  it('after a failed load, loads again when asked', async () => {
    let calls = 0;
    const { preload } = preloadable<{ name: string }>(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: Greeting })));
    await expect(preload()).rejects.toThrow('offline');
    await expect(preload()).resolves.toEqual({ default: Greeting });
    expect(calls).toBe(2);
  });
});
