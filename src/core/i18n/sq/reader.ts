import type { reader as english } from '../en/reader';
import type { AreaCatalogue } from '../message';

const REPAIR =
  'Hapeni në Excel, lejojeni Excel ta riparojë nëse e ofron, ruajeni si libër pune Excel (.xlsx) dhe provoni përsëri.';

export const reader: AreaCatalogue<typeof english> = {
  'reader.error.notWorkbook': `{file} nuk është libër pune Excel (.xlsx), ose është dëmtuar aq shumë sa nuk mund të hapet. ${REPAIR}`,
  'reader.error.unreadable': `{file} nuk mund të lexohej: është i dëmtuar ose i bërë në një mënyrë që NAP Monitor nuk e kupton. ${REPAIR}`,
  'reader.error.missingPart': `Skedari {file} është i dëmtuar: mungon pjesa e tij {part}. ${REPAIR}`,
  'reader.error.damagedPart': `Skedari {file} është i dëmtuar: pjesa e tij {part} është e cunguar ose nuk mund të lexohet. ${REPAIR}`,
  'reader.error.damagedSheet': `Skedari {file} është i dëmtuar: një pjesë e fletës „{sheet}“ mungon ose nuk mund të lexohet. ${REPAIR}`,
  'reader.error.sheetMissing': `Skedari {file} është i dëmtuar: fleta „{sheet}“ është në listë, por përmbajtja e saj mungon. ${REPAIR}`,
  'reader.error.partChanged': `Skedari {file} është i dëmtuar: pjesa e tij {part} nuk përputhet me shumën e kontrollit, prandaj është ndryshuar ose prishur pasi u ruajt. ${REPAIR}`,
  'reader.error.partTwice': `Skedari {file} është i dëmtuar: e ka pjesën {part} dy herë, prandaj nuk është e qartë cila vlen. Nuk u hap.`,
  'reader.error.unknownCompression': `Skedari {file} përdor një lloj ngjeshjeje që Excel nuk e shkruan (në {part}). ${REPAIR}`,
  'reader.error.forbiddenContent': `Skedari {file} përmban përmbajtje që nuk lejohet në një libër pune (një referencë të jashtme ose një deklaratë të llojit të dokumentit, në {part}). Nuk u hap.`,
  'reader.error.encoding': `Skedari {file} e ruan pjesën e tij {part} në një kodim teksti që Excel nuk e shkruan. ${REPAIR}`,
  'reader.error.tooComplexPart': `Skedari {file} nuk u hap: pjesa e tij {part} është e ndërfutur, e përsëritur ose e gjatë shumë përtej çdo gjëje që shkruan Excel.`,
  'reader.error.tooComplexSheet': `Skedari {file} nuk u hap: fleta „{sheet}“ është e ndërfutur ose e gjatë shumë përtej çdo gjëje që shkruan Excel.`,
  'reader.error.danglingRelationship': `Skedari {file} është i dëmtuar: {part} i referohet {target}, që nuk është në skedar. ${REPAIR}`,
  'reader.error.sheetNameTwice': `Skedari {file} është i dëmtuar: dy fletë quhen „{sheet}“. ${REPAIR}`,
  'reader.error.tooManyStrings': `Skedari {file} nuk u hap: ka më shumë se {limit} tekste të ndryshme, shumë më tepër se sa lexon NAP Monitor.`,
  'reader.error.cellOutsideSheet': `Skedari {file} është i dëmtuar: fleta „{sheet}“ ka një qelizë {cell}, jashtë 1.048.576 rreshtave dhe 16.384 kolonave (A deri në XFD) të një flete pune. ${REPAIR}`,
  'reader.error.cellTextTooLong': `Në {file}, fleta „{sheet}“, qeliza {cell} ka më shumë tekst se sa mund të mbajë një qelizë ({limit} shenja). Shkurtojeni dhe provoni përsëri.`,
  'reader.error.badValue': `Skedari {file} është i dëmtuar: në fletën „{sheet}“, qeliza {cell} ka „{value}“, që nuk është vlerë e llojit të saj. ${REPAIR}`,
  'reader.error.sharedStringMissing': `Skedari {file} është i dëmtuar: në fletën „{sheet}“ mungon teksti i qelizës {cell}. ${REPAIR}`,
  'reader.error.tooManyCells': `Skedari {file} nuk u hap: fleta „{sheet}“ e çon librin e punës mbi {limit} qeliza të mbushura, më shumë se sa lexon NAP Monitor.`,
  'reader.error.cellTwice': `Skedari {file} është i dëmtuar: në fletën „{sheet}“, qeliza {cell} është ruajtur dy herë me përmbajtje të ndryshme. ${REPAIR}`,
  'reader.error.tableDamaged': `Skedari {file} është i dëmtuar: tabela {table} në fletën „{sheet}“ nuk përputhet me kolonat ose rreshtat e veta. ${REPAIR}`,
  'reader.error.tableOutsideSheet': `Skedari {file} është i dëmtuar: tabela {table} në fletën „{sheet}“ shtrihet deri në {ref}, përtej skajit të fletës. ${REPAIR}`,
  'reader.error.tableNameTwice': `Skedari {file} është i dëmtuar: dy tabela quhen {table} (në fletët „{sheet}“ dhe „{otherSheet}“), prandaj nuk është e qartë cila mban të dhënat. Riemërtoni ose fshini njërën dhe provoni përsëri.`,
  'reader.error.readOnly': 'NAP Monitor e lexon {file} dhe e lë siç është; nuk u ndryshua.',
};
