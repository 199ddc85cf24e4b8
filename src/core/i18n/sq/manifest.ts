import type { manifest as english } from '../en/manifest';
import type { AreaCatalogue } from '../message';

export const manifest: AreaCatalogue<typeof english> = {
  'manifest.displayName': 'NAP Monitor',
  'manifest.description':
    'Planifikoni, kontrolloni dhe monitoroni Planin Kombëtar të Veprimit kundër trafikimit të personave në Excel: fletë të plotësuara sipas planit, kontrolle të të dhënave, ecuria dhe raporte për koordinatorët e PKV-së.',
  'manifest.getStartedTitle': 'NAP Monitor është gati',
  'manifest.getStartedDescription':
    'Hapni NAP Monitor nga skeda Kreu për të ngritur, kontrolluar dhe raportuar mbi Planin Kombëtar të Veprimit.',
  'manifest.groupLabel': 'NAP Monitor',
  'manifest.buttonLabel': 'NAP Monitor',
  'manifest.buttonTooltip':
    'Hapni NAP Monitor për të planifikuar, kontrolluar dhe monitoruar Planin Kombëtar të Veprimit në këtë libër pune.',
};
