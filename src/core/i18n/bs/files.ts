import type { files as english } from '../en/files';
import type { AreaCatalogue } from '../message';

export const files: AreaCatalogue<typeof english> = {
  'files.error.oldFormat':
    '{file} je radna sveska programa Excel 97–2003 (.xls) ili je zaštićena lozinkom. Otvorite je u Excelu, uklonite lozinku i sačuvajte je kao „Excel radna sveska (.xlsx)“, pa pokušajte ponovo.',
  'files.error.tooManyParts':
    '{file} nije otvorena: sadrži više od {limit} dijelova, daleko više od bilo koje radne sveske koju NAP Monitor čita.',
  'files.error.unpacksTooLarge': '{file} nije otvorena: njen sadržaj se raspakuje na više od {limit} MB.',
  'files.error.packedTooTightly':
    '{file} nije otvorena: njen dio {part} se raspakuje na daleko više nego što bi trebalo, kao kod datoteka napravljenih da preopterete program.',
  'files.error.tableTooLarge':
    'U datoteci {file}, tabela {table} na listu „{sheet}“ ima više od {limit} ćelija, više nego što NAP Monitor čita.',
  'files.error.noVisibleSheet':
    'Radna sveska nema nijedan vidljiv list, pa je Excel ne bi mogao otvoriti. Ništa nije sačuvano.',
  'files.degraded.noCharts':
    'Grafikoni nisu nacrtani: radna sveska koju NAP Monitor sačuva kao datoteku ne može da ih sadrži. Brojke su u listu; otvorite ga u Excelu sa dodatkom da biste dobili grafikone.',
  'files.error.notFound': '{file} ne postoji. Provjerite naziv i fasciklu.',
  'files.error.folderMissing': '{file} nije mogla da se upiše: njena fascikla ne postoji.',
  'files.error.noPermissionRead': 'NAP Monitor ne smije da čita {file}: nemate dozvolu da je otvorite.',
  'files.error.noPermissionWrite': 'NAP Monitor ne smije da upiše {file}: nemate dozvolu za upis na to mjesto.',
  'files.error.isFolder': '{file} je fascikla, a ne datoteka radne sveske.',
  'files.error.notAFolder': '{file} ne može da se koristi: dio njene putanje je datoteka, a ne fascikla.',
  'files.error.badPath': '{file} ne može da se koristi: putanja je preduga ili se vrti u krug kroz veze.',
  'files.error.notRegularFile':
    '{file} nije obična datoteka (to je uređaj, cijev ili druga posebna datoteka), pa je NAP Monitor ne čita.',
  'files.error.diskFull': '{file} nije mogla da se upiše: disk je pun. Ništa nije upisano.',
  'files.error.readFailed': '{file} nije mogla da se pročita (sistemska greška {code}).',
  'files.error.writeFailed': '{file} nije mogla da se upiše (sistemska greška {code}). Ništa nije upisano.',
};
