import { sampleHeapPeak, type HeapUsage } from '../../src/devtools/heapPeak';

const MB = 1024 * 1024;

/** Readings handed out one by one; the last repeats once they run out. */
function readings(list: HeapUsage[]): () => Promise<HeapUsage> {
  let next = 0;
  return async () => list[Math.min(next++, list.length - 1)];
}

describe('sampleHeapPeak', () => {
  it('keeps the highest used and reserved figures, ArrayBuffers included, across readings', async () => {
    const sampler = sampleHeapPeak(
      readings([
        { usedSize: 10 * MB, totalSize: 12 * MB, backingStorageSize: 0 },
        { usedSize: 40 * MB, totalSize: 50 * MB, backingStorageSize: 20 * MB },
        { usedSize: 5 * MB, totalSize: 60 * MB },
      ]),
      1,
    );
    await new Promise((done) => setTimeout(done, 50));
    const peak = await sampler.stop();
    expect(peak.usedBytes).toBe(60 * MB);
    expect(peak.reservedBytes).toBe(70 * MB);
    expect(peak.samples).toBeGreaterThanOrEqual(3);
  });

  it('takes a last reading when stopped, so even a run shorter than one interval has a figure', async () => {
    const read = jest.fn(
      readings([
        { usedSize: 1 * MB, totalSize: 2 * MB },
        { usedSize: 3 * MB, totalSize: 4 * MB },
      ]),
    );
    const sampler = sampleHeapPeak(read, 10_000);
    const peak = await sampler.stop();
    expect(read).toHaveBeenCalledTimes(2);
    expect(peak).toEqual({ usedBytes: 3 * MB, reservedBytes: 4 * MB, samples: 2 });
  });

  it('throws a failed reading from stop()', async () => {
    const sampler = sampleHeapPeak(() => Promise.reject(new Error('target closed')), 1);
    await expect(sampler.stop()).rejects.toThrow('target closed');
  });
});
