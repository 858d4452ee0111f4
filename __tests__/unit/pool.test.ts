import { mapConcurrent } from '../../src/engine/pool.js';

/** Work whose items finish only when the test says so, counting how many are in flight. */
function gatedWork() {
  const gates = new Map<number, () => void>();
  const started: number[] = [];
  let inFlight = 0;
  let peak = 0;
  const work = (item: number) =>
    new Promise<string>((resolve) => {
      started.push(item);
      inFlight++;
      peak = Math.max(peak, inFlight);
      gates.set(item, () => {
        inFlight--;
        resolve(`done ${item}`);
      });
    });
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  /** Finishes `item` and lets the pool react. */
  const finish = async (item: number) => {
    gates.get(item)?.();
    await settle();
  };
  return {
    work,
    finish,
    settle,
    started,
    get inFlight() {
      return inFlight;
    },
    get peak() {
      return peak;
    },
  };
}

describe('mapConcurrent', () => {
  it('never has more than `limit` items in flight and starts the next one as soon as one finishes', async () => {
    const gated = gatedWork();
    const items = [0, 1, 2, 3, 4, 5, 6];
    const running = mapConcurrent(items, 3, gated.work);
    await gated.settle();
    expect(gated.started).toEqual([0, 1, 2]);

    await gated.finish(1);
    expect(gated.started).toEqual([0, 1, 2, 3]);
    expect(gated.inFlight).toBe(3);

    for (const item of [0, 3, 2, 5, 4, 6]) await gated.finish(item);
    await expect(running).resolves.toEqual(items.map((item) => `done ${item}`));
    expect(gated.peak).toBe(3);
  });

  it('keeps the order of the items, not the order of finishing', async () => {
    const gated = gatedWork();
    const running = mapConcurrent([10, 20, 30], 3, gated.work);
    await gated.settle();
    for (const item of [30, 10, 20]) await gated.finish(item);
    await expect(running).resolves.toEqual(['done 10', 'done 20', 'done 30']);
  });

  it('runs one at a time with limit 1', async () => {
    const gated = gatedWork();
    const running = mapConcurrent([1, 2, 3], 1, gated.work);
    await gated.settle();
    expect(gated.started).toEqual([1]);
    for (const item of [1, 2, 3]) await gated.finish(item);
    await running;
    expect(gated.peak).toBe(1);
    expect(gated.started).toEqual([1, 2, 3]);
  });

  it('passes each item its index and runs each item once, with a limit above the item count', async () => {
    const calls: [string, number][] = [];
    const results = await mapConcurrent(['a', 'b'], 8, async (item, index) => {
      calls.push([item, index]);
      return index;
    });
    expect(results).toEqual([0, 1]);
    expect(calls).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  it('returns an empty list for no items', async () => {
    await expect(mapConcurrent([], 4, async () => 1)).resolves.toEqual([]);
  });
});
