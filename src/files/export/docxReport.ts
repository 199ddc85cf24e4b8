import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { ChartRun } from 'docx/charts';
import type { MessageKey, Translator } from '../../core/i18n/translate';
import {
  reportFormat,
  reportLabels,
  reportRows,
  type NarrativeItem,
  type OutcomeSection,
  type ReportModel,
} from '../../core/report';
import { INDICATOR_STATUSES, type IndicatorStatus, type RollupStatus } from '../../core/status';
import { statusColour, type StatusFamily } from '../../core/status/palette';
import type { ReportForExport, ReportRenderer } from './reportRenderer';

type Heading = (typeof HeadingLevel)[keyof typeof HeadingLevel];
type Block = Paragraph | Table | TableOfContents;

const hex = (colour: string) => colour.replace('#', '');
/** Tables in 9 pt on margins of 2 cm, so seven columns of indicators fit a portrait A4 page. */
const TABLE_TEXT = 18;
const MARGIN = 1134;

/** Text with line breaks as the user typed them: one paragraph per line. */
function paragraphs(text: string, italics = false): Paragraph[] {
  return text.split(/\r?\n/u).map((line) => new Paragraph({ children: [new TextRun({ text: line, italics })] }));
}

function cell(text: string, options: { bold?: boolean; fill?: string; ink?: string; width?: number } = {}): TableCell {
  return new TableCell({
    width: options.width === undefined ? undefined : { size: options.width, type: WidthType.PERCENTAGE },
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(options.fill) } : undefined,
    children: text.split(/\r?\n/u).map(
      (line) =>
        new Paragraph({
          children: [
            new TextRun({
              text: line,
              bold: options.bold,
              size: TABLE_TEXT,
              color: options.ink ? hex(options.ink) : undefined,
            }),
          ],
        }),
    ),
  });
}

/** A status cell: the word always, its palette colour only as an aid. */
function statusCell(family: StatusFamily, status: IndicatorStatus | RollupStatus, label: string): TableCell {
  const { fill, ink } = statusColour(family, status);
  return cell(label, { fill, ink });
}

function table(header: string[], rows: TableCell[][], widths: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((text, i) => cell(text, { bold: true, width: widths[i] })),
      }),
      ...rows.map((children) => new TableRow({ children, cantSplit: true })),
    ],
  });
}

/** "Page 3 of 12" in the report's language, the numbers as Word's page fields. */
function pageNumber(t: Translator): ParagraphChild[] {
  // Without params the template keeps its placeholders, in whatever order the language puts them.
  const parts = t('report.page').split(/(\{page\}|\{pages\})/u);
  const fields: Record<string, string> = { '{page}': PageNumber.CURRENT, '{pages}': PageNumber.TOTAL_PAGES };
  return [new TextRun({ children: parts.filter((part) => part !== '').map((part) => fields[part] ?? part) })];
}

/**
 * The annual monitoring report as Annex 6 lays it out: title page, table of contents, sections 1–4 from the
 * narrative, section 5 with the summary, the chart of indicators by status per area, a table per outcome and
 * its indicators (status in words, colour only as an aid), the outcomes on and off track, then 5c–5e.
 */
export function reportDocument(model: ReportModel, t: Translator): Document {
  const format = reportFormat(model.language, model.plan.numberLocale);
  const labels = reportLabels(t, format, model.plan.currency);
  const rows = reportRows(model, t);
  const narrative = new Map(model.narrative.map((item) => [item.key, item]));
  const toc: { title: string; level: number }[] = [];
  const heading = (text: string, level: Heading, pageBreakBefore = false) => {
    toc.push({ title: text, level: Number(level.slice(-1)) });
    return new Paragraph({ text, heading: level, pageBreakBefore });
  };
  const written = (item: NarrativeItem | undefined): Paragraph[] =>
    item && item.text.trim() !== '' ? paragraphs(item.text) : paragraphs(t('report.notWritten'), true);
  const narrativeSection = (key: string, level: Heading): Block[] => {
    const item = narrative.get(key);
    return item ? [heading(labels.sentence(item.heading), level), ...written(item)] : [];
  };

  const body: Block[] = [
    ...['intro', 'developments', 'policy', 'compliance'].flatMap((key) =>
      narrativeSection(key, HeadingLevel.HEADING_1),
    ),
    heading(
      t('report.section.progress', { from: format.date(model.range.from), to: format.date(model.range.to) }),
      HeadingLevel.HEADING_1,
      true,
    ),
    ...narrativeSection('general', HeadingLevel.HEADING_2),
    ...narrativeSection('overall', HeadingLevel.HEADING_2),
    heading(t('report.section.summary'), HeadingLevel.HEADING_2),
    table(
      [t('report.section.summary'), t('report.col.item'), t('report.col.count')],
      rows.summary.map((row) => row.map((value) => cell(value === null ? '' : String(value)))),
      [20, 60, 20],
    ),
    new Paragraph({
      children: [
        new ChartRun({
          type: 'column',
          stacking: 'stacked',
          title: t('report.chart.title'),
          categories: model.areas.map((area) => `${area.code} ${area.name}`),
          series: INDICATOR_STATUSES.map((status) => ({
            name: t(`status.indicator.${status}`),
            values: model.areas.map((area) => area.counts[status]),
            color: hex(statusColour('indicator', status).fill),
          })),
          transformation: { width: 600, height: 320 },
        }),
      ],
    }),
    heading(t('report.section.detailed'), HeadingLevel.HEADING_2),
    ...model.areas.flatMap((area, index) => [
      heading(t('report.areaHeading', { code: area.code, name: area.name }), HeadingLevel.HEADING_3, index > 0),
      new Paragraph({
        children: [
          new TextRun({
            text: t('report.areaAssessment', {
              status: t(`status.rollup.${area.status}`),
              reason: labels.reason(area.reason),
            }),
          }),
        ],
      }),
      ...area.outcomes.flatMap((outcome) =>
        outcomeBlocks(outcome, narrative.get(outcome.commentKey), heading, labels, t),
      ),
    ]),
    heading(t('report.section.outcomes'), HeadingLevel.HEADING_2, true),
    table(
      [
        t('report.col.area'),
        t('report.col.outcomeCode'),
        t('report.col.outcome'),
        t('report.col.assessment'),
        t('report.col.onTrackCount'),
      ],
      model.areas.flatMap((area) =>
        area.outcomes.map((outcome) => [
          cell(area.code),
          cell(outcome.code),
          cell(outcome.text),
          statusCell('rollup', outcome.status, labels.outcomeStatus(outcome)),
          cell(labels.onTrackCount(outcome)),
        ]),
      ),
      [10, 10, 50, 15, 15],
    ),
    ...narrativeSection('observations', HeadingLevel.HEADING_2),
    ...narrativeSection('lessons', HeadingLevel.HEADING_2),
    ...narrativeSection('nextSteps', HeadingLevel.HEADING_2),
    heading(t('report.summary.group.rule'), HeadingLevel.HEADING_2),
    ...model.summary.rule.flatMap((line) => paragraphs(labels.sentence(line))),
  ];

  const titlePage: Block[] = [
    new Paragraph({ text: t('report.title'), heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({
          text: t('report.subtitle', {
            plan: model.plan.title,
            country: model.plan.country,
            from: format.date(model.range.from),
            to: format.date(model.range.to),
          }),
          size: 28,
        }),
      ],
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.titleBlock.map(
        ([label, value]) =>
          new TableRow({
            children: [cell(String(label), { bold: true, width: 35 }), cell(String(value ?? ''), { width: 65 })],
          }),
      ),
    }),
    new Paragraph({ text: t('report.toc'), heading: HeadingLevel.TITLE, pageBreakBefore: true }),
    new TableOfContents(t('report.toc'), {
      headingStyleRange: '1-3',
      hyperlink: true,
      cachedEntries: toc.filter((entry) => entry.level <= 3),
    }),
  ];

  return new Document({
    title: t('report.title'),
    creator: 'NAP Monitor',
    // Word fills in the contents' page numbers on opening; the entries are already there for other readers.
    features: { updateFields: true },
    sections: [
      {
        properties: { page: { margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: `${model.plan.title} · ` }), ...pageNumber(t)],
              }),
            ],
          }),
        },
        children: [...titlePage, new Paragraph({ children: [], pageBreakBefore: true }), ...body],
      },
    ],
  });
}

function outcomeBlocks(
  outcome: OutcomeSection,
  comment: NarrativeItem | undefined,
  heading: (text: string, level: Heading) => Paragraph,
  labels: ReturnType<typeof reportLabels>,
  t: Translator,
): Block[] {
  const list = (items: string[]) => (items.length > 0 ? items.join('\n') : t('report.none'));
  const comments = [
    ...(comment && comment.text.trim() !== '' ? [comment.text] : []),
    ...labels.attributed(outcome.comments),
    ...outcome.indicators
      .filter((line) => line.twoWay === 'off')
      .map((line) => `${line.code}: ${labels.reason(line.reason)}`),
  ];
  const resources = [labels.resources(outcome), outcome.donors.join(', ')].filter((text) => text !== '').join(' · ');
  const label = (key: MessageKey) => cell(t(key), { bold: true, width: 30 });
  const annex = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          label('report.col.achievements'),
          cell(list(labels.attributed(outcome.achievements)), { width: 70 }),
        ],
      }),
      new TableRow({ children: [label('report.col.activities'), cell(list(labels.attributed(outcome.activities)))] }),
      new TableRow({
        children: [
          label('report.col.assessment'),
          statusCell('rollup', outcome.status, `${labels.outcomeStatus(outcome)} (${labels.onTrackCount(outcome)})`),
        ],
      }),
      new TableRow({ children: [label('report.col.comments'), cell(list(comments))] }),
      new TableRow({ children: [label('report.col.resources'), cell(resources || t('report.none'))] }),
    ],
  });
  const indicators = table(
    [
      t('report.col.code'),
      t('report.col.indicator'),
      t('report.col.baseline'),
      t('report.col.value'),
      t('report.col.target'),
      t('report.col.status'),
      t('report.col.reason'),
    ],
    outcome.indicators.map((line) => [
      cell(line.code),
      cell(line.unit === '' ? line.text : `${line.text} (${line.unit})`),
      cell(line.baselineDate === '' ? line.baseline : `${line.baseline} (${line.baselineDate})`),
      cell(labels.value(line.value)),
      cell(line.targetDate === '' ? line.target : `${line.target} (${line.targetDate})`),
      statusCell('indicator', line.status, labels.indicatorStatus(line)),
      cell([labels.reason(line.reason), labels.agencyViews(line)].filter((text) => text !== '').join('\n')),
    ]),
    [8, 24, 12, 9, 12, 10, 25],
  );
  return [
    heading(t('report.outcomeHeading', { code: outcome.code, text: outcome.text }), HeadingLevel.HEADING_4),
    annex,
    new Paragraph({ text: t('report.indicatorsHeading'), spacing: { before: 120 } }),
    indicators,
  ];
}

export async function renderDocx(report: ReportForExport, t: Translator): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(report.whole, t)));
}

export const docxRenderer: ReportRenderer = {
  format: 'docx',
  mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  perYear: false,
  render: renderDocx,
};
