import type { statusPane as english } from '../en/statusPane';
import type { AreaCatalogue } from '../message';

export const statusPane: AreaCatalogue<typeof english> = {
  'ui.status.asOfHint': 'Si parazgjedhje, fundi i periudhës së fundit të raportimit që ka përfunduar.',
  'ui.status.nothingAssessable':
    'Statusi më {asOf}: asnjë tregues nuk mund të vlerësohet ende (ende pa afat: {notDueYet}, pa të dhëna: {noData}, nuk mund të vlerësohen: {notAssessable}). Shkruani vlerat e raportuara në fletën Ecuria ose zgjidhni një datë më të vonë.',
  'ui.status.noIndicators':
    'Statusi më {asOf}: plani nuk ka ende tregues. Shtojini në tabelën e treguesve në fletën PKV, pastaj llogaritni përsëri statusin.',
  'ui.status.progress': '{percent} % e ecurisë së pritur',
  'ui.status.movedAway': 'U largua nga vlera e synuar',
  'ui.status.agencyView': '{agency} thotë: {assessment} ({period})',
  'ui.status.goTo': '{code} {name}: shko te rreshti i tij në fletë',
  'ui.status.sameReason': 'Elemente: {count}, e njëjta arsye:',
};
