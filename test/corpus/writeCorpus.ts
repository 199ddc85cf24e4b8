import { generateCorpus } from './generateCorpus';

/**
 * `node dist/devtools/corpus.js FOLDER`: writes the corpus into FOLDER and prints one JSON line per file
 * (name, class, path), for `npm run bench` to run each through the CLI in a process of its own.
 */
generateCorpus(process.argv[2]).then(
  (files) => {
    for (const { corpusCase, path } of files)
      process.stdout.write(`${JSON.stringify({ name: corpusCase.name, class: corpusCase.class, path })}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
