import { bs } from './bs';
import { mk } from './mk';
import { sq } from './sq';
import { srCyrl } from './sr-Cyrl';
import { srLatn } from './sr-Latn';
import { registerCatalogues } from './translate';

/**
 * Makes every language beside English available to translate and to the readers (which accept headers and
 * list labels in any language). Kept apart from translate so the task pane can load these catalogues in a
 * chunk of their own, after its first bytes; the command line and the tests register them at start.
 */
export function registerAllLanguages(): void {
  registerCatalogues({ 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, sq, mk, bs });
}
