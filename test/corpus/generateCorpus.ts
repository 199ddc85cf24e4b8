import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bombCases } from './cases/bombCases';
import { fileSystemCases } from './cases/fileSystemCases';
import { examplePlanBytes, planCases } from './cases/planCases';
import { sheetCases } from './cases/sheetCases';
import { tableCases } from './cases/tableCases';
import { valueCases } from './cases/valueCases';
import { xmlCases } from './cases/xmlCases';
import { zipCases } from './cases/zipCases';
import type { CorpusCase } from './corpusCase';

export interface CorpusFile {
  corpusCase: CorpusCase;
  path: string;
}

/** The unmodified example plan: the file the plan cases are compared with. */
export const EXAMPLE_PLAN = 'plan-example.xlsx';

/** Every case of the corpus; nothing is written. */
export async function corpusCases(): Promise<CorpusCase[]> {
  const example = await examplePlanBytes();
  return [
    { name: EXAMPLE_PLAN, class: 'table', make: example, expect: { samePlanAsExample: true } },
    ...zipCases(),
    ...bombCases(),
    ...xmlCases(),
    ...sheetCases(),
    ...tableCases(),
    ...valueCases(),
    ...planCases(example),
    ...fileSystemCases(example),
  ];
}

/**
 * Writes the corpus of damaged and hostile workbooks into `folder` (a temporary folder: the files are made
 * at test and bench time, never committed) and returns each file with its expected outcome.
 */
export async function generateCorpus(folder: string): Promise<CorpusFile[]> {
  const cases = await corpusCases();
  const names = new Set<string>();
  return cases.map((corpusCase) => {
    if (names.has(corpusCase.name)) throw new Error(`two corpus cases are named ${corpusCase.name}`);
    names.add(corpusCase.name);
    const path = join(folder, corpusCase.name);
    if (corpusCase.make instanceof Uint8Array) writeFileSync(path, corpusCase.make);
    else corpusCase.make(path);
    return { corpusCase, path };
  });
}
