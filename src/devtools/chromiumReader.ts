import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveDist } from './staticServer';
import { sampleHeapPeak, type HeapUsage } from './heapPeak';
import { WorkerSessions } from './workerSessions';

export interface BrowserFile {
  name: string;
  path: string;
}

/** One file parsed by the task pane's import worker in Chromium. */
export interface BrowserRun {
  name: string;
  /** What the worker answered: a form, or refused. */
  kind: string;
  /** From handing the bytes to the worker to its answer, in the page's clock. */
  ms: number;
  /** Peak of the worker's used JavaScript heap plus its ArrayBuffers, sampled every SAMPLE_MS. */
  heapMb: number;
  /** Peak of the worker's reserved heap plus its ArrayBuffers (a high-water mark samples cannot miss as easily). */
  reservedMb: number;
  samples: number;
}

const MB = 1024 * 1024;
const SAMPLE_MS = 10;
const PAGE = '/reader-bench.html';
const FILES = '/reader-bench-files/';

/** The page's side: start the worker and wait until its script has run (its message handler is set). */
async function startWorker(page: Page, script: string, sessions: WorkerSessions): Promise<string> {
  const attached = sessions.nextWorker();
  await page.evaluate((url) => {
    (window as unknown as { benchWorker: Worker }).benchWorker = new Worker(url);
  }, script);
  const session = await attached;
  for (;;) {
    const { result } = await sessions.send<{ result: { value: string } }>(session, 'Runtime.evaluate', {
      expression: 'typeof self.onmessage',
      returnByValue: true,
    });
    if (result.value === 'function') return session;
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** The page's side: fetch the file (not timed), hand its bytes to the worker as the Import panel does, time the answer. */
function parseInPage(page: Page, url: string, name: string): Promise<{ ms: number; kind: string }> {
  return page.evaluate(
    async ([fileUrl, fileName]) => {
      const worker = (window as unknown as { benchWorker: Worker }).benchWorker;
      const bytes = await (await fetch(fileUrl)).arrayBuffer();
      const start = performance.now();
      const reply = await new Promise<{ parsed: { kind: string } }>((resolve, reject) => {
        worker.onmessage = (event) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage({ id: 0, name: fileName, bytes }, [bytes]);
      });
      return { ms: performance.now() - start, kind: reply.parsed.kind };
    },
    [url, name] as const,
  );
}

/**
 * Each file through the task pane's own import worker (the built `import-worker` chunk, the code the Import panel
 * runs) in headless Chromium: a fresh worker per file, its heap read over the DevTools protocol while it parses.
 */
export async function parseInChromium(dist: string, files: readonly BrowserFile[]): Promise<BrowserRun[]> {
  const script = readdirSync(dist).find((file) => /^import-worker\.[0-9a-f]+\.js$/.test(file));
  if (!script) throw new Error(`no import-worker chunk in ${dist}: build the web part first`);
  const server = await serveDist(dist);
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    await page.route(`${server.url}${PAGE}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Reader bench</title>' }),
    );
    await page.route(`${server.url}${FILES}*`, (route) => {
      const index = Number(new URL(route.request().url()).pathname.slice(FILES.length));
      return route.fulfill({ contentType: 'application/octet-stream', path: files[index].path });
    });
    await page.goto(`${server.url}${PAGE}`);
    const sessions = await WorkerSessions.attach(await chromium.browser.newCDPSession(page));
    const runs: BrowserRun[] = [];
    for (const [index, file] of files.entries()) {
      const session = await startWorker(page, `/${script}`, sessions);
      const sampler = sampleHeapPeak(() => sessions.send<HeapUsage>(session, 'Runtime.getHeapUsage'), SAMPLE_MS);
      const parsed = await parseInPage(page, `${FILES}${index}`, file.name);
      const peak = await sampler.stop();
      await page.evaluate(() => (window as unknown as { benchWorker: Worker }).benchWorker.terminate());
      runs.push({
        name: file.name,
        ...parsed,
        heapMb: peak.usedBytes / MB,
        reservedMb: peak.reservedBytes / MB,
        samples: peak.samples,
      });
    }
    return runs;
  } finally {
    await chromium.close();
    await server.close();
  }
}
