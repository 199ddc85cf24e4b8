import type { manifest as english } from '../en/manifest';
import type { AreaCatalogue } from '../message';

export const manifest: AreaCatalogue<typeof english> = {
  'manifest.displayName': 'NAP Monitor',
  'manifest.description':
    'Planiranje, provjera i praćenje nacionalnog akcionog plana za borbu protiv trgovine ljudima u Excelu: strukturirani listovi plana, provjere podataka, status napretka i izvještaji za koordinatore NAP-a.',
  'manifest.getStartedTitle': 'NAP Monitor je spreman',
  'manifest.getStartedDescription':
    'Otvorite NAP Monitor s kartice Početna da postavite, provjerite i izvještavate o svom nacionalnom akcionom planu.',
  'manifest.groupLabel': 'NAP Monitor',
  'manifest.buttonLabel': 'NAP Monitor',
  'manifest.buttonTooltip':
    'Otvorite NAP Monitor da planirate, provjeravate i pratite svoj nacionalni akcioni plan u ovoj radnoj svesci.',
};
