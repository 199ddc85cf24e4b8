import type { planSettings as english } from '../en/planSettings';
import type { AreaCatalogue } from '../message';

export const planSettings: AreaCatalogue<typeof english> = {
  'settings.result.saved': 'U ruajt në fletën Cilësimet: {settings}.',
  'settings.result.unchanged': 'Fleta Cilësimet i ka tashmë këto vlera. Asgjë nuk u ndryshua.',
  'settings.error.invalid': 'Vlera për „{setting}“ nuk mund të ruhet. Ndreqeni dhe ruajeni përsëri.',
  'settings.error.missingRow':
    'Në {file}, fleta e cilësimeve „{sheet}“ nuk ka rresht për „{setting}“. Shtoni një rresht me {key} në kolonën e parë, pastaj ruajeni përsëri.',
  'ui.settings.heading': 'Cilësimet e planit',
  'ui.settings.intro':
    'Ky libër pune përmban tashmë një plan. Këto janë cilësimet e tij nga fleta Cilësimet; ndryshojini këtu dhe ruajini. Tabelat e planit nuk preken.',
  'ui.settings.loading': 'Po lexohen cilësimet e planit…',
  'ui.settings.language': 'Gjuha e librit të punës',
  'ui.settings.thresholds': 'Kur është një tregues në rrugë të mbarë?',
  'ui.settings.percent': '{label} (%)',
  'ui.settings.percentError': 'Shkruani një numër të plotë nga 0 deri në 100.',
  'ui.settings.offTrackAboveOnTrack':
    'Pragu për „jashtë rrugës“ duhet të jetë më i ulët se pragu për „në rrugë të mbarë“.',
  'ui.settings.save': 'Ruaj cilësimet',
  'ui.settings.saving': 'Po ruhen cilësimet…',
};
