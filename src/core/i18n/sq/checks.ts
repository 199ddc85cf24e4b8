import type { checks as english } from '../en/checks';
import type { AreaCatalogue } from '../message';

export const checks: AreaCatalogue<typeof english> = {
  'check.settings.period-reversed':
    'Periudha e planit mbaron ({periodEnd}) para se të fillojë ({periodStart}). Ndreqni datat e fillimit dhe të mbarimit te cilësimet.',
  'check.sheet.missing-table':
    'Në fletën „{sheet}“ mungon një tabelë që i duhet NAP Monitor. Riktheni atë (zhbëni fshirjen ose konfiguroni përsëri librin e punës të planit).',
  'check.sheet.missing-column':
    'Në tabelën e fletës „{sheet}“ (rreshti i titujve {row}) mungon kolona „{column}“: është fshirë ose titulli i saj është riemërtuar. Jepini kolonës përsëri titullin „{column}“ që vlerat e saj të mund të lexohen.',
  'check.sheet.unknown-list-value':
    '„{value}“ në kolonën „{column}“ të fletës „{sheet}“, rreshti {row}, nuk është një vlerë e lejuar. Zgjidhni një vlerë nga lista rënëse.',
  'check.structure.duplicate-code':
    'Kodi {code} është përdorur më shumë se një herë. Jepini çdo regjistrimi kodin e vet.',
  'check.structure.parent-missing':
    '{code} i referohet „{parent}“, që nuk është në plan. Shkruani kodin e një regjistrimi ekzistues ku bën pjesë.',
  'check.structure.code-not-under-parent':
    '{code} nuk ndodhet nën prindin e tij {parent}. Numërojeni si {parent}.n ose zhvendoseni nën prindin e duhur.',
  'check.structure.area-without-objective':
    'Fusha strategjike {code} nuk ka objektiv. Shtoni të paktën një objektiv operacional ose hiqni fushën.',
  'check.structure.objective-without-indicator':
    'Objektivi {code} nuk ka tregues performance. Shtoni të paktën një tregues që tregon si do të matet ndryshimi.',
  'check.structure.key-measure-without-activity':
    'Masa kyçe {code} nuk ka aktivitet. Shtoni aktivitetet që do ta zbatojnë.',
  'check.structure.indicator-not-in-me-plan':
    'Treguesi {code} nuk është në planin e monitorimit dhe vlerësimit. Shtoni një rresht që thotë si, sa shpesh dhe nga kush matet.',
  'check.structure.me-row-not-in-nap':
    'Plani i monitorimit dhe vlerësimit ka një rresht për treguesin {code}, që plani i veprimit nuk e ka. Ndreqni kodin ose fshini rreshtin.',
  'check.structure.me-value-differs':
    'Plani i monitorimit dhe vlerësimit tregon „{value}“ si {field} të treguesit {code}, por plani i veprimit thotë „{expected}“. Riktheni formulën ose kopjoni vlerën nga plani i veprimit.',
  'check.indicator.text-missing':
    'Treguesi {code} nuk ka tekst. Thoni çfarë mat treguesi (p.sh. „Numri i viktimave të identifikuara“).',
  'check.indicator.baseline-missing':
    'Treguesi {code} nuk ka vlerë bazë. Shkruani vlerën e matur para fillimit të planit (një numër, një përqindje ose një gjendje si „nuk ka sistem“).',
  'check.indicator.baseline-not-measurable':
    'Vlera bazë e treguesit {code}, „{value}“, nuk është vlerë e matshme. Shkruani një numër, një përqindje ose një gjendje të qartë.',
  'check.indicator.baseline-date-missing':
    'Vlera bazë e treguesit {code} nuk ka datë. Shkruani vitin ose datën kur u mat.',
  'check.indicator.mid-target-missing':
    'Treguesi {code} nuk ka vlerë të synuar afatmesme. Shkruani vlerën e pritur në mes të zbatimit.',
  'check.indicator.end-target-missing':
    'Treguesi {code} nuk ka vlerë të synuar përfundimtare. Shkruani vlerën e pritur në fund të zbatimit.',
  'check.indicator.target-not-measurable':
    'Vlera „{value}“ ({field}) e treguesit {code} nuk është vlerë e synuar e matshme. Jepni një numër, një përqindje, një pikë kyçe („e krijuar“, „e miratuar“) ose një nivel.',
  'check.indicator.relative-target-unresolvable':
    'Vlera „{value}“ ({field}) e treguesit {code} është vlerë e synuar në raport me vlerën bazë, por vlera bazë „{baseline}“ nuk ka numër mbi të cilin të zbatohet. Shkruani një vlerë bazë numerike ose një vlerë të synuar absolute.',
  'check.indicator.kind-mismatch':
    'Vlera „{value}“ ({field}) e treguesit {code} nuk është e të njëjtit lloj si vlera bazë „{baseline}“ (për shembull një numër përballë një përqindjeje). Shprehni vlerën e synuar dhe vlerën bazë në të njëjtën mënyrë.',
  'check.indicator.direction-contradicted':
    'Treguesi {code} duhet të shkojë në drejtimin „{direction}“, por vlera e tij {value} ({field}) shkon në drejtim të kundërt nga vlera bazë ({baseline}). Ndreqni vlerën e synuar ose drejtimin.',
  'check.indicator.target-equals-baseline':
    'Treguesi {code} duhet të shkojë në drejtimin „{direction}“, por vlera e tij {value} ({field}) është e njëjtë me vlerën bazë. Vendosni vlerën e synuar që plani synon ose ndryshoni drejtimin në „ruajtje“.',
  'check.indicator.mid-target-beyond-end':
    'Vlera e synuar afatmesme e treguesit {code} ({value}) shkon më larg në drejtimin „{direction}“ se vlera e synuar përfundimtare ({expected}). Ndreqni njërën prej tyre.',
  'check.indicator.value-approximate':
    'Vlera „{value}“ ({field}) e treguesit {code} është e përafërt. Shkruani vetë shifrën, që ecuria të matet në raport me të.',
  'check.indicator.percent-out-of-range':
    'Vlera {value} ({field}) e treguesit në përqindje {code} është jashtë intervalit 0–100. Ndreqni vlerën ose llojin e treguesit.',
  'check.indicator.date-invalid':
    'Vlera „{value}“ ({field}) e treguesit {code} nuk mund të lexohet si datë. Shkruani një vit, një tremujor („Q3 2026“, „IV tremujor“) ose një datë.',
  'check.indicator.date-without-year':
    'Vlera „{value}“ ({field}) e treguesit {code} nuk ka vit, ndërsa plani zgjat nga {firstYear} deri në {lastYear}. Shtoni vitin (p.sh. „Q4 {lastYear}“).',
  'check.indicator.target-date-outside-period':
    'Data {value} ({field}) e treguesit {code} është jashtë periudhës së planit nga {periodStart} deri në {periodEnd}. Vendosni një datë brenda periudhës.',
  'check.indicator.target-date-before-baseline':
    'Data {value} ({field}) e treguesit {code} është para datës së vlerës bazë ({baseline}). Vlera e synuar duhet të vijë pas vlerës bazë.',
  'check.indicator.mid-date-after-end-date':
    'Afati afatmesëm i treguesit {code} ({value}) është pas afatit përfundimtar ({expected}). Ndërroni ose ndreqni datat.',
  'check.mePlan.means-of-verification-missing':
    'Treguesi {code} nuk ka mjetet e verifikimit në planin e monitorimit dhe vlerësimit. Emërtoni burimin e të dhënave (statistika, raporte, anketë) nga i cili matet.',
  'check.mePlan.frequency-missing':
    'Treguesi {code} nuk ka shpeshtësi të mbledhjes së të dhënave në planin e monitorimit dhe vlerësimit. Zgjidhni sa shpesh mblidhen të dhënat.',
  'check.mePlan.frequency-unknown':
    'Shpeshtësia „{value}“ e treguesit {code} nuk është një nga shpeshtësitë e planit. Zgjidhni një nga lista rënëse.',
  'check.mePlan.responsible-missing':
    'Askush nuk është përgjegjës për mbledhjen e të dhënave të treguesit {code}. Emërtoni njësinë ose personin që i mbledh.',
  'check.mePlan.responsible-unknown':
    'Mbledhësi i të dhënave të treguesit {code}, „{value}“, nuk është institucion i planit. Përdorni një institucion nga lista e institucioneve (me njësinë, p.sh. „MB – Departamenti X“) ose shtoni institucionin.',
  'check.activity.text-missing': 'Aktiviteti {code} nuk ka tekst. Përshkruani çfarë do të bëhet.',
  'check.activity.responsible-missing': 'Aktiviteti {code} nuk ka përgjegjës. Emërtoni institucionin përgjegjës.',
  'check.activity.responsible-unknown':
    'Përgjegjësi i aktivitetit {code}, „{value}“, nuk është institucion i planit. Përdorni një institucion nga lista e institucioneve (me njësinë, p.sh. „MB – Departamenti X“) ose shtoni institucionin.',
  'check.activity.start-missing':
    'Aktiviteti {code} nuk ka datë fillimi. Shkruani një tremujor („I tremujor“, „Q1 2026“) ose një datë.',
  'check.activity.completion-missing':
    'Aktiviteti {code} nuk ka datë të planifikuar përfundimi. Shkruani një tremujor („IV tremujor“, „Q4 2026“) ose një datë.',
  'check.activity.date-invalid':
    'Vlera „{value}“ ({field}) e aktivitetit {code} nuk mund të lexohet si datë. Shkruani një tremujor („II tremujor“, „Q2 2026“), një vit ose një datë.',
  'check.activity.date-without-year':
    'Vlera „{value}“ ({field}) e aktivitetit {code} nuk ka vit, ndërsa plani zgjat nga {firstYear} deri në {lastYear}. Shtoni vitin (p.sh. „IV tremujor {firstYear}“).',
  'check.activity.dates-reversed':
    'Aktiviteti {code} është planifikuar të përfundojë ({value}) para se të fillojë ({expected}). Ndreqni datat.',
  'check.activity.date-outside-period':
    'Data {value} ({field}) e aktivitetit {code} është jashtë periudhës së planit nga {periodStart} deri në {periodEnd}. Vendosni një datë brenda periudhës.',
  'check.activity.result-indicator-missing':
    'Aktiviteti {code} nuk ka tregues rezultati. Thoni çfarë do të tregojë se u zbatua (p.sh. „U mbajtën të paktën katër takime“).',
  'check.activity.financial-estimate-missing':
    'Parashikimi financiar i aktivitetit {code} nuk jep shumë dhe nuk thotë se nuk kërkohet financim. Shkruani një shumë me burimin e financimit ose „Nuk kërkohet financim“.',
  'check.activity.amount-without-source':
    'Aktiviteti {code} ka një shumë ({value}), por nuk ka burim financimi. Emërtoni buxhetin ose donatorin që e paguan.',
  'check.field.baseline': 'vlera bazë',
  'check.field.baselineDate': 'data e vlerës bazë',
  'check.field.midTarget': 'vlera e synuar afatmesme',
  'check.field.endTarget': 'vlera e synuar përfundimtare',
  'check.field.midDate': 'afati afatmesëm',
  'check.field.endDate': 'afati përfundimtar',
  'check.field.start': 'data e fillimit',
  'check.field.completion': 'data e përfundimit',
  'checklist.a43-smart':
    'Rezultatet dhe treguesit e tyre janë specifikë, të matshëm, të arritshëm, realistë dhe të përcaktuar në kohë (SMART).',
  'checklist.a43-influence':
    'Rezultatet përcaktojnë qartë një fushë pune ku të gjitha institucionet dhe partnerët përkatës mund të kenë ndikim të rëndësishëm.',
  'checklist.a43-worded-as-change':
    'Rezultatet janë formuluar si ndryshime: çfarë ka ndryshuar, për kë (nëse ka rëndësi) dhe kur.',
  'checklist.a43-gender':
    'Rezultatet trajtojnë qartë interesat dhe shqetësimet e veçanta të burrave, grave dhe/ose grupeve të margjinalizuara (nëse ka rëndësi).',
  'checklist.a43-institutional-change':
    'Rezultatet trajtojnë ndryshime në kapacitetet dhe sjelljen institucionale që duhet të çojnë në përmirësim të qëndrueshëm.',
  'checklist.a43-conditions-not-products':
    'Rezultatet flasin për ndryshime në kushte dhe kapacitete, jo për dhënien e produkteve dhe shërbimeve.',
  'checklist.a43-objectives-have-indicators':
    'Rezultatet kanë tregues që tregojnë si do të matet ndryshimi i dëshiruar.',
  'checklist.a43-clear-picture':
    'Çdo rezultat dhe treguesit e tij japin një pamje të qartë dhe të saktë të asaj si duhet të duket e ardhmja.',
  'checklist.a43-process-and-effect':
    'Ka tregues që matin si procesin e prodhimit të produkteve ashtu edhe cilësinë ose efektin e asaj që u prodhua.',
  'checklist.annex1-areas-have-objectives': 'Çdo fushë strategjike ka objektiva operacionalë.',
  'checklist.annex1-activities-each-area': 'Plani i veprimit përfshin aktivitete për çdo fushë strategjike.',
  'checklist.annex1-responsibilities': 'Çdo aktivitet ka një përgjegjës të caktuar qartë.',
  'checklist.annex1-timelines': 'Çdo aktivitet ka datë fillimi dhe përfundimi brenda periudhës së planit.',
  'checklist.annex1-budget':
    'Çdo aktivitet ka një zë buxhetor: një shumë me burimin e financimit ose „nuk kërkohet financim“.',
  'checklist.annex1-baselines': 'Çdo tregues ka vlerë bazë, që ecuria të mund të vlerësohet më vonë.',
  'checklist.annex1-measurable-indicators': 'Treguesit janë të matshëm, realistë dhe të përcaktuar në kohë.',
  'checklist.annex1-qualitative-indicators': 'Plani përfshin tregues cilësorë me vlera bazë dhe vlera të synuara.',
  'checklist.annex1-me-criteria':
    'Plani përcakton monitorimin, vlerësimin dhe rishikimin: si, sa shpesh dhe nga kush matet çdo tregues, dhe si funksionojnë rishikimi dhe raportimi.',
  'checklist.annex1-risks': 'Plani përfshin një vlerësim të rreziqeve dhe strategji për zbutjen e tyre.',
  'checklist.annex1-realistic-resources':
    'Plani i veprimit është realist, duke pasur parasysh burimet njerëzore dhe financiare dhe kapacitetet e aktorëve përgjegjës.',
  'check.sheet.value-became-date':
    "Excel e ktheu atë që u shkrua në kolonën „{column}“ të fletës „{sheet}“, rreshti {row}, në datën {value}. Nëse nënkuptohej një numër ose thyesë, shkruajeni përsëri si numër dhjetor, ose me apostrof përpara ('3/4) që të mbetet tekst.",
};
