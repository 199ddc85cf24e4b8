import { setupPlanWorkbook } from '../../../src/app/setupPlanWorkbook';
import { XlsxGateway } from '../../../src/files/xlsxGateway';
import { unzipParts } from '../../support/xlsxParts';
import { buildZip } from '../../support/zipBuilder';
import type { CorpusCase } from '../corpusCase';
import { headerOffsets, patched, rel, tableXml } from '../workbookParts';

/** The guide's example plan as `init --example` writes it. */
export async function examplePlanBytes(): Promise<Uint8Array> {
  const gateway = XlsxGateway.empty('example.xlsx');
  await setupPlanWorkbook(gateway, {
    title: 'NAP',
    country: 'Montenegro',
    periodStart: '2026-01-01',
    periodEnd: '2028-12-31',
    reportingFrequency: 'quarterly',
    language: 'en',
    example: true,
    planId: 'corpus',
  });
  return gateway.toBytes();
}

type Parts = Map<string, string | Uint8Array>;

/** The example plan's parts as text, edited, and zipped again (deflated, or stored to patch bytes). */
function repack(example: Uint8Array, edit: (parts: Parts) => void, deflate = true): Uint8Array {
  const decoder = new TextDecoder();
  const parts: Parts = new Map(
    [...unzipParts(example)].map(([name, data]) => [name, /\.(xml|rels)$/.test(name) ? decoder.decode(data) : data]),
  );
  edit(parts);
  return buildZip([...parts].map(([name, data]) => ({ name, data, deflate })));
}

const text = (parts: Parts, name: string) => parts.get(name) as string;

/** The worksheet part of a sheet, found as a reader would: workbook.xml, then its relationships. */
function sheetPart(parts: Parts, sheet: string): string {
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(text(parts, 'xl/workbook.xml'))?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(text(parts, 'xl/_rels/workbook.xml.rels'))?.[1];
  if (!target) throw new Error(`no sheet ${sheet}`);
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}

/** The table part whose name is `table`. */
function tablePart(parts: Parts, table: string): string {
  const found = [...parts.keys()].find(
    (name) => name.startsWith('xl/tables/') && text(parts, name).includes(`name="${table}"`),
  );
  if (!found) throw new Error(`no table ${table}`);
  return found;
}

/** The example plan, saved the ways other programs save it, and made to lie. */
export function planCases(example: Uint8Array): CorpusCase[] {
  const strippedHeaderCounts = repack(example, (parts) => {
    for (const [name, data] of parts)
      if (typeof data === 'string' && name.startsWith('xl/tables/'))
        parts.set(name, data.replace(/ headerRowCount="1"/g, ''));
  });
  return [
    {
      name: 'plan-without-header-row-count.xlsx',
      class: 'table',
      make: strippedHeaderCounts,
      expect: { samePlanAsExample: true },
    },
    {
      name: 'plan-stored-uncompressed.xlsx',
      class: 'zip',
      make: repack(example, () => undefined, false),
      expect: { samePlanAsExample: true },
    },
    {
      name: 'plan-second-indicators-table-on-earlier-sheet.xlsx',
      class: 'table',
      make: repack(example, (parts) => {
        const first = sheetPart(parts, 'Settings');
        const rels = first.replace('worksheets/', 'worksheets/_rels/') + '.rels';
        parts.set('xl/tables/table99.xml', tableXml('NapIndicators', 'H1:I3', ['Code', 'Baseline']));
        const link = rel('rId99', 'table', '../tables/table99.xml');
        const existing = parts.get(rels) as string | undefined;
        parts.set(
          rels,
          existing
            ? existing.replace('</Relationships>', `${link}</Relationships>`)
            : `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${link}</Relationships>`,
        );
      }),
      expect: { refused: 'reader.error.tableNameTwice', params: { table: 'NapIndicators' } },
    },
    {
      name: 'plan-progress-ref-past-xfd.xlsx',
      class: 'table',
      make: repack(example, (parts) => {
        const part = tablePart(parts, 'NapProgress');
        parts.set(part, text(parts, part).replace(/ref="([A-Z]+)(\d+):[A-Z]+(\d+)"/, 'ref="$1$2:XFE$3"'));
      }),
      expect: { refused: 'reader.error.tableOutsideSheet', params: { table: 'NapProgress' } },
    },
    {
      name: 'plan-nap-sheet-truncated.xlsx',
      class: 'sheet',
      make: repack(example, (parts) => {
        const part = sheetPart(parts, 'NAP');
        parts.set(part, text(parts, part).slice(0, Math.floor(text(parts, part).length / 2)));
      }),
      expect: { refused: 'reader.error.damagedSheet', params: { sheet: 'NAP' } },
    },
    {
      name: 'plan-shared-string-index-out-of-range.xlsx',
      class: 'value',
      make: repack(example, (parts) => {
        const part = sheetPart(parts, 'NAP');
        parts.set(
          part,
          text(parts, part).replace(/(<c r="([A-Z]+\d+)"[^>]*t="s"[^>]*>)<v>\d+<\/v>/, '$1<v>999999</v>'),
        );
      }),
      expect: { refused: 'reader.error.sharedStringMissing', params: { sheet: 'NAP' } },
    },
    {
      name: 'plan-tampered-baseline-crc.xlsx',
      class: 'zip',
      make: (() => {
        const stored = repack(example, () => undefined, false);
        const part = 'xl/sharedStrings.xml';
        const { local } = headerOffsets(stored, part);
        // The first letter of the first shared text changes: still well-formed XML, no longer the saved data.
        const at = Buffer.from(stored).indexOf('<t>', local) + 3;
        return patched(stored, (_, bytes) => {
          bytes[at] = bytes[at] === 0x58 ? 0x59 : 0x58;
        });
      })(),
      expect: { refused: 'reader.error.partChanged', params: { part: 'xl/sharedStrings.xml' } },
    },
  ];
}
