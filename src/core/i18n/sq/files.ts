import type { files as english } from '../en/files';
import type { AreaCatalogue } from '../message';

export const files: AreaCatalogue<typeof english> = {
  'files.error.oldFormat':
    '{file} është libër pune i Excel 97–2003 (.xls) ose është i mbrojtur me fjalëkalim. Hapeni në Excel, hiqni fjalëkalimin dhe ruajeni si „Libër pune Excel (.xlsx)“, pastaj provoni përsëri.',
  'files.error.tooManyParts':
    '{file} nuk u hap: ka më shumë se {limit} pjesë, shumë më tepër se çdo libër pune që lexon NAP Monitor.',
  'files.error.unpacksTooLarge': '{file} nuk u hap: përmbajtja e tij shpaketohet në më shumë se {limit} MB.',
  'files.error.packedTooTightly':
    '{file} nuk u hap: pjesa e tij {part} shpaketohet në shumë më tepër se duhet, siç duken skedarët e ndërtuar për të mbingarkuar një program.',
  'files.error.tableTooLarge':
    'Në {file}, tabela {table} në fletën „{sheet}“ ka më shumë se {limit} qeliza, më shumë se sa lexon NAP Monitor.',
  'files.error.noVisibleSheet':
    'Libri i punës nuk ka asnjë fletë të dukshme, prandaj Excel nuk do ta hapte. Asgjë nuk u ruajt.',
  'files.degraded.noCharts':
    'Grafikët nuk u vizatuan: një libër pune i ruajtur si skedar nga NAP Monitor nuk mund t’i mbajë. Shifrat janë në fletë; hapeni në Excel me shtojcën për të marrë grafikët.',
  'files.error.notFound': '{file} nuk ekziston. Kontrolloni emrin dhe dosjen.',
  'files.error.folderMissing': '{file} nuk mund të shkruhej: dosja e tij nuk ekziston.',
  'files.error.noPermissionRead': 'NAP Monitor nuk mund ta lexojë {file}: nuk keni leje për ta hapur.',
  'files.error.noPermissionWrite': 'NAP Monitor nuk mund ta shkruajë {file}: nuk keni leje të shkruani atje.',
  'files.error.isFolder': '{file} është dosje, jo skedar libri pune.',
  'files.error.notAFolder': '{file} nuk mund të përdoret: një pjesë e shtegut të tij është skedar, jo dosje.',
  'files.error.badPath':
    '{file} nuk mund të përdoret: shtegu i tij është shumë i gjatë ose sillet në rreth përmes lidhjeve.',
  'files.error.notRegularFile':
    '{file} nuk është skedar i zakonshëm (është pajisje, tub ose skedar tjetër i veçantë), prandaj NAP Monitor nuk e lexon.',
  'files.error.diskFull': '{file} nuk mund të shkruhej: disku është plot. Asgjë nuk u shkrua.',
  'files.error.readFailed': '{file} nuk mund të lexohej (gabim sistemi {code}).',
  'files.error.writeFailed': '{file} nuk mund të shkruhej (gabim sistemi {code}). Asgjë nuk u shkrua.',
};
