import type { reader as english } from '../en/reader';
import type { AreaCatalogue } from '../message';

const REPAIR =
  'Otvorite je u Excelu, dozvolite Excelu da je popravi ako to ponudi, sačuvajte je kao Excel radnu svesku (.xlsx) i pokušajte ponovo.';

export const reader: AreaCatalogue<typeof english> = {
  'reader.error.notWorkbook': `{file} nije Excel radna sveska (.xlsx) ili je toliko oštećena da ne može da se otvori. ${REPAIR}`,
  'reader.error.unreadable': `{file} nije mogla da se pročita: oštećena je ili napravljena na način koji NAP Monitor ne razumije. ${REPAIR}`,
  'reader.error.missingPart': `Datoteka {file} je oštećena: nedostaje njen dio {part}. ${REPAIR}`,
  'reader.error.damagedPart': `Datoteka {file} je oštećena: njen dio {part} je skraćen ili ne može da se pročita. ${REPAIR}`,
  'reader.error.damagedSheet': `Datoteka {file} je oštećena: dio lista „{sheet}“ nedostaje ili ne može da se pročita. ${REPAIR}`,
  'reader.error.sheetMissing': `Datoteka {file} je oštećena: list „{sheet}“ je naveden, ali mu sadržaj nedostaje. ${REPAIR}`,
  'reader.error.partChanged': `Datoteka {file} je oštećena: njen dio {part} ne odgovara kontrolnom zbiru, pa je izmijenjen ili oštećen poslije čuvanja. ${REPAIR}`,
  'reader.error.partTwice': `Datoteka {file} je oštećena: dio {part} sadrži dva puta, pa nije jasno koji važi. Nije otvorena.`,
  'reader.error.unknownCompression': `Datoteka {file} koristi vrstu kompresije koju Excel ne piše (u dijelu {part}). ${REPAIR}`,
  'reader.error.forbiddenContent': `Datoteka {file} sadrži sadržaj koji nije dozvoljen u radnoj svesci (vanjsku referencu ili deklaraciju tipa dokumenta, u dijelu {part}). Nije otvorena.`,
  'reader.error.encoding': `Datoteka {file} čuva svoj dio {part} u kodnom rasporedu koji Excel ne piše. ${REPAIR}`,
  'reader.error.tooComplexPart': `Datoteka {file} nije otvorena: njen dio {part} je ugniježđen, ponovljen ili dugačak daleko preko svega što Excel piše.`,
  'reader.error.tooComplexSheet': `Datoteka {file} nije otvorena: list „{sheet}“ je ugniježđen ili dugačak daleko preko svega što Excel piše.`,
  'reader.error.danglingRelationship': `Datoteka {file} je oštećena: {part} upućuje na {target}, kog nema u datoteci. ${REPAIR}`,
  'reader.error.sheetNameTwice': `Datoteka {file} je oštećena: dva lista se zovu „{sheet}“. ${REPAIR}`,
  'reader.error.tooManyStrings': `Datoteka {file} nije otvorena: sadrži više od {limit} različitih tekstova, daleko više nego što NAP Monitor čita.`,
  'reader.error.cellOutsideSheet': `Datoteka {file} je oštećena: list „{sheet}“ ima ćeliju {cell}, izvan 1.048.576 redova i 16.384 kolone (A do XFD) radnog lista. ${REPAIR}`,
  'reader.error.cellTextTooLong': `U datoteci {file}, list „{sheet}“, ćelija {cell} sadrži više teksta nego što ćelija može ({limit} znakova). Skratite ga i pokušajte ponovo.`,
  'reader.error.badValue': `Datoteka {file} je oštećena: u listu „{sheet}“, ćelija {cell} sadrži „{value}“, što nije vrijednost te vrste. ${REPAIR}`,
  'reader.error.sharedStringMissing': `Datoteka {file} je oštećena: u listu „{sheet}“ nedostaje tekst ćelije {cell}. ${REPAIR}`,
  'reader.error.tooManyCells': `Datoteka {file} nije otvorena: zbog lista „{sheet}“ radna sveska ima više od {limit} popunjenih ćelija, više nego što NAP Monitor čita.`,
  'reader.error.cellTwice': `Datoteka {file} je oštećena: u listu „{sheet}“, ćelija {cell} je sačuvana dva puta sa različitim sadržajem. ${REPAIR}`,
  'reader.error.tableDamaged': `Datoteka {file} je oštećena: tabela {table} na listu „{sheet}“ ne odgovara sopstvenim kolonama ili redovima. ${REPAIR}`,
  'reader.error.tableOutsideSheet': `Datoteka {file} je oštećena: tabela {table} na listu „{sheet}“ seže do {ref}, preko ivice lista. ${REPAIR}`,
  'reader.error.tableNameTwice': `Datoteka {file} je oštećena: dvije tabele se zovu {table} (na listovima „{sheet}“ i „{otherSheet}“), pa nije jasno koja sadrži podatke. Preimenujte ili obrišite jednu i pokušajte ponovo.`,
  'reader.error.readOnly': 'NAP Monitor čita {file} i ostavlja je kakva jeste; nije izmijenjena.',
};
