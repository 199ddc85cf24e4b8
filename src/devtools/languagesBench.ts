import { performance } from 'node:perf_hooks';
import { carriedLocaleFormat } from '../core/i18n/locale/carriedLocaleFormat';
import { srLatn } from '../core/i18n/sr-Latn';
import { cyrillicCatalogue } from '../core/i18n/transliterate';

type Emit = (metric: string, value: number, unit: string) => void;

function medianMs(run: () => unknown, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/**
 * The costs the languages add: Serbian Cyrillic is generated when the pane loads its languages, and a report
 * in Albanian or Macedonian formats every value with the carried formats.
 */
export function languagesBench(emit: Emit): void {
  emit(
    'i18n.sr_cyrl_generate_ms',
    medianMs(() => cyrillicCatalogue(srLatn)),
    'ms',
  );
  const albanian = carriedLocaleFormat('sq');
  const values = Array.from({ length: 10_000 }, (_, i) => i * 37.25);
  emit(
    'i18n.carried_format_ms.10000',
    medianMs(() => values.map((value) => albanian.number(value) + albanian.date('2026-03-05'))),
    'ms',
  );
}
