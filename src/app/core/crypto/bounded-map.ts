/**
 * How many records are sealed or opened at a time: enough to keep Web Crypto busy, few enough
 * that a long list does not queue a task and a promise per record all at once.
 */
const IN_FLIGHT = 64;

/**
 * Like `Promise.all(list.map(each))`, results in the same order, with at most 64 pending at once:
 * 10,000 decrypts started together cost more in queued tasks and promises than the decrypts.
 * Rejects with the first rejection, as `Promise.all` does.
 */
export async function mapBounded<A, B>(
  list: readonly A[],
  each: (item: A) => B | Promise<B>,
): Promise<B[]> {
  const out = new Array<B>(list.length);
  let next = 0;
  const lane = async () => {
    while (next < list.length) {
      const i = next++;
      out[i] = await each(list[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, list.length) }, lane));
  return out;
}
