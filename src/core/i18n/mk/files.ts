import type { files as english } from '../en/files';
import type { AreaCatalogue } from '../message';

export const files: AreaCatalogue<typeof english> = {
  'files.error.oldFormat':
    '{file} е работна книга на Excel 97–2003 (.xls) или е заштитена со лозинка. Отворете ја во Excel, отстранете ја лозинката и зачувајте ја како „Excel работна книга (.xlsx)“, потоа обидете се повторно.',
  'files.error.tooManyParts':
    '{file} не е отворена: содржи повеќе од {limit} делови, многу повеќе од која било работна книга што ја чита NAP Monitor.',
  'files.error.unpacksTooLarge': '{file} не е отворена: нејзината содржина се распакува на повеќе од {limit} MB.',
  'files.error.packedTooTightly':
    '{file} не е отворена: нејзиниот дел {part} се распакува на многу повеќе отколку што треба, како кај датотеките направени да преоптоварат програма.',
  'files.error.tableTooLarge':
    'Во датотеката {file}, табелата {table} на листот „{sheet}“ има повеќе од {limit} ќелии, повеќе отколку што чита NAP Monitor.',
  'files.error.noVisibleSheet':
    'Работната книга нема ниту еден видлив лист, па Excel не би можел да ја отвори. Ништо не е зачувано.',
  'files.degraded.noCharts':
    'Графиконите не се нацртани: работната книга што NAP Monitor ја зачувува како датотека не може да ги содржи. Бројките се во листот; отворете го во Excel со додатокот за да ги добиете графиконите.',
  'files.error.notFound': '{file} не постои. Проверете го името и папката.',
  'files.error.folderMissing': '{file} не можеше да се запише: нејзината папка не постои.',
  'files.error.noPermissionRead': 'NAP Monitor не смее да ја чита {file}: немате дозвола да ја отворите.',
  'files.error.noPermissionWrite': 'NAP Monitor не смее да ја запише {file}: немате дозвола за запишување таму.',
  'files.error.isFolder': '{file} е папка, а не датотека на работна книга.',
  'files.error.notAFolder': '{file} не може да се користи: дел од нејзината патека е датотека, а не папка.',
  'files.error.badPath': '{file} не може да се користи: патеката е предолга или се врти во круг низ врски.',
  'files.error.notRegularFile':
    '{file} не е обична датотека (тоа е уред, цевка или друга посебна датотека), па NAP Monitor не ја чита.',
  'files.error.diskFull': '{file} не можеше да се запише: дискот е полн. Ништо не е запишано.',
  'files.error.readFailed': '{file} не можеше да се прочита (системска грешка {code}).',
  'files.error.writeFailed': '{file} не можеше да се запише (системска грешка {code}). Ништо не е запишано.',
};
