import type { reader as english } from '../en/reader';
import type { AreaCatalogue } from '../message';

const REPAIR =
  'Отворете ја во Excel, дозволете му на Excel да ја поправи ако тоа го понуди, зачувајте ја како работна книга на Excel (.xlsx) и обидете се повторно.';

export const reader: AreaCatalogue<typeof english> = {
  'reader.error.notWorkbook': `{file} не е работна книга на Excel (.xlsx) или е толку оштетена што не може да се отвори. ${REPAIR}`,
  'reader.error.unreadable': `{file} не можеше да се прочита: оштетена е или направена на начин што NAP Monitor не го разбира. ${REPAIR}`,
  'reader.error.missingPart': `Датотеката {file} е оштетена: недостасува нејзиниот дел {part}. ${REPAIR}`,
  'reader.error.damagedPart': `Датотеката {file} е оштетена: нејзиниот дел {part} е скратен или не може да се прочита. ${REPAIR}`,
  'reader.error.damagedSheet': `Датотеката {file} е оштетена: дел од листот „{sheet}“ недостасува или не може да се прочита. ${REPAIR}`,
  'reader.error.sheetMissing': `Датотеката {file} е оштетена: листот „{sheet}“ е наведен, но неговата содржина недостасува. ${REPAIR}`,
  'reader.error.partChanged': `Датотеката {file} е оштетена: нејзиниот дел {part} не одговара на контролниот збир, па е изменет или оштетен по зачувувањето. ${REPAIR}`,
  'reader.error.partTwice': `Датотеката {file} е оштетена: делот {part} го содржи двапати, па не е јасно кој важи. Не е отворена.`,
  'reader.error.unknownCompression': `Датотеката {file} користи вид компресија што Excel не ја запишува (во {part}). ${REPAIR}`,
  'reader.error.forbiddenContent': `Датотеката {file} содржи содржина што не е дозволена во работна книга (надворешна референца или декларација на тип на документ, во {part}). Не е отворена.`,
  'reader.error.encoding': `Датотеката {file} го чува својот дел {part} во кодирање на текст што Excel не го запишува. ${REPAIR}`,
  'reader.error.tooComplexPart': `Датотеката {file} не е отворена: нејзиниот дел {part} е вгнезден, повторен или долг многу над сè што Excel запишува.`,
  'reader.error.tooComplexSheet': `Датотеката {file} не е отворена: листот „{sheet}“ е вгнезден или долг многу над сè што Excel запишува.`,
  'reader.error.danglingRelationship': `Датотеката {file} е оштетена: {part} упатува на {target}, што го нема во датотеката. ${REPAIR}`,
  'reader.error.sheetNameTwice': `Датотеката {file} е оштетена: два листа се викаат „{sheet}“. ${REPAIR}`,
  'reader.error.tooManyStrings': `Датотеката {file} не е отворена: содржи повеќе од {limit} различни текстови, многу повеќе отколку што чита NAP Monitor.`,
  'reader.error.cellOutsideSheet': `Датотеката {file} е оштетена: листот „{sheet}“ има ќелија {cell}, надвор од 1.048.576 редови и 16.384 колони (A до XFD) на работниот лист. ${REPAIR}`,
  'reader.error.cellTextTooLong': `Во датотеката {file}, лист „{sheet}“, ќелијата {cell} содржи повеќе текст отколку што ќелијата може ({limit} знаци). Скратете го и обидете се повторно.`,
  'reader.error.badValue': `Датотеката {file} е оштетена: во листот „{sheet}“, ќелијата {cell} содржи „{value}“, што не е вредност од тој вид. ${REPAIR}`,
  'reader.error.sharedStringMissing': `Датотеката {file} е оштетена: во листот „{sheet}“ недостасува текстот на ќелијата {cell}. ${REPAIR}`,
  'reader.error.tooManyCells': `Датотеката {file} не е отворена: поради листот „{sheet}“ работната книга има повеќе од {limit} пополнети ќелии, повеќе отколку што чита NAP Monitor.`,
  'reader.error.cellTwice': `Датотеката {file} е оштетена: во листот „{sheet}“, ќелијата {cell} е зачувана двапати со различна содржина. ${REPAIR}`,
  'reader.error.tableDamaged': `Датотеката {file} е оштетена: табелата {table} на листот „{sheet}“ не одговара на сопствените колони или редови. ${REPAIR}`,
  'reader.error.tableOutsideSheet': `Датотеката {file} е оштетена: табелата {table} на листот „{sheet}“ оди до {ref}, преку работ на листот. ${REPAIR}`,
  'reader.error.tableNameTwice': `Датотеката {file} е оштетена: две табели се викаат {table} (на листовите „{sheet}“ и „{otherSheet}“), па не е јасно која ги содржи податоците. Преименувајте ја или избришете ја едната и обидете се повторно.`,
  'reader.error.readOnly': 'NAP Monitor ја чита {file} и ја остава каква што е; не е изменета.',
};
