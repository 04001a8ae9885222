import { mapWithLimit } from './map-with-limit';

describe('mapWithLimit', () => {
  it('runs every item, never more than the limit at once, and keeps the items’ order', async () => {
    let running = 0;
    let most = 0;
    const results = await mapWithLimit([5, 1, 4, 2, 3, 0], 3, async (delay, i) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, delay));
      running -= 1;
      return `${i}:${delay}`;
    });
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0']);
    expect(most).toBe(3);
  });

  it('takes no items and gives none back', async () => {
    expect(await mapWithLimit([], 4, async () => 1)).toEqual([]);
  });

  it('fails as the first failing item fails', async () => {
    await expect(mapWithLimit([1, 2], 2, async (n) => (n === 2 ? Promise.reject(new Error('two')) : n))).rejects.toThrow('two');
  });
});
