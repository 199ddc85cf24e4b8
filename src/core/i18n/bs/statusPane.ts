import type { statusPane as english } from '../en/statusPane';
import type { AreaCatalogue } from '../message';

export const statusPane: AreaCatalogue<typeof english> = {
  'ui.status.asOfHint': 'Zadano kraj posljednjeg završenog izvještajnog perioda.',
  'ui.status.nothingAssessable':
    'Status na dan {asOf}: nijedan indikator još ne može da se ocijeni (još nije dospjelo: {notDueYet}, bez podataka: {noData}, ne može da se ocijeni: {notAssessable}). Unesite prijavljene vrijednosti u list Napredak ili odaberite kasniji datum.',
  'ui.status.noIndicators':
    'Status na dan {asOf}: plan još nema indikatore. Dodajte ih u tabelu indikatora na listu NAP, pa ponovo izračunajte status.',
  'ui.status.progress': '{percent} % očekivanog napretka',
  'ui.status.movedAway': 'Udaljilo se od ciljne vrijednosti',
  'ui.status.agencyView': '{agency} navodi: {assessment} ({period})',
  'ui.status.goTo': '{code} {name}: idi na njegov red u listu',
  'ui.status.sameReason': 'Stavki: {count}, isto obrazloženje:',
};
