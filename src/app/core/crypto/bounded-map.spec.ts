import { mapBounded } from './bounded-map';

describe('mapBounded', () => {
  it('keeps the order of the list, whatever order the work finishes in', async () => {
    const list = Array.from({ length: 200 }, (_, i) => i);
    const result = await mapBounded(list, async (n) => {
      await new Promise((resolve) => setTimeout(resolve, n % 7));
      return n * 2;
    });
    expect(result).toEqual(list.map((n) => n * 2));
  });

  it('has at most 64 pending at once', async () => {
    let pending = 0;
    let most = 0;
    await mapBounded(
      Array.from({ length: 500 }, (_, i) => i),
      async () => {
        most = Math.max(most, ++pending);
        await Promise.resolve();
        pending--;
      },
    );
    expect(most).toBe(64);
  });

  it('rejects with the first rejection, like Promise.all', async () => {
    await expectAsync(
      mapBounded([1, 2, 3], async (n) => {
        if (n === 2) throw new Error('two');
        return n;
      }),
    ).toBeRejectedWithError('two');
  });

  it('answers an empty list with an empty list', async () => {
    expect(await mapBounded([], (n: number) => n)).toEqual([]);
  });
});
