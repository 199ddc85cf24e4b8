import type { status as english } from '../en/status';
import type { AreaCatalogue } from '../message';

export const status: AreaCatalogue<typeof english> = {
  'status.error.badAsOf':
    'Statusi nuk mund të vlerësohet më „{value}“: jepni një datë të vërtetë në formën YYYY-MM-DD.',
  'status.error.periodReversed':
    'Në {file}, fleta „{sheet}“, qeliza {cell}: periudha e planit mbaron ({periodEnd}) para se të fillojë ({periodStart}), prandaj statusi nuk mund të vlerësohet. Ndreqni datat e fillimit dhe të mbarimit te cilësimet.',
  'status.indicator.achieved': 'Arritur',
  'status.indicator.onTrack': 'Në rrugë të mbarë',
  'status.indicator.atRisk': 'Në rrezik',
  'status.indicator.offTrack': 'Jashtë rrugës',
  'status.indicator.notDueYet': 'Ende pa afat',
  'status.indicator.noData': 'Pa të dhëna',
  'status.indicator.notAssessable': 'Nuk mund të vlerësohet',
  'status.activity.done': 'Kryer',
  'status.activity.onSchedule': 'Në afat',
  'status.activity.delayed': 'Me vonesë',
  'status.activity.notStarted': 'Pa filluar',
  'status.activity.cancelled': 'Anuluar',
  'status.activity.noData': 'Pa të dhëna',
  'status.activity.notAssessable': 'Nuk mund të vlerësohet',
  'status.rollup.onTrack': 'Në rrugë të mbarë',
  'status.rollup.offTrack': 'Jashtë rrugës',
  'status.rollup.notAssessable': 'Nuk mund të vlerësohet',
  'status.twoWay.on': 'Në rrugë të mbarë',
  'status.twoWay.off': 'Jashtë rrugës',
  'status.milestone.achieved': 'arritur',
  'status.milestone.partly': 'arritur pjesërisht',
  'status.milestone.notYet': 'ende e paarritur',
  'status.scale.none': 'aspak',
  'status.scale.low': 'i ulët',
  'status.scale.partial': 'i pjesshëm',
  'status.scale.high': 'i lartë',
  'status.scale.full': 'i plotë',

  'status.reason.achieved': 'Vlera e synuar përfundimtare u arrit: aktuale {actual}, vlera e synuar {target}.',
  'status.reason.onTrack':
    '{progress} % e ecurisë së pritur deri më {asOf} (në rrugë të mbarë nga {onTrack} %): aktuale {actual}, e pritur {expected}, vlera bazë {baseline}, vlera e synuar {target}.',
  'status.reason.atRisk':
    'Vetëm {progress} % e ecurisë së pritur deri më {asOf} (në rrugë të mbarë nga {onTrack} %, jashtë rrugës nën {offTrack} %): aktuale {actual}, e pritur {expected}, vlera bazë {baseline}, vlera e synuar {target}.',
  'status.reason.offTrack':
    '{progress} % e ecurisë së pritur deri më {asOf}, nën {offTrack} %, prandaj jashtë rrugës: aktuale {actual}, e pritur {expected}, vlera bazë {baseline}, vlera e synuar {target}.',
  'status.reason.noChangeExpected':
    'Deri më {asOf} nuk pritet ndryshim nga vlera bazë {baseline}, dhe vlera aktuale {actual} nuk është larguar nga vlera e synuar {target}.',
  'status.reason.movingAway':
    'Vlera aktuale {actual} është larguar nga vlera bazë {baseline} në drejtim të kundërt me vlerën e synuar {target}.',
  'status.reason.maintainKept':
    'Niveli {target} (vlera e synuar) u ruajt deri në afat: vlera aktuale {actual} është brenda {tolerance} %.',
  'status.reason.maintainWithin':
    'Vlera aktuale {actual} është brenda {tolerance} % të nivelit që duhet ruajtur (vlera e synuar {target}).',
  'status.reason.maintainNear':
    'Vlera aktuale {actual} largohet {deviation} % nga niveli që duhet ruajtur (vlera e synuar {target}); në rrugë të mbarë brenda {tolerance} %, jashtë rrugës përtej dyfishit të tij.',
  'status.reason.maintainOutside':
    'Vlera aktuale {actual} largohet {deviation} % nga niveli që duhet ruajtur (vlera e synuar {target}): më shumë se dyfishi i {tolerance} % të lejuara.',
  'status.reason.milestoneAchieved': 'Raportuar si {state} për {period}, që përmbush vlerën e synuar.',
  'status.reason.milestonePartly': 'Raportuar si {state} për {period}; afati {due}.',
  'status.reason.milestoneNotYetEarly':
    'Raportuar si {state} për {period}; afati {due}, dhe ka kaluar më pak se gjysma e kohës deri atëherë.',
  'status.reason.milestoneNotYetLate':
    'Raportuar si {state} për {period}, megjithëse ka kaluar më shumë se gjysma e kohës deri në afatin {due}.',
  'status.reason.milestoneMissed': 'Afati {due} dhe raportuar si {state} për {period}, nën vlerën e synuar {target}.',
  'status.reason.notDueYet':
    'Ende asgjë nuk ka afat: data e vlerësimit {asOf} është para {date}, kur fillon plani ose trajektorja nga vlera bazë.',
  'status.reason.noReports': 'Asnjë vlerë e raportuar për një periudhë që mbaron deri më {asOf}.',
  'status.reason.noUsableReports': 'Asnjë nga vlerat e raportuara nuk mund të përdoret; shënimet tregojnë pse.',
  'status.reason.conflictingValues':
    'Institucionet raportuan vlera të ndryshme për {period} ({values}) që nuk mund të mblidhen; raportoni një total, ose një numërues dhe një emërues.',
  'status.reason.zeroDenominator': 'Emëruesit e raportuar japin shumën zero, prandaj raporti nuk është i përcaktuar.',
  'status.reason.noBaseline': 'Treguesi nuk ka vlerë bazë.',
  'status.reason.baselineNotMeasurable': 'Vlera bazë „{value}“ nuk është vlerë e matshme.',
  'status.reason.noTarget': 'Treguesi nuk ka vlerë të synuar përfundimtare.',
  'status.reason.targetNotMeasurable': 'Vlera e synuar përfundimtare „{value}“ nuk është vlerë e matshme.',
  'status.reason.relativeTargetWithoutBaseline':
    'Vlera e synuar përfundimtare „{value}“ është një ndryshim nga një vlerë bazë që nuk është numër.',
  'status.reason.kindMismatch':
    'Vlera bazë „{baseline}“ dhe vlera e synuar përfundimtare „{target}“ nuk janë të të njëjtit lloj.',
  'status.reason.directionConflict':
    'Drejtimi është „{direction}“, por vlera e synuar {target} ndodhet në anën e kundërt të vlerës bazë {baseline}.',
  'status.reason.datesOutOfOrder': 'Afati përfundimtar {end} nuk është pas fillimit të trajektores, {start}.',

  'status.assume.baselineDate': 'Pa datë të vlerës bazë: trajektorja fillon në fillim të planit, {date}.',
  'status.assume.baselineDateUnreadable':
    'Data e vlerës bazë „{value}“ nuk mund të lexohet: trajektorja fillon në fillim të planit, {date}.',
  'status.assume.endDate': 'Pa afat përfundimtar: vlera e synuar përfundimtare ka afat në fund të planit, {date}.',
  'status.assume.endDateUnreadable':
    'Afati përfundimtar „{value}“ nuk mund të lexohet: vlera e synuar përfundimtare ka afat në fund të planit, {date}.',
  'status.assume.noMidTarget':
    'Pa vlerë të synuar afatmesme: vlerat e pritura ndjekin një vijë të drejtë nga vlera bazë te vlera e synuar përfundimtare.',
  'status.assume.midTargetUnusable':
    'Vlera e synuar afatmesme „{value}“ nuk mund të përdoret: vlerat e pritura ndjekin një vijë të drejtë nga vlera bazë te vlera e synuar përfundimtare.',
  'status.assume.midDate': 'Pa afat afatmesëm: vlera e synuar afatmesme ka afat në mes të planit, {date}.',
  'status.assume.midDateUnreadable':
    'Afati afatmesëm „{value}“ nuk mund të lexohet: vlera e synuar afatmesme ka afat në mes të planit, {date}.',
  'status.assume.noAggregation': 'Nuk është caktuar mënyra e mbledhjes: llogaritet vlera e fundit.',
  'status.assume.percentNotSummed': 'Përqindjet nuk mblidhen kurrë: llogaritet vlera e fundit, jo shuma.',
  'status.assume.midDateOutside':
    'Afati afatmesëm {date} nuk është midis datës së vlerës bazë dhe afatit përfundimtar, prandaj vlera e synuar afatmesme lihet jashtë.',

  'status.note.periodUnreadable': '{agency}: periudha „{period}“ nuk mund të lexohet; rreshti lihet jashtë.',
  'status.note.periodAfterAsOf': '{agency}: {period} mbaron pas datës së vlerësimit; lihet jashtë.',
  'status.note.periodBeforeBaseline': '{agency}: {period} mbaron deri në datën e vlerës bazë; lihet jashtë.',
  'status.note.duplicate': '{agency} raportoi {period} më shumë se një herë; llogaritet rreshti i fundit.',
  'status.note.overlap': '{agency}: {period} mbivendoset me {other}; llogaritet vetëm {other}.',
  'status.note.valueNotUsable':
    '{agency}, {period}: „{value}“ nuk është vlerë që ky tregues mund ta përdorë; lihet jashtë.',
  'status.note.disaggregatedSummed':
    '{agency}, {period}: nuk u raportua total, prandaj mblidhen vlerat sipas {dimension}.',
  'status.note.disaggregatedIgnored':
    '{agency}, {period}: u raportuan vetëm vlera sipas kategorive, dhe ky tregues nuk i mbledh; lihet jashtë.',
  'status.note.latestSummed': 'Mblidhen vlerat e fundit të {agencies}.',
  'status.note.ratioPartsMissing': '{agency}, {period}: pa numërues dhe emërues; lihet jashtë raportit.',
  'status.note.ratioFromLatest': 'Nuk u raportuan numërues dhe emërues: llogaritet vlera e fundit e raportuar.',
  'status.note.lowestState': 'Institucionet raportuan gjendje të ndryshme për {period}; llogaritet më e ulëta.',
  'status.note.selfAssessmentMismatch':
    '{agency} e vlerësoi: {assessment} ({period}); statusi i llogaritur është {status}.',

  'status.activity.reason.done': 'Raportuar si i përfunduar ({period}).',
  'status.activity.reason.cancelled': 'Raportuar si i anuluar ({period}).',
  'status.activity.reason.onSchedule': 'Në vazhdim ({period}); përfundimi i planifikuar {end}.',
  'status.activity.reason.delayed':
    'Përfundimi i planifikuar {end} ka kaluar dhe aktiviteti nuk është raportuar si i përfunduar.',
  'status.activity.reason.postponed': 'Raportuar si i shtyrë ({period}); përfundimi i planifikuar {end}.',
  'status.activity.reason.notStartedYet': 'Pa filluar; fillimi i planifikuar {start}.',
  'status.activity.reason.startOverdue': 'Pa filluar, megjithëse fillimi ishte planifikuar {start}.',
  'status.activity.reason.notStarted': 'Raportuar si pa filluar ({period}); përfundimi i planifikuar {end}.',
  'status.activity.reason.noReport': 'Asnjë status zbatimi i raportuar për një periudhë që mbaron deri më {asOf}.',
  'status.activity.reason.noCompletionDate':
    'Aktiviteti nuk ka datë të planifikuar përfundimi, prandaj vonesa nuk mund të vlerësohet.',
  'status.activity.reason.completionWithoutYear':
    'Përfundimi i planifikuar „{value}“ nuk ka vit, ndërsa plani zgjat disa vjet: shtoni vitin në plan.',
  'status.activity.reason.completionDateUnreadable':
    'Data e planifikuar e përfundimit „{value}“ nuk mund të lexohet, prandaj vonesa nuk mund të vlerësohet.',

  'status.rollup.reason.onTrack':
    'Në rrugë të mbarë ose të arritur: {good} nga {assessable} tregues që mund të vlerësohen ({share} %); në rrugë të mbarë nga {threshold} %.',
  'status.rollup.reason.offTrack':
    'Në rrugë të mbarë ose të arritur: {good} nga {assessable} tregues që mund të vlerësohen ({share} %); për të qenë në rrugë të mbarë duhen {threshold} %.',
  'status.rollup.reason.notAssessable': 'Asnjë nga treguesit e saj (gjithsej {count}) nuk mund të vlerësohet ende.',

  'status.settingIssue.notAShare':
    'Cilësimi {key} = „{value}“ nuk është një pjesë nga 0 deri në 100 %; zbatohet vlera e parazgjedhur.',
  'status.settingIssue.notYesNo': 'Cilësimi {key} = „{value}“ nuk është po ose jo; zbatohet vlera e parazgjedhur.',
  'status.settingIssue.offTrackAboveOnTrack':
    'Pragu për „jashtë rrugës“ është mbi pragun për „në rrugë të mbarë“; për të dy zbatohen vlerat e parazgjedhura.',

  'status.explain.title': 'Si llogaritet statusi (më {asOf})',
  'status.explain.actual':
    'Vlera aktuale deri më sot: për treguesit „shuma“, vlera bazë plus vlerat e raportuara për periudhat pas datës së vlerës bazë; për treguesit „e fundit“, vlera më e re; për treguesit „raporti“, numëruesit dhe emëruesit e raportuar mblidhen veçmas dhe pastaj pjesëtohen. Përqindjet nuk mblidhen kurrë ndërmjet institucioneve ose periudhave.',
  'status.explain.periods':
    'Llogariten vetëm periudhat që mbarojnë deri në datën e vlerësimit. Llogariten vetëm totalet; kur një institucion ka raportuar vetëm një ndarje (si sipas gjinisë), treguesi me shumë ose raport mbledh një ndarje.',
  'status.explain.expected':
    'Vlera e pritur: një vijë e drejtë nga vlera bazë në datën e saj (ose në fillim të planit), përmes vlerës së synuar afatmesme në afatin e saj, te vlera e synuar përfundimtare në afatin përfundimtar; pas afatit përfundimtar, vlera e synuar përfundimtare.',
  'status.explain.progress':
    'Ecuria = (aktuale − vlera bazë) ÷ (e pritur − vlera bazë); pjesa e arritur e vlerës së synuar = (aktuale − vlera bazë) ÷ (vlera e synuar − vlera bazë). Të dyja vlejnë edhe për treguesit që duhet të ulen.',
  'status.explain.thresholds':
    'Arritur: vlera e synuar përfundimtare është arritur. Në rrugë të mbarë: ecuri të paktën {onTrack} % e asaj që pritet. Në rrezik: nga {offTrack} % deri nën {onTrack} %. Jashtë rrugës: nën {offTrack} %.',
  'status.explain.unchanged':
    'Kur ende nuk pritet ndryshim (në fillim, ose kur vlera e synuar është e barabartë me vlerën bazë), një tregues është në rrugë të mbarë, përveç kur është larguar nga vlera e synuar, kur është jashtë rrugës.',
  'status.explain.maintain':
    'Treguesit që duhet të ruhen janë në rrugë të mbarë brenda {tolerance} % të nivelit të tyre, në rrezik brenda dyfishit të tij dhe jashtë rrugës përtej tij.',
  'status.explain.milestones':
    'Pikat kyçe janë arritur kur raportohen të tilla; të arritura pjesërisht para afatit janë në rrugë të mbarë; ende të paarritura janë në rrugë të mbarë në gjysmën e parë të kohës deri në afat dhe në rrezik në të dytën; të paarritura deri në afat janë jashtë rrugës.',
  'status.explain.scales':
    'Shkallët cilësore llogariten si numra: aspak 0, i ulët 1, i pjesshëm 2, i lartë 3, i plotë 4.',
  'status.explain.notAssessed':
    'Ende pa afat: data e vlerësimit është para fillimit të planit ose të vlerës bazë. Pa të dhëna: asgjë e përdorshme nuk u raportua. Nuk mund të vlerësohet: treguesit i mungon një vlerë bazë ose vlerë e synuar e matshme.',
  'status.explain.twoWayOff':
    'Në dy kolonat Në rrugë të mbarë / Jashtë rrugës, „në rrezik“ llogaritet si jashtë rrugës.',
  'status.explain.twoWayOn':
    'Në dy kolonat Në rrugë të mbarë / Jashtë rrugës, „në rrezik“ llogaritet si në rrugë të mbarë.',
  'status.explain.activities':
    'Aktivitetet: të kryera ose të anuluara siç raportohen; me vonesë kur përfundimi i planifikuar ka kaluar pa përfundim, ose kur janë shtyrë; në afat sa janë në vazhdim; pa filluar para se të nisin.',
  'status.explain.rollup':
    'Një rezultat ose fushë është në rrugë të mbarë kur të paktën {share} % e treguesve të saj që mund të vlerësohen janë në rrugë të mbarë ose të arritur.',
  'status.explain.selfAssessment':
    'Kur vlerësimi i vetë institucionit ndryshon nga statusi i llogaritur, ndryshimi tregohet.',
};
