import type { manifest as english } from '../en/manifest';
import type { AreaCatalogue } from '../message';

export const manifest: AreaCatalogue<typeof english> = {
  'manifest.displayName': 'NAP Monitor',
  'manifest.description':
    'Planiranje, provera i praćenje nacionalnog akcionog plana za borbu protiv trgovine ljudima u Excelu: strukturisani listovi plana, provere podataka, status napretka i izveštaji za koordinatore NAP-a.',
  'manifest.getStartedTitle': 'NAP Monitor je spreman',
  'manifest.getStartedDescription':
    'Otvorite NAP Monitor sa kartice Početak da biste postavili, proverili i izveštavali o svom nacionalnom akcionom planu.',
  'manifest.groupLabel': 'NAP Monitor',
  'manifest.buttonLabel': 'NAP Monitor',
  'manifest.buttonTooltip':
    'Otvorite NAP Monitor da biste planirali, proveravali i pratili svoj nacionalni akcioni plan u ovoj radnoj svesci.',
};
