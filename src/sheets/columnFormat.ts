import type { Translator } from '../core/i18n/translate';
import type { TableLocation } from './codecs/tableLocation';
import type { ColumnFormat } from './gateway';
import { columnLetter, quoteSheet, type ColumnSpec } from './layout';
import { LISTS } from './layouts/lists';

const NUMBER_FORMAT: Record<ColumnSpec['kind'], string> = {
  code: '@',
  text: '@',
  // Numbers typed there stay numbers and dates become dates; the text NAP Monitor writes is kept by cell.
  value: 'General',
  list: '@',
  dateLike: 'General',
  date: 'yyyy-mm-dd',
  amount: '#,##0.00',
  number: 'General',
  percent: '0%',
};

/** Dropdowns read from the Lists table, wherever it sits; quarters accept free dates too. */
export function columnFormat(column: ColumnSpec, lists: TableLocation | null, t: Translator): ColumnFormat {
  const format: ColumnFormat = {
    numberFormat: column.derived ? 'General' : NUMBER_FORMAT[column.kind],
    width: column.width,
    wrap: column.wrap ?? false,
    input: !column.derived,
  };
  const listIndex = column.list && lists ? lists.column(column.list) : -1;
  if (column.list && lists && listIndex >= 0) {
    const listColumn = columnLetter(listIndex);
    const items = LISTS.find((list) => list.name === column.list)?.items.length ?? 0;
    const first = lists.top + 2;
    format.list = {
      source: `=${quoteSheet(lists.sheet)}!$${listColumn}$${first}:$${listColumn}$${first + items - 1}`,
      strict: column.list !== 'quarter',
      alert: t('list.alert'),
    };
  }
  return format;
}
