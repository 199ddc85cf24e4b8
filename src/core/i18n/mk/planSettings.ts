import type { planSettings as english } from '../en/planSettings';
import type { AreaCatalogue } from '../message';

export const planSettings: AreaCatalogue<typeof english> = {
  'settings.result.saved': 'Зачувано во листот Поставки: {settings}.',
  'settings.result.unchanged': 'Листот Поставки веќе ги содржи овие вредности. Ништо не е променето.',
  'settings.error.invalid': 'Вредноста за „{setting}“ не може да се зачува. Поправете ја и зачувајте повторно.',
  'settings.error.missingRow':
    'Во датотеката {file}, листот со поставки „{sheet}“ нема ред за „{setting}“. Додајте ред со {key} во првата колона, потоа зачувајте повторно.',
  'ui.settings.heading': 'Поставки на планот',
  'ui.settings.intro':
    'Оваа работна книга веќе содржи план. Ова се неговите поставки од листот Поставки; променете ги тука и зачувајте. Табелите на планот остануваат недопрени.',
  'ui.settings.loading': 'Се читаат поставките на планот…',
  'ui.settings.language': 'Јазик на работната книга',
  'ui.settings.thresholds': 'Кога индикаторот е според планот?',
  'ui.settings.percent': '{label} (%)',
  'ui.settings.percentError': 'Внесете цел број од 0 до 100.',
  'ui.settings.offTrackAboveOnTrack':
    'Прагот за „отстапува од планот“ мора да биде понизок од прагот за „според планот“.',
  'ui.settings.save': 'Зачувај ги поставките',
  'ui.settings.saving': 'Се зачувуваат поставките…',
};
