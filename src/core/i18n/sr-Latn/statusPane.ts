import type { statusPane as english } from '../en/statusPane';
import type { AreaCatalogue } from '../message';

export const statusPane: AreaCatalogue<typeof english> = {
  'ui.status.asOfHint': 'Podrazumevano kraj poslednjeg završenog izveštajnog perioda.',
  'ui.status.nothingAssessable':
    'Status na dan {asOf}: nijedan pokazatelj još ne može da se oceni (još nije dospelo: {notDueYet}, bez podataka: {noData}, ne može da se oceni: {notAssessable}). Unesite prijavljene vrednosti u list Napredak ili izaberite kasniji datum.',
  'ui.status.noIndicators':
    'Status na dan {asOf}: plan još nema pokazatelje. Dodajte ih u tabelu pokazatelja na listu NAP, pa ponovo izračunajte status.',
  'ui.status.progress': '{percent} % očekivanog napretka',
  'ui.status.movedAway': 'Udaljilo se od ciljne vrednosti',
  'ui.status.agencyView': '{agency} navodi: {assessment} ({period})',
  'ui.status.goTo': '{code} {name}: idi na njegov red u listu',
  'ui.status.sameReason': 'Stavki: {count}, isto obrazloženje:',
};
