import type { status as english } from '../en/status';
import type { AreaCatalogue } from '../message';

export const status: AreaCatalogue<typeof english> = {
  'status.error.badAsOf': 'Status ne može da se ocijeni na dan „{value}“: unesite stvaran datum u obliku YYYY-MM-DD.',
  'status.error.periodReversed':
    'U datoteci {file}, list „{sheet}“, ćelija {cell}: period plana se završava ({periodEnd}) prije nego što počinje ({periodStart}), pa status ne može da se ocijeni. Ispravite datume početka i kraja u postavkama.',
  'status.indicator.achieved': 'Ostvareno',
  'status.indicator.onTrack': 'U skladu sa planom',
  'status.indicator.atRisk': 'Pod rizikom',
  'status.indicator.offTrack': 'Odstupa od plana',
  'status.indicator.notDueYet': 'Još nije dospjelo',
  'status.indicator.noData': 'Nema podataka',
  'status.indicator.notAssessable': 'Ne može da se ocijeni',
  'status.activity.done': 'Završeno',
  'status.activity.onSchedule': 'U roku',
  'status.activity.delayed': 'Kasni',
  'status.activity.notStarted': 'Nije započeto',
  'status.activity.cancelled': 'Otkazano',
  'status.activity.noData': 'Nema podataka',
  'status.activity.notAssessable': 'Ne može da se ocijeni',
  'status.rollup.onTrack': 'U skladu sa planom',
  'status.rollup.offTrack': 'Odstupa od plana',
  'status.rollup.notAssessable': 'Ne može da se ocijeni',
  'status.twoWay.on': 'U skladu sa planom',
  'status.twoWay.off': 'Odstupa od plana',
  'status.milestone.achieved': 'ostvareno',
  'status.milestone.partly': 'djelimično ostvareno',
  'status.milestone.notYet': 'još nije ostvareno',
  'status.scale.none': 'nimalo',
  'status.scale.low': 'nisko',
  'status.scale.partial': 'djelimično',
  'status.scale.high': 'visoko',
  'status.scale.full': 'potpuno',

  'status.reason.achieved': 'Ciljna vrijednost za kraj je dostignuta: ostvareno {actual}, ciljna vrijednost {target}.',
  'status.reason.onTrack':
    '{progress} % napretka očekivanog do {asOf} (u skladu sa planom od {onTrack} %): ostvareno {actual}, očekivano {expected}, početna vrijednost {baseline}, ciljna vrijednost {target}.',
  'status.reason.atRisk':
    'Samo {progress} % napretka očekivanog do {asOf} (u skladu sa planom od {onTrack} %, odstupa od plana ispod {offTrack} %): ostvareno {actual}, očekivano {expected}, početna vrijednost {baseline}, ciljna vrijednost {target}.',
  'status.reason.offTrack':
    '{progress} % napretka očekivanog do {asOf}, ispod {offTrack} %, pa odstupa od plana: ostvareno {actual}, očekivano {expected}, početna vrijednost {baseline}, ciljna vrijednost {target}.',
  'status.reason.noChangeExpected':
    'Do {asOf} se ne očekuje promjena u odnosu na početnu vrijednost {baseline}, a ostvareno {actual} se nije udaljilo od ciljne vrijednosti {target}.',
  'status.reason.movingAway':
    'Ostvareno {actual} se od početne vrijednosti {baseline} udaljilo od ciljne vrijednosti {target}.',
  'status.reason.maintainKept':
    'Nivo {target} (ciljna vrijednost) je održan do roka: ostvareno {actual} je u granicama od {tolerance} %.',
  'status.reason.maintainWithin':
    'Ostvareno {actual} je u granicama od {tolerance} % od nivoa koji treba održati (ciljna vrijednost {target}).',
  'status.reason.maintainNear':
    'Ostvareno {actual} odstupa {deviation} % od nivoa koji treba održati (ciljna vrijednost {target}); u skladu sa planom do {tolerance} %, odstupa od plana preko dvostruko toliko.',
  'status.reason.maintainOutside':
    'Ostvareno {actual} odstupa {deviation} % od nivoa koji treba održati (ciljna vrijednost {target}): više od dvostruko dozvoljenih {tolerance} %.',
  'status.reason.milestoneAchieved': 'Prijavljeno kao {state} za {period}, čime je ciljna vrijednost dostignuta.',
  'status.reason.milestonePartly': 'Prijavljeno kao {state} za {period}; rok {due}.',
  'status.reason.milestoneNotYetEarly':
    'Prijavljeno kao {state} za {period}; rok {due}, a prošlo je manje od polovine vremena do njega.',
  'status.reason.milestoneNotYetLate':
    'Prijavljeno kao {state} za {period}, iako je prošlo više od polovine vremena do roka {due}.',
  'status.reason.milestoneMissed':
    'Rok {due}, a prijavljeno kao {state} za {period}, što je ispod ciljne vrijednosti {target}.',
  'status.reason.notDueYet':
    'Još ništa nije dospjelo: datum ocjene {asOf} je prije {date}, kada počinje plan ili putanja od početne vrijednosti.',
  'status.reason.noReports': 'Nije prijavljena nijedna vrijednost za period koji se završava do {asOf}.',
  'status.reason.noUsableReports': 'Nijedna prijavljena vrijednost ne može da se koristi; napomene navode zašto.',
  'status.reason.conflictingValues':
    'Institucije su za {period} prijavile različite vrijednosti ({values}) koje ne mogu da se saberu; prijavite jedan zbir ili brojilac i imenilac.',
  'status.reason.zeroDenominator': 'Zbir prijavljenih imenilaca je nula, pa odnos nije definisan.',
  'status.reason.noBaseline': 'Indikator nema početnu vrijednost.',
  'status.reason.baselineNotMeasurable': 'Početna vrijednost „{value}“ nije mjerljiva vrijednost.',
  'status.reason.noTarget': 'Indikator nema ciljnu vrijednost za kraj.',
  'status.reason.targetNotMeasurable': 'Ciljna vrijednost za kraj „{value}“ nije mjerljiva vrijednost.',
  'status.reason.relativeTargetWithoutBaseline':
    'Ciljna vrijednost za kraj „{value}“ je promjena u odnosu na početnu vrijednost koja nije broj.',
  'status.reason.kindMismatch':
    'Početna vrijednost „{baseline}“ i ciljna vrijednost za kraj „{target}“ nisu iste vrste.',
  'status.reason.directionConflict':
    'Smjer je „{direction}“, ali ciljna vrijednost {target} je na suprotnoj strani od početne vrijednosti {baseline}.',
  'status.reason.datesOutOfOrder': 'Krajnji rok {end} nije poslije početka putanje, {start}.',

  'status.assume.baselineDate': 'Nema datuma početne vrijednosti: putanja počinje na početku plana, {date}.',
  'status.assume.baselineDateUnreadable':
    'Datum početne vrijednosti „{value}“ ne može da se pročita: putanja počinje na početku plana, {date}.',
  'status.assume.endDate': 'Nema krajnjeg roka: ciljna vrijednost za kraj dospijeva na kraju plana, {date}.',
  'status.assume.endDateUnreadable':
    'Krajnji rok „{value}“ ne može da se pročita: ciljna vrijednost za kraj dospijeva na kraju plana, {date}.',
  'status.assume.noMidTarget':
    'Nema ciljne vrijednosti na sredini perioda: očekivane vrijednosti idu pravom linijom od početne vrijednosti do ciljne vrijednosti za kraj.',
  'status.assume.midTargetUnusable':
    'Ciljna vrijednost na sredini perioda „{value}“ ne može da se koristi: očekivane vrijednosti idu pravom linijom od početne vrijednosti do ciljne vrijednosti za kraj.',
  'status.assume.midDate':
    'Nema roka na sredini perioda: ciljna vrijednost na sredini perioda dospijeva na sredini plana, {date}.',
  'status.assume.midDateUnreadable':
    'Rok na sredini perioda „{value}“ ne može da se pročita: ciljna vrijednost na sredini perioda dospijeva na sredini plana, {date}.',
  'status.assume.noAggregation': 'Način sabiranja nije postavljen: računa se posljednja vrijednost.',
  'status.assume.percentNotSummed': 'Procenti se nikada ne sabiraju: računa se posljednja vrijednost, ne zbir.',
  'status.assume.midDateOutside':
    'Rok na sredini perioda {date} nije između datuma početne vrijednosti i krajnjeg roka, pa se ciljna vrijednost na sredini perioda izostavlja.',

  'status.note.periodUnreadable': '{agency}: period „{period}“ ne može da se pročita; red se izostavlja.',
  'status.note.periodAfterAsOf': '{agency}: {period} se završava poslije datuma ocjene; izostavljeno.',
  'status.note.periodBeforeBaseline': '{agency}: {period} se završava do datuma početne vrijednosti; izostavljeno.',
  'status.note.duplicate': '{agency} je prijavila {period} više puta; računa se posljednji red.',
  'status.note.overlap': '{agency}: {period} se preklapa sa {other}; računa se samo {other}.',
  'status.note.valueNotUsable':
    '{agency}, {period}: „{value}“ nije vrijednost koju ovaj indikator može da koristi; izostavljeno.',
  'status.note.disaggregatedSummed':
    '{agency}, {period}: zbir nije prijavljen, pa se sabiraju vrijednosti po kategoriji {dimension}.',
  'status.note.disaggregatedIgnored':
    '{agency}, {period}: prijavljene su samo vrijednosti po kategorijama, a ovaj indikator ih ne sabira; izostavljeno.',
  'status.note.latestSummed': 'Sabiraju se posljednje vrijednosti institucija {agencies}.',
  'status.note.ratioPartsMissing': '{agency}, {period}: nema brojioca i imenioca; izostavljeno iz odnosa.',
  'status.note.ratioFromLatest': 'Brojioci i imenioci nisu prijavljeni: računa se posljednja prijavljena vrijednost.',
  'status.note.lowestState': 'Institucije su za {period} prijavile različita stanja; računa se najniže.',
  'status.note.selfAssessmentMismatch': '{agency} ocjenjuje: {assessment} ({period}); izračunati status je {status}.',

  'status.activity.reason.done': 'Prijavljeno kao završeno ({period}).',
  'status.activity.reason.cancelled': 'Prijavljeno kao otkazano ({period}).',
  'status.activity.reason.onSchedule': 'U toku ({period}); planirani završetak {end}.',
  'status.activity.reason.delayed': 'Planirani završetak {end} je prošao, a aktivnost nije prijavljena kao završena.',
  'status.activity.reason.postponed': 'Prijavljeno kao odloženo ({period}); planirani završetak {end}.',
  'status.activity.reason.notStartedYet': 'Nije započeto; planirani početak {start}.',
  'status.activity.reason.startOverdue': 'Nije započeto, iako je planirani početak bio {start}.',
  'status.activity.reason.notStarted': 'Prijavljeno kao nezapočeto ({period}); planirani završetak {end}.',
  'status.activity.reason.noReport': 'Nije prijavljen status provođenja za period koji se završava do {asOf}.',
  'status.activity.reason.noCompletionDate':
    'Aktivnost nema planirani datum završetka, pa kašnjenje ne može da se ocijeni.',
  'status.activity.reason.completionWithoutYear':
    'Planirani završetak „{value}“ nema godinu, a plan traje više godina: dodajte godinu u planu.',
  'status.activity.reason.completionDateUnreadable':
    'Planirani datum završetka „{value}“ ne može da se pročita, pa kašnjenje ne može da se ocijeni.',

  'status.rollup.reason.onTrack':
    'U skladu sa planom ili ostvareno: {good} od {assessable} indikatora koji se mogu ocijeniti ({share} %); u skladu sa planom od {threshold} %.',
  'status.rollup.reason.offTrack':
    'U skladu sa planom ili ostvareno: {good} od {assessable} indikatora koji se mogu ocijeniti ({share} %); za ocjenu u skladu sa planom potrebno je {threshold} %.',
  'status.rollup.reason.notAssessable': 'Nijedan od indikatora (ukupno {count}) još ne može da se ocijeni.',

  'status.settingIssue.notAShare': 'Postavka {key} = „{value}“ nije udio od 0 do 100 %; važi zadana vrijednost.',
  'status.settingIssue.notYesNo': 'Postavka {key} = „{value}“ nije da ili ne; važi zadana vrijednost.',
  'status.settingIssue.offTrackAboveOnTrack':
    'Prag za „odstupa od plana“ je iznad praga za „u skladu sa planom“; za oba važe zadane vrijednosti.',

  'status.explain.title': 'Kako se računa status (na dan {asOf})',
  'status.explain.actual':
    'Ostvareno do danas: za indikatore sa sabiranjem („zbir“), početna vrijednost plus vrijednosti prijavljene za periode poslije datuma početne vrijednosti; za indikatore „posljednja“, najnovija vrijednost; za indikatore „odnos“, prijavljeni brojioci i imenioci se posebno saberu, pa podele. Procenti se nikada ne sabiraju po institucijama ni periodima.',
  'status.explain.periods':
    'Računaju se samo periodi koji se završavaju do datuma ocjene. Računaju se samo zbirovi; gdje je institucija prijavila samo raščlanjene vrijednosti (na primjer po polu), indikator sa zbirom ili odnosom sabira jednu raščlanu.',
  'status.explain.expected':
    'Očekivana vrijednost: prava linija od početne vrijednosti na datum početne vrijednosti (ili početak plana), preko ciljne vrijednosti na sredini perioda na njen rok, do ciljne vrijednosti za kraj na krajnji rok; poslije krajnjeg roka, ciljna vrijednost za kraj.',
  'status.explain.progress':
    'Napredak = (ostvareno − početna vrijednost) ÷ (očekivano − početna vrijednost); ostvareni udio ciljne vrijednosti = (ostvareno − početna vrijednost) ÷ (ciljna vrijednost − početna vrijednost). Oba važe i za indikatore koji treba da opadaju.',
  'status.explain.thresholds':
    'Ostvareno: ciljna vrijednost za kraj je dostignuta. U skladu sa planom: napredak od najmanje {onTrack} % očekivanog. Pod rizikom: od {offTrack} % do ispod {onTrack} %. Odstupa od plana: ispod {offTrack} %.',
  'status.explain.unchanged':
    'Gdje se promjena još ne očekuje (na početku ili kada je ciljna vrijednost jednaka početnoj vrijednosti), indikator je u skladu sa planom osim ako se udaljio od ciljne vrijednosti, kada odstupa od plana.',
  'status.explain.maintain':
    'Indikatori čiji nivo treba održati su u skladu sa planom do {tolerance} % odstupanja, pod rizikom do dvostruko toliko, a preko toga odstupaju od plana.',
  'status.explain.milestones':
    'Prekretnice su ostvarene kada su tako prijavljene; djelimično ostvarene prije roka su u skladu sa planom; još neostvarene su u skladu sa planom u prvoj polovini vremena do roka, a pod rizikom u drugoj; neostvarene do roka odstupaju od plana.',
  'status.explain.scales':
    'Kvalitativne skale se računaju kao brojevi: nimalo 0, nisko 1, djelimično 2, visoko 3, potpuno 4.',
  'status.explain.notAssessed':
    'Još nije dospjelo: datum ocjene je prije početka plana ili početne vrijednosti. Nema podataka: ništa upotrebljivo nije prijavljeno. Ne može da se ocijeni: indikatoru nedostaje mjerljiva početna vrijednost ili ciljna vrijednost.',
  'status.explain.twoWayOff':
    'U dvema kolonama U skladu sa planom / Odstupa od plana, „pod rizikom“ se računa kao odstupa od plana.',
  'status.explain.twoWayOn':
    'U dvema kolonama U skladu sa planom / Odstupa od plana, „pod rizikom“ se računa kao u skladu sa planom.',
  'status.explain.activities':
    'Aktivnosti: završene ili otkazane kako je prijavljeno; kasne kada je planirani završetak prošao bez završetka ili kada su odložene; u roku dok su u toku; nezapočete prije nego što počnu.',
  'status.explain.rollup':
    'Ishod ili oblast je u skladu sa planom kada je najmanje {share} % indikatora koji se mogu ocijeniti u skladu sa planom ili ostvareno.',
  'status.explain.selfAssessment':
    'Gdje se sopstvena ocjena institucije razlikuje od izračunatog statusa, razlika se prikazuje.',
};
