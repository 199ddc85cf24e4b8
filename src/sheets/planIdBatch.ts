import type { Translator } from '../core/i18n/translate';
import { legacyPlanId, settingsByKey } from './codecs/settingsCodec';
import { locateColumns, readRecords, textOf } from './codecs/tableReader';
import { rowsInTableOrder } from './codecs/tableRow';
import type { TableSnapshot, WriteBatch } from './gateway';
import { SETTINGS_TABLE } from './layouts/tables';

/**
 * Writes the plan id into a Settings table that has none (a plan set up before plan ids existed), the one the
 * reader already gives it, so forms generated now and the plan agree; an id already there is never touched.
 * Returns the id written, or null when there was one.
 */
export function addMissingPlanId(batch: WriteBatch, settings: TableSnapshot, t: Translator): string | null {
  const raw = settingsByKey(readRecords(SETTINGS_TABLE, settings).records);
  if (textOf(raw.planId?.value ?? null) !== '') return null;
  const id = legacyPlanId(raw);
  const row = raw.planId?.row;
  const valueColumn = locateColumns(SETTINGS_TABLE, settings).positions.get('value');
  if (row !== undefined && valueColumn !== undefined)
    batch.blocks.push({
      sheet: settings.sheet,
      top: settings.top + 1 + row,
      left: settings.left + valueColumn,
      rows: [[id]],
      numberFormats: ['@'],
    });
  else
    batch.appendRows.push({
      table: settings.name,
      rows: rowsInTableOrder(SETTINGS_TABLE, settings, [{ key: 'planId', label: t('setting.planId'), value: id }]),
    });
  return id;
}
