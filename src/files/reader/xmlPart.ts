import type { Archive } from './archive';
import type { ReaderLimits } from './limits';
import { cut, fail, ReaderFailure, type ReaderProblem } from './problem';
import { XmlFault, XmlTokenizer, type XmlHandler } from './xmlTokenizer';

/** The sheet a part belongs to, so a message can name it instead of a path inside the zip. */
export interface PartPlace {
  sheet?: string;
}

/** Streams one XML part through the tokenizer into `handler`; any fault becomes a problem naming the file. */
export function readXmlPart(
  archive: Archive,
  part: string,
  handler: XmlHandler,
  limits: ReaderLimits,
  place: PartPlace = {},
): void {
  const tokenizer = new XmlTokenizer(handler, limits);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    archive.read(part, (chunk) => {
      // Excel writes UTF-8 only; a UTF-16 byte order mark means a part we will not guess at.
      if (
        first &&
        chunk.length >= 2 &&
        ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
      )
        throw new XmlFault('encoding');
      first = false;
      tokenizer.feed(decodeChunk(decoder, chunk));
    });
    tokenizer.feed(decodeChunk(decoder));
    tokenizer.end();
  } catch (error) {
    // A damaged zip entry of a sheet is told as that sheet being damaged, in the user's terms.
    if (error instanceof ReaderFailure && error.problem.key === 'reader.error.damagedPart' && place.sheet !== undefined)
      fail('reader.error.damagedSheet', { file: archive.file, sheet: cut(place.sheet) });
    if (!(error instanceof XmlFault)) throw error;
    const problem = faultProblem(error, archive.file, part, place);
    fail(problem.key, problem.params);
  }
}

function decodeChunk(decoder: TextDecoder, chunk?: Uint8Array): string {
  try {
    return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
  } catch {
    throw new XmlFault('damaged');
  }
}

function faultProblem(fault: XmlFault, file: string, part: string, place: PartPlace): ReaderProblem {
  const sheet = place.sheet === undefined ? undefined : cut(place.sheet);
  switch (fault.kind) {
    case 'forbidden':
      return { key: 'reader.error.forbiddenContent', params: { file, part } };
    case 'encoding':
      return { key: 'reader.error.encoding', params: { file, part } };
    case 'tooComplex':
      return sheet === undefined
        ? { key: 'reader.error.tooComplexPart', params: { file, part } }
        : { key: 'reader.error.tooComplexSheet', params: { file, sheet } };
    case 'damaged':
      return sheet === undefined
        ? { key: 'reader.error.damagedPart', params: { file, part } }
        : { key: 'reader.error.damagedSheet', params: { file, sheet } };
  }
}
