import type { status as english } from '../en/status';
import type { AreaCatalogue } from '../message';

export const status: AreaCatalogue<typeof english> = {
  'status.error.badAsOf': 'Status ne može da se oceni na dan „{value}“: unesite stvaran datum u obliku YYYY-MM-DD.',
  'status.error.periodReversed':
    'U datoteci {file}, list „{sheet}“, ćelija {cell}: period plana se završava ({periodEnd}) pre nego što počinje ({periodStart}), pa status ne može da se oceni. Ispravite datume početka i kraja u podešavanjima.',
  'status.indicator.achieved': 'Ostvareno',
  'status.indicator.onTrack': 'U skladu sa planom',
  'status.indicator.atRisk': 'Pod rizikom',
  'status.indicator.offTrack': 'Odstupa od plana',
  'status.indicator.notDueYet': 'Još nije dospelo',
  'status.indicator.noData': 'Nema podataka',
  'status.indicator.notAssessable': 'Ne može da se oceni',
  'status.activity.done': 'Završeno',
  'status.activity.onSchedule': 'U roku',
  'status.activity.delayed': 'Kasni',
  'status.activity.notStarted': 'Nije započeto',
  'status.activity.cancelled': 'Otkazano',
  'status.activity.noData': 'Nema podataka',
  'status.activity.notAssessable': 'Ne može da se oceni',
  'status.rollup.onTrack': 'U skladu sa planom',
  'status.rollup.offTrack': 'Odstupa od plana',
  'status.rollup.notAssessable': 'Ne može da se oceni',
  'status.twoWay.on': 'U skladu sa planom',
  'status.twoWay.off': 'Odstupa od plana',
  'status.milestone.achieved': 'ostvareno',
  'status.milestone.partly': 'delimično ostvareno',
  'status.milestone.notYet': 'još nije ostvareno',
  'status.scale.none': 'nimalo',
  'status.scale.low': 'nisko',
  'status.scale.partial': 'delimično',
  'status.scale.high': 'visoko',
  'status.scale.full': 'potpuno',

  'status.reason.achieved': 'Ciljna vrednost za kraj je dostignuta: ostvareno {actual}, ciljna vrednost {target}.',
  'status.reason.onTrack':
    '{progress} % napretka očekivanog do {asOf} (u skladu sa planom od {onTrack} %): ostvareno {actual}, očekivano {expected}, početna vrednost {baseline}, ciljna vrednost {target}.',
  'status.reason.atRisk':
    'Samo {progress} % napretka očekivanog do {asOf} (u skladu sa planom od {onTrack} %, odstupa od plana ispod {offTrack} %): ostvareno {actual}, očekivano {expected}, početna vrednost {baseline}, ciljna vrednost {target}.',
  'status.reason.offTrack':
    '{progress} % napretka očekivanog do {asOf}, ispod {offTrack} %, pa odstupa od plana: ostvareno {actual}, očekivano {expected}, početna vrednost {baseline}, ciljna vrednost {target}.',
  'status.reason.noChangeExpected':
    'Do {asOf} se ne očekuje promena u odnosu na početnu vrednost {baseline}, a ostvareno {actual} se nije udaljilo od ciljne vrednosti {target}.',
  'status.reason.movingAway':
    'Ostvareno {actual} se od početne vrednosti {baseline} udaljilo od ciljne vrednosti {target}.',
  'status.reason.maintainKept':
    'Nivo {target} (ciljna vrednost) je održan do roka: ostvareno {actual} je u granicama od {tolerance} %.',
  'status.reason.maintainWithin':
    'Ostvareno {actual} je u granicama od {tolerance} % od nivoa koji treba održati (ciljna vrednost {target}).',
  'status.reason.maintainNear':
    'Ostvareno {actual} odstupa {deviation} % od nivoa koji treba održati (ciljna vrednost {target}); u skladu sa planom do {tolerance} %, odstupa od plana preko dvostruko toliko.',
  'status.reason.maintainOutside':
    'Ostvareno {actual} odstupa {deviation} % od nivoa koji treba održati (ciljna vrednost {target}): više od dvostruko dozvoljenih {tolerance} %.',
  'status.reason.milestoneAchieved': 'Prijavljeno kao {state} za {period}, čime je ciljna vrednost dostignuta.',
  'status.reason.milestonePartly': 'Prijavljeno kao {state} za {period}; rok {due}.',
  'status.reason.milestoneNotYetEarly':
    'Prijavljeno kao {state} za {period}; rok {due}, a prošlo je manje od polovine vremena do njega.',
  'status.reason.milestoneNotYetLate':
    'Prijavljeno kao {state} za {period}, iako je prošlo više od polovine vremena do roka {due}.',
  'status.reason.milestoneMissed':
    'Rok {due}, a prijavljeno kao {state} za {period}, što je ispod ciljne vrednosti {target}.',
  'status.reason.notDueYet':
    'Još ništa nije dospelo: datum ocene {asOf} je pre {date}, kada počinje plan ili putanja od početne vrednosti.',
  'status.reason.noReports': 'Nije prijavljena nijedna vrednost za period koji se završava do {asOf}.',
  'status.reason.noUsableReports': 'Nijedna prijavljena vrednost ne može da se koristi; napomene navode zašto.',
  'status.reason.conflictingValues':
    'Institucije su za {period} prijavile različite vrednosti ({values}) koje ne mogu da se saberu; prijavite jedan zbir ili brojilac i imenilac.',
  'status.reason.zeroDenominator': 'Zbir prijavljenih imenilaca je nula, pa odnos nije definisan.',
  'status.reason.noBaseline': 'Pokazatelj nema početnu vrednost.',
  'status.reason.baselineNotMeasurable': 'Početna vrednost „{value}“ nije merljiva vrednost.',
  'status.reason.noTarget': 'Pokazatelj nema ciljnu vrednost za kraj.',
  'status.reason.targetNotMeasurable': 'Ciljna vrednost za kraj „{value}“ nije merljiva vrednost.',
  'status.reason.relativeTargetWithoutBaseline':
    'Ciljna vrednost za kraj „{value}“ je promena u odnosu na početnu vrednost koja nije broj.',
  'status.reason.kindMismatch': 'Početna vrednost „{baseline}“ i ciljna vrednost za kraj „{target}“ nisu iste vrste.',
  'status.reason.directionConflict':
    'Smer je „{direction}“, ali ciljna vrednost {target} je na suprotnoj strani od početne vrednosti {baseline}.',
  'status.reason.datesOutOfOrder': 'Krajnji rok {end} nije posle početka putanje, {start}.',

  'status.assume.baselineDate': 'Nema datuma početne vrednosti: putanja počinje na početku plana, {date}.',
  'status.assume.baselineDateUnreadable':
    'Datum početne vrednosti „{value}“ ne može da se pročita: putanja počinje na početku plana, {date}.',
  'status.assume.endDate': 'Nema krajnjeg roka: ciljna vrednost za kraj dospeva na kraju plana, {date}.',
  'status.assume.endDateUnreadable':
    'Krajnji rok „{value}“ ne može da se pročita: ciljna vrednost za kraj dospeva na kraju plana, {date}.',
  'status.assume.noMidTarget':
    'Nema ciljne vrednosti na sredini perioda: očekivane vrednosti idu pravom linijom od početne vrednosti do ciljne vrednosti za kraj.',
  'status.assume.midTargetUnusable':
    'Ciljna vrednost na sredini perioda „{value}“ ne može da se koristi: očekivane vrednosti idu pravom linijom od početne vrednosti do ciljne vrednosti za kraj.',
  'status.assume.midDate':
    'Nema roka na sredini perioda: ciljna vrednost na sredini perioda dospeva na sredini plana, {date}.',
  'status.assume.midDateUnreadable':
    'Rok na sredini perioda „{value}“ ne može da se pročita: ciljna vrednost na sredini perioda dospeva na sredini plana, {date}.',
  'status.assume.noAggregation': 'Način sabiranja nije podešen: računa se poslednja vrednost.',
  'status.assume.percentNotSummed': 'Procenti se nikada ne sabiraju: računa se poslednja vrednost, ne zbir.',
  'status.assume.midDateOutside':
    'Rok na sredini perioda {date} nije između datuma početne vrednosti i krajnjeg roka, pa se ciljna vrednost na sredini perioda izostavlja.',

  'status.note.periodUnreadable': '{agency}: period „{period}“ ne može da se pročita; red se izostavlja.',
  'status.note.periodAfterAsOf': '{agency}: {period} se završava posle datuma ocene; izostavljeno.',
  'status.note.periodBeforeBaseline': '{agency}: {period} se završava do datuma početne vrednosti; izostavljeno.',
  'status.note.duplicate': '{agency} je prijavila {period} više puta; računa se poslednji red.',
  'status.note.overlap': '{agency}: {period} se preklapa sa {other}; računa se samo {other}.',
  'status.note.valueNotUsable':
    '{agency}, {period}: „{value}“ nije vrednost koju ovaj pokazatelj može da koristi; izostavljeno.',
  'status.note.disaggregatedSummed':
    '{agency}, {period}: zbir nije prijavljen, pa se sabiraju vrednosti po kategoriji {dimension}.',
  'status.note.disaggregatedIgnored':
    '{agency}, {period}: prijavljene su samo vrednosti po kategorijama, a ovaj pokazatelj ih ne sabira; izostavljeno.',
  'status.note.latestSummed': 'Sabiraju se poslednje vrednosti institucija {agencies}.',
  'status.note.ratioPartsMissing': '{agency}, {period}: nema brojioca i imenioca; izostavljeno iz odnosa.',
  'status.note.ratioFromLatest': 'Brojioci i imenioci nisu prijavljeni: računa se poslednja prijavljena vrednost.',
  'status.note.lowestState': 'Institucije su za {period} prijavile različita stanja; računa se najniže.',
  'status.note.selfAssessmentMismatch': '{agency} ocenjuje: {assessment} ({period}); izračunati status je {status}.',

  'status.activity.reason.done': 'Prijavljeno kao završeno ({period}).',
  'status.activity.reason.cancelled': 'Prijavljeno kao otkazano ({period}).',
  'status.activity.reason.onSchedule': 'U toku ({period}); planirani završetak {end}.',
  'status.activity.reason.delayed': 'Planirani završetak {end} je prošao, a aktivnost nije prijavljena kao završena.',
  'status.activity.reason.postponed': 'Prijavljeno kao odloženo ({period}); planirani završetak {end}.',
  'status.activity.reason.notStartedYet': 'Nije započeto; planirani početak {start}.',
  'status.activity.reason.startOverdue': 'Nije započeto, iako je planirani početak bio {start}.',
  'status.activity.reason.notStarted': 'Prijavljeno kao nezapočeto ({period}); planirani završetak {end}.',
  'status.activity.reason.noReport': 'Nije prijavljen status sprovođenja za period koji se završava do {asOf}.',
  'status.activity.reason.noCompletionDate':
    'Aktivnost nema planirani datum završetka, pa kašnjenje ne može da se oceni.',
  'status.activity.reason.completionWithoutYear':
    'Planirani završetak „{value}“ nema godinu, a plan traje više godina: dodajte godinu u planu.',
  'status.activity.reason.completionDateUnreadable':
    'Planirani datum završetka „{value}“ ne može da se pročita, pa kašnjenje ne može da se oceni.',

  'status.rollup.reason.onTrack':
    'U skladu sa planom ili ostvareno: {good} od {assessable} pokazatelja koji se mogu oceniti ({share} %); u skladu sa planom od {threshold} %.',
  'status.rollup.reason.offTrack':
    'U skladu sa planom ili ostvareno: {good} od {assessable} pokazatelja koji se mogu oceniti ({share} %); za ocenu u skladu sa planom potrebno je {threshold} %.',
  'status.rollup.reason.notAssessable': 'Nijedan od pokazatelja (ukupno {count}) još ne može da se oceni.',

  'status.settingIssue.notAShare':
    'Podešavanje {key} = „{value}“ nije udeo od 0 do 100 %; važi podrazumevana vrednost.',
  'status.settingIssue.notYesNo': 'Podešavanje {key} = „{value}“ nije da ili ne; važi podrazumevana vrednost.',
  'status.settingIssue.offTrackAboveOnTrack':
    'Prag za „odstupa od plana“ je iznad praga za „u skladu sa planom“; za oba važe podrazumevane vrednosti.',

  'status.explain.title': 'Kako se računa status (na dan {asOf})',
  'status.explain.actual':
    'Ostvareno do danas: za pokazatelje sa sabiranjem („zbir“), početna vrednost plus vrednosti prijavljene za periode posle datuma početne vrednosti; za pokazatelje „poslednja“, najnovija vrednost; za pokazatelje „odnos“, prijavljeni brojioci i imenioci se posebno saberu, pa podele. Procenti se nikada ne sabiraju po institucijama ni periodima.',
  'status.explain.periods':
    'Računaju se samo periodi koji se završavaju do datuma ocene. Računaju se samo zbirovi; gde je institucija prijavila samo raščlanjene vrednosti (na primer po polu), pokazatelj sa zbirom ili odnosom sabira jednu raščlanu.',
  'status.explain.expected':
    'Očekivana vrednost: prava linija od početne vrednosti na datum početne vrednosti (ili početak plana), preko ciljne vrednosti na sredini perioda na njen rok, do ciljne vrednosti za kraj na krajnji rok; posle krajnjeg roka, ciljna vrednost za kraj.',
  'status.explain.progress':
    'Napredak = (ostvareno − početna vrednost) ÷ (očekivano − početna vrednost); ostvareni udeo ciljne vrednosti = (ostvareno − početna vrednost) ÷ (ciljna vrednost − početna vrednost). Oba važe i za pokazatelje koji treba da opadaju.',
  'status.explain.thresholds':
    'Ostvareno: ciljna vrednost za kraj je dostignuta. U skladu sa planom: napredak od najmanje {onTrack} % očekivanog. Pod rizikom: od {offTrack} % do ispod {onTrack} %. Odstupa od plana: ispod {offTrack} %.',
  'status.explain.unchanged':
    'Gde se promena još ne očekuje (na početku ili kada je ciljna vrednost jednaka početnoj vrednosti), pokazatelj je u skladu sa planom osim ako se udaljio od ciljne vrednosti, kada odstupa od plana.',
  'status.explain.maintain':
    'Pokazatelji čiji nivo treba održati su u skladu sa planom do {tolerance} % odstupanja, pod rizikom do dvostruko toliko, a preko toga odstupaju od plana.',
  'status.explain.milestones':
    'Prekretnice su ostvarene kada su tako prijavljene; delimično ostvarene pre roka su u skladu sa planom; još neostvarene su u skladu sa planom u prvoj polovini vremena do roka, a pod rizikom u drugoj; neostvarene do roka odstupaju od plana.',
  'status.explain.scales':
    'Kvalitativne skale se računaju kao brojevi: nimalo 0, nisko 1, delimično 2, visoko 3, potpuno 4.',
  'status.explain.notAssessed':
    'Još nije dospelo: datum ocene je pre početka plana ili početne vrednosti. Nema podataka: ništa upotrebljivo nije prijavljeno. Ne može da se oceni: pokazatelju nedostaje merljiva početna vrednost ili ciljna vrednost.',
  'status.explain.twoWayOff':
    'U dvema kolonama U skladu sa planom / Odstupa od plana, „pod rizikom“ se računa kao odstupa od plana.',
  'status.explain.twoWayOn':
    'U dvema kolonama U skladu sa planom / Odstupa od plana, „pod rizikom“ se računa kao u skladu sa planom.',
  'status.explain.activities':
    'Aktivnosti: završene ili otkazane kako je prijavljeno; kasne kada je planirani završetak prošao bez završetka ili kada su odložene; u roku dok su u toku; nezapočete pre nego što počnu.',
  'status.explain.rollup':
    'Ishod ili oblast je u skladu sa planom kada je najmanje {share} % pokazatelja koji se mogu oceniti u skladu sa planom ili ostvareno.',
  'status.explain.selfAssessment':
    'Gde se sopstvena ocena institucije razlikuje od izračunatog statusa, razlika se prikazuje.',
};
