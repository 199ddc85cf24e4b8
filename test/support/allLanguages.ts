import { registerAllLanguages } from '../../src/core/i18n/allLanguages';

// Every suite runs with all six languages, as the command line does (jest setupFiles).
registerAllLanguages();
