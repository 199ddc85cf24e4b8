import type { status as english } from '../en/status';
import type { AreaCatalogue } from '../message';

export const status: AreaCatalogue<typeof english> = {
  'status.error.badAsOf':
    'Статусот не може да се оцени на ден „{value}“: внесете вистински датум во обликот YYYY-MM-DD.',
  'status.error.periodReversed':
    'Во датотеката {file}, лист „{sheet}“, ќелија {cell}: периодот на планот завршува ({periodEnd}) пред да започне ({periodStart}), па статусот не може да се оцени. Поправете ги датумите на почеток и крај во поставките.',
  'status.indicator.achieved': 'Постигнато',
  'status.indicator.onTrack': 'Според планот',
  'status.indicator.atRisk': 'Под ризик',
  'status.indicator.offTrack': 'Отстапува од планот',
  'status.indicator.notDueYet': 'Сè уште не достасало',
  'status.indicator.noData': 'Нема податоци',
  'status.indicator.notAssessable': 'Не може да се оцени',
  'status.activity.done': 'Завршено',
  'status.activity.onSchedule': 'Во рок',
  'status.activity.delayed': 'Доцни',
  'status.activity.notStarted': 'Не е започнато',
  'status.activity.cancelled': 'Откажано',
  'status.activity.noData': 'Нема податоци',
  'status.activity.notAssessable': 'Не може да се оцени',
  'status.rollup.onTrack': 'Според планот',
  'status.rollup.offTrack': 'Отстапува од планот',
  'status.rollup.notAssessable': 'Не може да се оцени',
  'status.twoWay.on': 'Според планот',
  'status.twoWay.off': 'Отстапува од планот',
  'status.milestone.achieved': 'постигнато',
  'status.milestone.partly': 'делумно постигнато',
  'status.milestone.notYet': 'сè уште не е постигнато',
  'status.scale.none': 'воопшто',
  'status.scale.low': 'ниско',
  'status.scale.partial': 'делумно',
  'status.scale.high': 'високо',
  'status.scale.full': 'целосно',

  'status.reason.achieved': 'Целната вредност за крајот е достигната: остварено {actual}, целна вредност {target}.',
  'status.reason.onTrack':
    '{progress} % од напредокот очекуван до {asOf} (според планот од {onTrack} %): остварено {actual}, очекувано {expected}, почетна вредност {baseline}, целна вредност {target}.',
  'status.reason.atRisk':
    'Само {progress} % од напредокот очекуван до {asOf} (според планот од {onTrack} %, отстапува од планот под {offTrack} %): остварено {actual}, очекувано {expected}, почетна вредност {baseline}, целна вредност {target}.',
  'status.reason.offTrack':
    '{progress} % од напредокот очекуван до {asOf}, под {offTrack} %, па отстапува од планот: остварено {actual}, очекувано {expected}, почетна вредност {baseline}, целна вредност {target}.',
  'status.reason.noChangeExpected':
    'До {asOf} не се очекува промена во однос на почетната вредност {baseline}, а оствареното {actual} не се оддалечило од целната вредност {target}.',
  'status.reason.movingAway':
    'Оствареното {actual} се оддалечило од почетната вредност {baseline} подалеку од целната вредност {target}.',
  'status.reason.maintainKept':
    'Нивото {target} (целна вредност) е одржано до рокот: оствареното {actual} е во рамките на {tolerance} %.',
  'status.reason.maintainWithin':
    'Оствареното {actual} е во рамките на {tolerance} % од нивото што треба да се одржи (целна вредност {target}).',
  'status.reason.maintainNear':
    'Оствареното {actual} отстапува {deviation} % од нивото што треба да се одржи (целна вредност {target}); според планот до {tolerance} %, отстапува од планот над двојно од тоа.',
  'status.reason.maintainOutside':
    'Оствареното {actual} отстапува {deviation} % од нивото што треба да се одржи (целна вредност {target}): повеќе од двојно од дозволените {tolerance} %.',
  'status.reason.milestoneAchieved': 'Пријавено како {state} за {period}, со што целната вредност е достигната.',
  'status.reason.milestonePartly': 'Пријавено како {state} за {period}; рок {due}.',
  'status.reason.milestoneNotYetEarly':
    'Пријавено како {state} за {period}; рок {due}, а поминала помалку од половина од времето до него.',
  'status.reason.milestoneNotYetLate':
    'Пријавено како {state} за {period}, иако поминала повеќе од половина од времето до рокот {due}.',
  'status.reason.milestoneMissed':
    'Рок {due}, а пријавено како {state} за {period}, што е под целната вредност {target}.',
  'status.reason.notDueYet':
    'Сè уште ништо не достасало: датумот на оценката {asOf} е пред {date}, кога започнува планот или патеката од почетната вредност.',
  'status.reason.noReports': 'Не е пријавена ниту една вредност за период што завршува до {asOf}.',
  'status.reason.noUsableReports': 'Ниту една пријавена вредност не може да се користи; белешките наведуваат зошто.',
  'status.reason.conflictingValues':
    'Институциите пријавиле различни вредности за {period} ({values}) што не може да се соберат; пријавете еден збир или броител и именител.',
  'status.reason.zeroDenominator': 'Збирот на пријавените именители е нула, па односот не е дефиниран.',
  'status.reason.noBaseline': 'Индикаторот нема почетна вредност.',
  'status.reason.baselineNotMeasurable': 'Почетната вредност „{value}“ не е мерлива вредност.',
  'status.reason.noTarget': 'Индикаторот нема целна вредност за крајот.',
  'status.reason.targetNotMeasurable': 'Целната вредност за крајот „{value}“ не е мерлива вредност.',
  'status.reason.relativeTargetWithoutBaseline':
    'Целната вредност за крајот „{value}“ е промена во однос на почетна вредност што не е број.',
  'status.reason.kindMismatch':
    'Почетната вредност „{baseline}“ и целната вредност за крајот „{target}“ не се од ист вид.',
  'status.reason.directionConflict':
    'Насоката е „{direction}“, но целната вредност {target} е на спротивната страна од почетната вредност {baseline}.',
  'status.reason.datesOutOfOrder': 'Крајниот рок {end} не е по почетокот на патеката, {start}.',

  'status.assume.baselineDate': 'Нема датум на почетната вредност: патеката започнува на почетокот на планот, {date}.',
  'status.assume.baselineDateUnreadable':
    'Датумот на почетната вредност „{value}“ не може да се прочита: патеката започнува на почетокот на планот, {date}.',
  'status.assume.endDate': 'Нема краен рок: целната вредност за крајот достасува на крајот на планот, {date}.',
  'status.assume.endDateUnreadable':
    'Крајниот рок „{value}“ не може да се прочита: целната вредност за крајот достасува на крајот на планот, {date}.',
  'status.assume.noMidTarget':
    'Нема целна вредност на средината на периодот: очекуваните вредности одат по права линија од почетната вредност до целната вредност за крајот.',
  'status.assume.midTargetUnusable':
    'Целната вредност на средината на периодот „{value}“ не може да се користи: очекуваните вредности одат по права линија од почетната вредност до целната вредност за крајот.',
  'status.assume.midDate':
    'Нема рок на средината на периодот: целната вредност на средината на периодот достасува на средината на планот, {date}.',
  'status.assume.midDateUnreadable':
    'Рокот на средината на периодот „{value}“ не може да се прочита: целната вредност на средината на периодот достасува на средината на планот, {date}.',
  'status.assume.noAggregation': 'Не е поставен начин на собирање: се брои последната вредност.',
  'status.assume.percentNotSummed': 'Процентите никогаш не се собираат: се брои последната вредност, не збирот.',
  'status.assume.midDateOutside':
    'Рокот на средината на периодот {date} не е меѓу датумот на почетната вредност и крајниот рок, па целната вредност на средината на периодот се изоставува.',

  'status.note.periodUnreadable': '{agency}: периодот „{period}“ не може да се прочита; редот се изоставува.',
  'status.note.periodAfterAsOf': '{agency}: {period} завршува по датумот на оценката; изоставено.',
  'status.note.periodBeforeBaseline': '{agency}: {period} завршува до датумот на почетната вредност; изоставено.',
  'status.note.duplicate': '{agency} пријавила {period} повеќе пати; се брои последниот ред.',
  'status.note.overlap': '{agency}: {period} се преклопува со {other}; се брои само {other}.',
  'status.note.valueNotUsable':
    '{agency}, {period}: „{value}“ не е вредност што овој индикатор може да ја користи; изоставено.',
  'status.note.disaggregatedSummed':
    '{agency}, {period}: не е пријавен збир, па се собираат вредностите по категоријата {dimension}.',
  'status.note.disaggregatedIgnored':
    '{agency}, {period}: пријавени се само вредности по категории, а овој индикатор не ги собира; изоставено.',
  'status.note.latestSummed': 'Се собираат последните вредности на институциите {agencies}.',
  'status.note.ratioPartsMissing': '{agency}, {period}: нема броител и именител; изоставено од односот.',
  'status.note.ratioFromLatest': 'Не се пријавени броители и именители: се брои последната пријавена вредност.',
  'status.note.lowestState': 'Институциите пријавиле различни состојби за {period}; се брои најниската.',
  'status.note.selfAssessmentMismatch': '{agency} оценува: {assessment} ({period}); пресметаниот статус е {status}.',

  'status.activity.reason.done': 'Пријавено како завршено ({period}).',
  'status.activity.reason.cancelled': 'Пријавено како откажано ({period}).',
  'status.activity.reason.onSchedule': 'Во тек ({period}); планирано завршување {end}.',
  'status.activity.reason.delayed': 'Планираното завршување {end} помина, а активноста не е пријавена како завршена.',
  'status.activity.reason.postponed': 'Пријавено како одложено ({period}); планирано завршување {end}.',
  'status.activity.reason.notStartedYet': 'Не е започнато; планиран почеток {start}.',
  'status.activity.reason.startOverdue': 'Не е започнато, иако планираниот почеток беше {start}.',
  'status.activity.reason.notStarted': 'Пријавено како незапочнато ({period}); планирано завршување {end}.',
  'status.activity.reason.noReport': 'Не е пријавен статус на спроведување за период што завршува до {asOf}.',
  'status.activity.reason.noCompletionDate':
    'Активноста нема планиран датум на завршување, па доцнењето не може да се оцени.',
  'status.activity.reason.completionWithoutYear':
    'Планираното завршување „{value}“ нема година, а планот трае повеќе години: додајте ја годината во планот.',
  'status.activity.reason.completionDateUnreadable':
    'Планираниот датум на завршување „{value}“ не може да се прочита, па доцнењето не може да се оцени.',

  'status.rollup.reason.onTrack':
    'Според планот или постигнато: {good} од {assessable} индикатори што може да се оценат ({share} %); според планот од {threshold} %.',
  'status.rollup.reason.offTrack':
    'Според планот или постигнато: {good} од {assessable} индикатори што може да се оценат ({share} %); за оценка според планот потребно е {threshold} %.',
  'status.rollup.reason.notAssessable': 'Ниту еден од индикаторите (вкупно {count}) сè уште не може да се оцени.',

  'status.settingIssue.notAShare': 'Поставката {key} = „{value}“ не е удел од 0 до 100 %; важи стандардната вредност.',
  'status.settingIssue.notYesNo': 'Поставката {key} = „{value}“ не е да или не; важи стандардната вредност.',
  'status.settingIssue.offTrackAboveOnTrack':
    'Прагот за „отстапува од планот“ е над прагот за „според планот“; за двата важат стандардните вредности.',

  'status.explain.title': 'Како се пресметува статусот (на ден {asOf})',
  'status.explain.actual':
    'Остварено досега: за индикаторите со собирање („збир“), почетната вредност плус вредностите пријавени за периодите по датумот на почетната вредност; за индикаторите „последна“, најновата вредност; за индикаторите „однос“, пријавените броители и именители се собираат посебно, потоа се делат. Процентите никогаш не се собираат по институции или периоди.',
  'status.explain.periods':
    'Се бројат само периодите што завршуваат до датумот на оценката. Се бројат само збировите; каде што институцијата пријавила само расчленети вредности (на пример по пол), индикаторот со збир или однос собира едно расчленување.',
  'status.explain.expected':
    'Очекувана вредност: права линија од почетната вредност на датумот на почетната вредност (или почетокот на планот), преку целната вредност на средината на периодот на нејзиниот рок, до целната вредност за крајот на крајниот рок; по крајниот рок, целната вредност за крајот.',
  'status.explain.progress':
    'Напредок = (остварено − почетна вредност) ÷ (очекувано − почетна вредност); постигнатиот удел од целната вредност = (остварено − почетна вредност) ÷ (целна вредност − почетна вредност). Двете важат и за индикатори што треба да опаѓаат.',
  'status.explain.thresholds':
    'Постигнато: целната вредност за крајот е достигната. Според планот: напредок од најмалку {onTrack} % од очекуваното. Под ризик: од {offTrack} % до под {onTrack} %. Отстапува од планот: под {offTrack} %.',
  'status.explain.unchanged':
    'Каде што промена сè уште не се очекува (на почетокот или кога целната вредност е еднаква на почетната вредност), индикаторот е според планот освен ако се оддалечил од целната вредност, кога отстапува од планот.',
  'status.explain.maintain':
    'Индикаторите чие ниво треба да се одржи се според планот до {tolerance} % отстапување, под ризик до двојно од тоа, а над тоа отстапуваат од планот.',
  'status.explain.milestones':
    'Пресвртниците се постигнати кога се така пријавени; делумно постигнатите пред рокот се според планот; сè уште непостигнатите се според планот во првата половина од времето до рокот, а под ризик во втората; непостигнатите до рокот отстапуваат од планот.',
  'status.explain.scales':
    'Квалитативните скали се бројат како броеви: воопшто 0, ниско 1, делумно 2, високо 3, целосно 4.',
  'status.explain.notAssessed':
    'Сè уште не достасало: датумот на оценката е пред почетокот на планот или на почетната вредност. Нема податоци: ништо употребливо не е пријавено. Не може да се оцени: на индикаторот му недостасува мерлива почетна вредност или целна вредност.',
  'status.explain.twoWayOff':
    'Во двете колони Според планот / Отстапува од планот, „под ризик“ се брои како отстапува од планот.',
  'status.explain.twoWayOn':
    'Во двете колони Според планот / Отстапува од планот, „под ризик“ се брои како според планот.',
  'status.explain.activities':
    'Активности: завршени или откажани како што е пријавено; доцнат кога планираното завршување поминало без завршување или кога се одложени; во рок додека се во тек; незапочнати пред да започнат.',
  'status.explain.rollup':
    'Исходот или областа е според планот кога најмалку {share} % од индикаторите што може да се оценат се според планот или постигнати.',
  'status.explain.selfAssessment':
    'Каде што сопствената оценка на институцијата се разликува од пресметаниот статус, разликата се прикажува.',
};
