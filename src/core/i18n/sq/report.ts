import type { report as english } from '../en/report';
import type { AreaCatalogue } from '../message';

export const report: AreaCatalogue<typeof english> = {
  'report.title': 'Raporti vjetor i monitorimit të zbatimit të Planit Kombëtar të Veprimit',
  'report.subtitle': '{plan}, {country}: {from} deri më {to}',
  'report.sheet': 'Raporti',
  'report.fileName': 'Raporti i monitorimit të PKV-së {from} deri më {to}',
  'report.sheet.areas': 'Treguesit sipas fushave',
  'report.toc': 'Përmbajtja',
  'report.page': 'Faqja {page} nga {pages}',
  'report.footer': '{title}: faqja &P nga &N',

  'report.titleBlock.plan': 'Plani',
  'report.titleBlock.country': 'Vendi',
  'report.titleBlock.period': 'Periudha e raportimit',
  'report.titleBlock.asOf': 'Të dhënat më',
  'report.titleBlock.deadline': 'Afati vjetor i të dhënave',
  'report.titleBlock.generated': 'Krijuar më',
  'report.titleBlock.notSet': 'i pacaktuar',
  'report.titleBlock.range': '{from} deri më {to}',

  'report.section.intro': '1. Hyrje',
  'report.section.developments': '2. Vërejtje mbi zhvillimet në fushën e trafikimit të personave',
  'report.section.policy': '3. Politikat kombëtare dhe korniza ligjore kundër trafikimit të personave',
  'report.section.compliance': '4. Përputhshmëria me standardet ligjore ndërkombëtare',
  'report.section.progress': '5. Ecuria në zbatimin e Planit Kombëtar të Veprimit ({from} deri më {to})',
  'report.section.general': 'a. Vërejtje të përgjithshme',
  'report.section.overall': 'b. Rezultatet dhe arritjet e përgjithshme në periudhën e raportimit',
  'report.section.detailed': 'Rezultatet dhe arritjet e hollësishme në periudhën e raportimit',
  'report.section.observations': 'c. Vërejtje, komente',
  'report.section.lessons': 'd. Mësimet e nxjerra',
  'report.section.nextSteps': 'e. Hapat e ardhshëm / rruga përpara',
  'report.section.outcomeComment': 'Koment për rezultatin {code}',
  'report.section.summary': 'Përmbledhje',
  'report.section.outcomes': 'Rezultatet në rrugë të mbarë dhe jashtë rrugës',

  'report.guidance.intro':
    'Kush raporton për çfarë (institucioni, personi i kontaktit); periudha e raportimit; kujt i dërgohet raporti; kush ka marrë pjesë në raportim.',
  'report.guidance.developments':
    'Natyra dhe përmasat e problemit dhe zhvillimet; zhvillimet në mënyrën e veprimit të autorëve; zhvillimet në profilin e viktimave.',
  'report.guidance.policy': 'Ndryshimet në politika dhe në kornizën ligjore.',
  'report.guidance.compliance':
    'Gjendja dhe/ose ndryshimet në kornizën ligjore lidhur me përputhshmërinë me standardet ligjore ndërkombëtare.',
  'report.guidance.general':
    'Si ka ecur zbatimi në fazën e raportimit; rregullimet institucionale për zbatimin; sfidat e identifikuara; rishikimi ose vlerësimi i planifikuar ose në vazhdim.',
  'report.guidance.overall':
    'Rezultatet dhe arritjet e përgjithshme të zbatimit në lidhje me qëllimet dhe rezultatet: ndryshimet që mund t’u atribuohen aktiviteteve të planit të veprimit.',
  'report.guidance.outcomeComment':
    'Komenti juaj për këtë rezultat: atë që shifrat nuk e thonë, dhe pse është jashtë rrugës aty ku është.',
  'report.guidance.observations': 'Çdo vërejtje ose koment lidhur me zbatimin e PKV-së.',
  'report.guidance.lessons':
    'Mësimet e nxjerra në periudhën e raportimit që kërkojnë një qasje tjetër në periudhën e ardhshme të raportimit.',
  'report.guidance.nextSteps':
    'Si do të vazhdojë lufta kundër trafikimit të personave në periudhën e ardhshme të raportimit: ndryshime institucionale, ndryshime në fokus, ndjekja e një rishikimi ose vlerësimi, raportimi i planifikuar.',
  'report.notWritten': '(ende e pashkruar)',

  'report.summary.group.indicators': 'Treguesit',
  'report.summary.group.activities': 'Aktivitetet',
  'report.summary.group.reporting': 'Institucionet që raportojnë',
  'report.summary.group.rule': 'Si llogaritet statusi',
  'report.summary.expected': 'Raporte të pritura',
  'report.summary.received': 'Raporte të marra',
  'report.summary.rate': 'Shkalla e raportimit',
  'report.summary.rateValue': '{rate} %',
  'report.summary.missing': 'Raporte që mungojnë',
  'report.summary.reportingLine':
    'Institucionet që raportojnë: u morën {received} nga {expected} raporte të pritura ({rate} %).',
  'report.summary.reportingNone': 'Institucionet që raportojnë: në periudhën e raportimit nuk pritej asnjë raport.',

  'report.col.key': 'Çelësi',
  'report.col.section': 'Seksioni',
  'report.col.text': 'Teksti juaj',
  'report.col.item': 'Elementi',
  'report.col.count': 'Numri',
  'report.col.area': 'Fusha strategjike',
  'report.col.outcomeCode': 'Rezultati',
  'report.col.outcome': 'Teksti i rezultatit',
  'report.col.code': 'Kodi',
  'report.col.indicator': 'Treguesi',
  'report.col.unit': 'Njësia',
  'report.col.baseline': 'Vlera bazë',
  'report.col.value': 'Vlera në fund të periudhës',
  'report.col.target': 'Vlera e synuar',
  'report.col.targetDate': 'Afati i vlerës së synuar',
  'report.col.status': 'Statusi',
  'report.col.reason': 'Arsyeja',
  'report.col.agencyView': 'Vlerësimi i vetë institucioneve',
  'report.col.assessment': 'Vlerësimi (kundrejt treguesve)',
  'report.col.onTrackCount': 'Tregues në rrugë të mbarë',
  'report.col.achievements': 'Arritjet',
  'report.col.activities': 'Aktivitetet e zbatuara',
  'report.col.comments': 'Komente (pse, nëse është jashtë rrugës)',
  'report.col.resources': 'Burimet e shpenzuara',
  'report.col.donors': 'Donatorët',
  'report.col.year': 'Viti',
  'report.col.twoWay': 'Në rrugë të mbarë / jashtë rrugës',

  'report.attributed': '{text} ({agency}, {period})',
  'report.activityReported': '{code} {text}: {implementation}',
  'report.agencyView': '{agency} ({period}): {assessment}',
  'report.agencyViewDiffers': '{agency} ({period}): {assessment}, ndërsa të dhënat tregojnë: {status}',
  'report.onTrackCount': '{good} nga {assessable}',
  'report.resources': '{amount} {currency}',
  'report.none': '—',
  'report.chart.title': 'Treguesit sipas statusit për çdo fushë strategjike',
  'report.areaHeading': 'Fusha strategjike {code}: {name}',
  'report.outcomeHeading': 'Rezultati {code}: {text}',
  'report.areaAssessment': 'Vlerësimi i fushës: {status}. {reason}',
  'report.indicatorsHeading': 'Treguesit',

  'report.error.badRange':
    'Periudha e raportimit duhet të fillojë para fundit të saj ose në të njëjtën ditë: {from} deri më {to}.',
  'report.error.outsidePlan':
    'Periudha e raportimit nga {from} deri më {to} është jashtë planit, që zgjat nga {start} deri më {end}.',

  'cli.report.summary':
    'Raporti vjetor i monitorimit (Aneksi 6) për një vit ose një interval, si .docx, .xlsx ose .csv.',
  'cli.report.usage':
    'Përdorimi: nap-monitor report plan.xlsx (--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD) --out SKEDARI\n' +
    '                          [--deadline YYYY-MM-DD] [--language KODI] [--force]\n\n' +
    'Shkruan raportin e monitorimit për parlamentin nga plani, tabela Ecuria dhe rrëfimi në fletën Raporti.\n' +
    'Formati ndjek emrin e skedarit: .docx (Aneksi 6), .xlsx (vetëm vlera) ose .csv (një rresht për çdo tregues\n' +
    'dhe vit). Skedari i planit nuk ndryshohet; fleta Raporti ndërtohet në shtojcë.\n\n' +
    'Opsione:\n' +
    '  --year YYYY          viti kalendarik për të cilin raportohet\n' +
    '  --from, --to         çdo interval ditësh në vend të një viti\n' +
    '  --out SKEDARI        skedari për t’u shkruar: report.docx, report.xlsx ose report.csv\n' +
    '  --deadline DATA      afati vjetor i të dhënave, i treguar në kokën e raportit\n' +
    '  --language KODI      gjuha e raportit: {languages} (parazgjedhur: en)\n' +
    '  --force              zëvendëso SKEDARIN nëse ekziston',
  'cli.report.written': 'U shkrua {file}: tregues: {indicators}; u morën {received} nga {expected} raporte.',
  'cli.report.badFormat': 'Formati i {file} nuk është i qartë: jepini një nga prapashtesat {formats}.',
  'cli.report.badYear': '--year duhet të jetë një vit si 2026, jo „{value}“.',
  'report.export.docx': 'Raport Word (.docx)',
  'report.export.xlsx': 'Libër pune vetëm me vlera (.xlsx)',
  'report.export.csv': 'Rezultatet e treguesve (.csv)',

  'ui.tab.report': 'Raporti',
  'ui.report.heading': 'Raporti vjetor i monitorimit',
  'ui.report.intro':
    'Ndërton raportin e Aneksit 6 në fletën Raporti nga plani, tabela Ecuria dhe statusi në fund të periudhës. Shkruani seksionet 1–4, komentet dhe mësimet në fletë: ruhen kur e ndërtoni përsëri. Pastaj eksportojeni për parlamentin.',
  'ui.report.noPlan': 'Ky libër pune nuk ka ende plan: së pari konfiguroni një.',
  'ui.report.year': 'Viti',
  'ui.report.customRange': 'Çdo interval datash',
  'ui.report.from': 'Nga',
  'ui.report.to': 'Deri më',
  'ui.report.deadline': 'Afati vjetor i të dhënave (opsional)',
  'ui.report.deadlineHint': 'Shfaqet në kokën e raportit; udhëzuesi e cakton një muaj para afatit të raportit.',
  'ui.report.invalidYear': 'Shkruani një vit si 2026.',
  'ui.report.invalidRange': 'Shkruani dy data, e para para të dytës ose e njëjtë.',
  'ui.report.run': 'Ndërto fletën Raporti',
  'ui.report.running': 'Po ndërtohet raporti…',
  'ui.report.built': 'Raporti është në fletën „{sheet}“.',
  'ui.report.outcomes': 'Rezultatet: në rrugë të mbarë {onTrack}, jashtë rrugës {offTrack}, nga gjithsej {total}.',
  'ui.report.exports': 'Eksporto për parlamentin',
  'ui.report.exporting': 'Po përgatitet skedari…',
  'report.section.kept': 'Tekst i ruajtur nga një raport i mëparshëm',
  'report.guidance.kept':
    'Tekst që nuk i përket më asnjë seksioni të raportit: zhvendoseni aty ku i përket ose fshijeni.',
  'report.error.narrativeColumn':
    'Tabela {table} në fletën „{sheet}“ ka humbur kolonën „{column}“: riktheni kolonën (zhbëni), pastaj ndërtoni përsëri raportin. Asgjë nuk u ndryshua.',
};
