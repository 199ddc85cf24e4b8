import { parseReturnedForm } from '../../files/returnedForm/parseReturnedForm';
import type { ParseReply, ParseRequest } from './workerMessages';

/**
 * The Web Worker that reads returned forms off the main thread (research §2): the values-only reader and
 * the form's recognition run here, and only plain data goes back. Office.js is never loaded here.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(reply: ParseReply): void;
};

scope.onmessage = (event) => {
  const { id, name, bytes } = event.data;
  void parseReturnedForm(new Uint8Array(bytes), name).then((parsed) => scope.postMessage({ id, parsed }));
};
