import { registerAllLanguages } from '../core/i18n/allLanguages';
import { main } from './main';
import { endQuietlyOnClosedPipes, nodeIo } from './nodeIo';

endQuietlyOnClosedPipes();
registerAllLanguages();
main(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
