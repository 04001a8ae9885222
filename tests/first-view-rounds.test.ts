// The round-trip count the first-view budget judges: a request's round is one more than the
// latest round whose reply arrived before it was sent.
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module of the build scripts, without types
import { assignRounds } from '../scripts/lib/first-view.mjs';

type Timed = { url: string; sentAt: number; arrivedAt: number; round?: number };
const request = (url: string, sentAt: number, arrivedAt: number): Timed => ({ url, sentAt, arrivedAt });

describe('assignRounds', () => {
  it('counts a chain page → script → data as three rounds, and siblings as one', () => {
    const rounds = (
      assignRounds([
        request('/page', 0, 1000),
        request('/script.js', 1001, 2001),
        request('/framework', 1002, 2002),
        request('/series/a', 2050, 3050),
        request('/series/b', 2051, 3051),
      ]) as Timed[]
    ).map((r) => [r.url, r.round]);
    expect(rounds).toEqual([
      ['/page', 1],
      ['/script.js', 2],
      ['/framework', 2],
      ['/series/a', 3],
      ['/series/b', 3],
    ]);
  });

  it('gives a request sent before any reply the first round, whatever order they come in', () => {
    const requests = assignRounds([request('/b', 5, 1005), request('/a', 0, 1000), request('/c', 1000, 2000)]) as Timed[];
    expect(Object.fromEntries(requests.map((r) => [r.url, r.round]))).toEqual({ '/a': 1, '/b': 1, '/c': 2 });
  });

  it('never gives a request a lower round than a reply it could have waited for', () => {
    // A long chain, sent in a shuffled order: each link waits for the one before.
    const chain = Array.from({ length: 50 }, (_, i) => request(`/${i}`, i * 1000 + 1, (i + 1) * 1000)).reverse();
    const rounds = (assignRounds(chain) as Timed[]).map((r) => r.round ?? 0);
    expect(Math.max(...rounds)).toBe(50);
  });
});
