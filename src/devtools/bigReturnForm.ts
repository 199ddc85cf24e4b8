import { deflateRawSync } from 'node:zlib';
import { buildReturnForms } from '../app/buildReturnForms';
import { PlanFileGateway } from '../files/planPatch/planFileGateway';
import { DEFAULT_READER_LIMITS } from '../files/reader/limits';
import { parseReturnedForm } from '../files/returnedForm/parseReturnedForm';
import { fillReturnForm, type Filling } from './fillReturnForm';
import { syntheticPlanFile } from './syntheticPlanFile';

/** Letters of the plan languages (Latin with their diacritics, Macedonian Cyrillic): text that packs poorly. */
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzčćđšžëçабвгдѓежзѕијклљмнњопрстќуфхцчџш'];

/** Words of random letters from a seeded generator: the same text on every run, with little for deflate to find. */
export function randomText(length: number, seed: number): string {
  let state = seed >>> 0 || 1;
  const next = (n: number) => {
    // xorshift32: fast, deterministic, good enough to defeat a compressor's dictionary.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  const chars: string[] = [];
  while (chars.length < length) {
    for (let word = 1 + next(12); word > 0; word--) chars.push(LETTERS[next(LETTERS.length)]);
    chars.push(next(10) === 0 ? '. ' : ' ');
  }
  return chars.join('').slice(0, length);
}

export interface BigReturnForm {
  /** The plan workbook with the form registered as expected, as `nap-monitor forms` leaves it. */
  plan: Uint8Array;
  /** The agency's returned form, every text cell filled, just under the reader's size limit. */
  form: Uint8Array;
  formName: string;
}

const INDICATORS = 300;
const ACTIVITIES = 300;
const TEXT_KEYS = { indicator: ['outputs', 'activities', 'donors', 'comment'], activity: ['comment'] };

/**
 * A legitimate return form near the 20 MB limit: the synthetic plan's form for its agency, every indicator's
 * value and every text cell (outputs, activities, donors, comments) filled with long text, sized so the file
 * lands just under the limit. Plain prose would pack 3–4:1 and pass the reader's cap on shared-string characters
 * long before 20 MB, so the text is random words, which pack about 1.3:1.
 */
export async function bigReturnForm(
  targetBytes = DEFAULT_READER_LIMITS.fileBytes - 512 * 1024,
): Promise<BigReturnForm> {
  const gateway = PlanFileGateway.open(await syntheticPlanFile(INDICATORS, ACTIVITIES), 'plan.xlsx');
  const built = await buildReturnForms(gateway, {
    language: 'en',
    file: 'plan.xlsx',
    period: '2026-Q2',
    agencies: [],
    now: '2026-06-20T10:00:00.000Z',
    register: true,
  });
  const [blank] = built.forms;
  const parsed = await parseReturnedForm(blank.bytes, blank.fileName);
  if (parsed.kind !== 'form')
    throw new Error(`the generated form does not read back: ${JSON.stringify(parsed.problem)}`);
  const rows = parsed.meta.rows.filter((row) => row.kind === 'indicator' || row.kind === 'activity');
  const cells = rows.reduce((sum, row) => sum + TEXT_KEYS[row.kind as keyof typeof TEXT_KEYS].length, 0);
  const sample = randomText(1 << 20, 7);
  const packedPerChar = deflateRawSync(Buffer.from(sample)).length / sample.length;
  const filled = async (length: number) => {
    const filling: Filling = {};
    let seed = 1;
    for (const row of rows) {
      if (row.kind === 'indicator') filling[`${row.code}|value`] = 12;
      else filling[`${row.code}|implementation`] = 'Ongoing';
      for (const key of TEXT_KEYS[row.kind as keyof typeof TEXT_KEYS])
        filling[`${row.code}|${key}`] = randomText(Math.min(length, DEFAULT_READER_LIMITS.stringLength), seed++);
    }
    return fillReturnForm(blank.bytes, filling);
  };
  let length = Math.floor(targetBytes / packedPerChar / cells);
  let form = await filled(length);
  // One correction from the first file's real size: the estimate leaves out the XML around each string.
  length = Math.floor((length * (targetBytes - blank.bytes.length)) / (form.length - blank.bytes.length));
  form = await filled(length);
  return { plan: gateway.toBytes(), form, formName: blank.fileName };
}
