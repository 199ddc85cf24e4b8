/** One reading of a V8 isolate's memory, as the DevTools protocol's `Runtime.getHeapUsage` answers it. */
export interface HeapUsage {
  /** Live JavaScript objects. */
  usedSize: number;
  /** The heap V8 has reserved for them (never below what was used since the last shrink). */
  totalSize: number;
  /** ArrayBuffer contents (file bytes, inflated parts), kept outside the JavaScript heap. */
  backingStorageSize?: number;
}

/** The highest readings seen, in bytes: used heap plus ArrayBuffers, and reserved heap plus ArrayBuffers. */
export interface HeapPeak {
  usedBytes: number;
  reservedBytes: number;
  samples: number;
}

/**
 * Reads the heap again and again, `intervalMs` apart, until `stop()`, which takes one last reading and returns the
 * peak. A sampled peak can miss garbage collected between two readings; the reserved figure keeps that high-water
 * mark longer, since V8 gives reserved heap back only slowly.
 */
export function sampleHeapPeak(read: () => Promise<HeapUsage>, intervalMs: number): { stop(): Promise<HeapPeak> } {
  const peak: HeapPeak = { usedBytes: 0, reservedBytes: 0, samples: 0 };
  const take = async () => {
    const usage = await read();
    const buffers = usage.backingStorageSize ?? 0;
    peak.usedBytes = Math.max(peak.usedBytes, usage.usedSize + buffers);
    peak.reservedBytes = Math.max(peak.reservedBytes, usage.totalSize + buffers);
    peak.samples += 1;
  };
  let running = true;
  let wake = () => {};
  const pause = () =>
    new Promise<void>((done) => {
      const timer = setTimeout(done, intervalMs);
      wake = () => {
        clearTimeout(timer);
        done();
      };
    });
  // A failed reading ends the loop and is thrown by stop(), not left as an unhandled rejection meanwhile.
  const loop = (async () => {
    while (running) {
      await take();
      if (running) await pause();
    }
  })().then(
    () => null,
    (error: unknown) => error,
  );
  return {
    async stop() {
      running = false;
      wake();
      const failed = await loop;
      if (failed !== null) throw failed;
      await take();
      return { ...peak };
    },
  };
}
