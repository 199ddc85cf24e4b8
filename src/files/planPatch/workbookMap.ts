import { attributeOf } from './xmlText';
import type { PackageParts } from './packageParts';

export interface SheetPart {
  name: string;
  part: string;
  sheetId: number;
}

export interface TablePart {
  name: string;
  part: string;
  sheet: SheetPart;
  ref: string;
}

export const WORKBOOK = 'xl/workbook.xml';

/** Where each sheet and table of the workbook lives in the package, read from workbook.xml and the rels. */
export function workbookMap(parts: PackageParts): { sheets: SheetPart[]; tables: TablePart[] } {
  const targets = new Map(parts.relationships(WORKBOOK).map((rel) => [rel.id, rel.target]));
  const sheets = [...parts.text(WORKBOOK).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].flatMap(([element]) => {
    const name = attributeOf(element, 'name');
    const id = /\s[\w]+:id="([^"]*)"/.exec(element)?.[1];
    const part = id ? targets.get(id) : undefined;
    return name && part ? [{ name, part, sheetId: Number(attributeOf(element, 'sheetId') ?? 0) }] : [];
  });
  const tables = sheets.flatMap((sheet) =>
    parts
      .relationships(sheet.part)
      .filter((rel) => rel.type === 'table' && parts.has(rel.target))
      .flatMap((rel) => {
        const head = /<(?:\w+:)?table\b[^>]*>/.exec(parts.text(rel.target))?.[0] ?? '';
        const name = attributeOf(head, 'displayName') ?? attributeOf(head, 'name');
        const ref = attributeOf(head, 'ref');
        return name && ref ? [{ name, part: rel.target, sheet, ref }] : [];
      }),
  );
  return { sheets, tables };
}
