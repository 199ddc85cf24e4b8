import type { ParsedReturn } from '../../files/returnedForm/parsedReturn';
import type { ParseReply, ParseRequest } from './workerMessages';

export interface PickedFile {
  name: string;
  bytes: ArrayBuffer;
}

/**
 * Reads the picked files in one Web Worker, one after another, and returns what each is. Where a pane has no
 * Worker the same code runs on the main thread (loaded on demand), slower but with the same result.
 */
export async function parseInWorker(files: readonly PickedFile[]): Promise<ParsedReturn[]> {
  if (typeof Worker === 'undefined') {
    const { parseReturnedForm } = await import(
      /* webpackChunkName: "import-reader" */ '../../files/returnedForm/parseReturnedForm'
    );
    const parsed: ParsedReturn[] = [];
    for (const file of files) parsed.push(await parseReturnedForm(new Uint8Array(file.bytes), file.name));
    return parsed;
  }
  const worker = new Worker(new URL(/* webpackChunkName: "import-worker" */ './importWorker.ts', import.meta.url));
  try {
    return await Promise.all(
      files.map(
        (file, id) =>
          new Promise<ParsedReturn>((resolve, reject) => {
            const listen = (event: MessageEvent<ParseReply>) => {
              if (event.data.id !== id) return;
              worker.removeEventListener('message', listen);
              resolve(event.data.parsed);
            };
            worker.addEventListener('message', listen);
            worker.addEventListener('error', (event) => reject(new Error(event.message)), { once: true });
            const request: ParseRequest = { id, name: file.name, bytes: file.bytes };
            worker.postMessage(request, [file.bytes]);
          }),
      ),
    );
  } finally {
    worker.terminate();
  }
}
