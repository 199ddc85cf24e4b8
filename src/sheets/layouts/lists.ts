import {
  Aggregation,
  Direction,
  Frequency,
  IndicatorLevel,
  IndicatorType,
  Language,
  NumberLocale,
  PaperSize,
  ReportingFrequency,
} from '../../core/model/enums';
import { ChecklistAnswer } from '../../core/checks/checklist';
import { AgencyAssessment, ImplementationStatus } from '../../core/model/progress';
import type { MessageKey } from '../../core/i18n/translate';
import type { ListName } from '../layout';

export interface ListItem {
  value: string;
  label: MessageKey;
}

function enumItems(family: string, values: readonly string[]): ListItem[] {
  return values.map((value) => ({ value, label: `enum.${family}.${value}` as MessageKey }));
}

/** The dropdown lists, in the order they sit as columns on the hidden Lists sheet. */
export const LISTS: readonly { name: ListName; header: MessageKey; items: readonly ListItem[] }[] = [
  { name: 'level', header: 'list.header.level', items: enumItems('level', IndicatorLevel.options) },
  { name: 'type', header: 'list.header.type', items: enumItems('type', IndicatorType.options) },
  { name: 'direction', header: 'list.header.direction', items: enumItems('direction', Direction.options) },
  { name: 'aggregation', header: 'list.header.aggregation', items: enumItems('aggregation', Aggregation.options) },
  { name: 'frequency', header: 'list.header.frequency', items: enumItems('frequency', Frequency.options) },
  {
    name: 'reportingFrequency',
    header: 'list.header.reportingFrequency',
    items: enumItems('reportingFrequency', ReportingFrequency.options),
  },
  { name: 'numberLocale', header: 'list.header.numberLocale', items: enumItems('numberLocale', NumberLocale.options) },
  { name: 'language', header: 'list.header.language', items: enumItems('language', Language.options) },
  {
    name: 'quarter',
    header: 'list.header.quarter',
    items: (['1', '2', '3', '4'] as const).map((q) => ({ value: q, label: `quarter.${q}` as MessageKey })),
  },
  {
    name: 'yesNo',
    header: 'list.header.yesNo',
    items: [
      { value: 'yes', label: 'answer.yes' },
      { value: 'no', label: 'answer.no' },
    ],
  },
  {
    name: 'checklistAnswer',
    header: 'list.header.checklistAnswer',
    items: ChecklistAnswer.options.map((value) => ({ value, label: `answer.${value}` as const })),
  },
  {
    name: 'implementation',
    header: 'list.header.implementation',
    items: enumItems('implementation', ImplementationStatus.options),
  },
  { name: 'assessment', header: 'list.header.assessment', items: enumItems('assessment', AgencyAssessment.options) },
  { name: 'paperSize', header: 'list.header.paperSize', items: enumItems('paperSize', PaperSize.options) },
];

export function listByName(name: ListName) {
  const list = LISTS.find((candidate) => candidate.name === name);
  if (!list) throw new Error(`Unknown list ${name}`);
  return list;
}
