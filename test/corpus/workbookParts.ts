import { buildZip, type ZipPart } from '../support/zipBuilder';

/** Hand-built workbooks: the few parts a values reader needs, each replaceable to make it lie. */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSpec {
  name: string;
  /** The worksheet XML; `sheetXml(rows)` for the usual one. */
  xml: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Table definitions (XML) related to this sheet. */
  tables?: string[];
  /** More relationships of the sheet, as `<Relationship>` elements. */
  rels?: string[];
}

export interface BookSpec {
  sheets: SheetSpec[];
  /** Shared strings XML (`sharedStringsXml(...)`), or none. */
  sharedStrings?: string;
  styles?: string;
  /** Extra content inside `<workbook>` before `<sheets>` (workbookPr, definedNames come after). */
  workbookPr?: string;
  definedNames?: string;
  /** Replaces the workbook part's XML entirely. */
  workbookXml?: string;
  extraParts?: ZipPart[];
  /** Rewrites a part just before zipping (to truncate it, or make it lie). */
  edit?: (name: string, data: string) => string;
  /** Parts stored instead of deflated (so bytes can be patched in place). */
  stored?: boolean;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const sheetXml = (rows: string, before = '', after = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${before}<sheetData>${rows}</sheetData>${after}</worksheet>`;

export const sharedStringsXml = (items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.map((item) => (item.startsWith('<') ? `<si>${item}</si>` : `<si><t xml:space="preserve">${escape(item)}</t></si>`)).join('')}</sst>`;

/** cellXfs numFmtIds in order (index = the `s` of a cell), with custom formats. */
export const stylesXml = (formatIds: number[], custom: Record<number, string> = {}) =>
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="${Object.keys(custom).length}">${Object.entries(
    custom,
  )
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escape(code)}"/>`)
    .join(
      '',
    )}</numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="${formatIds.length}">${formatIds.map((id) => `<xf numFmtId="${id}"/>`).join('')}</cellXfs></styleSheet>`;

export function tableXml(name: string, ref: string, columns: string[], attributes = 'headerRowCount="1"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${MAIN}" id="1" name="${escape(name)}" displayName="${escape(name)}" ref="${ref}" ${attributes}><autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns.map((column, index) => `<tableColumn id="${index + 1}" name="${escape(column)}"/>`).join('')}</tableColumns></table>`;
}

export const rel = (id: string, type: string, target: string, external = false) =>
  `<Relationship Id="${id}" Type="${REL}/${type}" Target="${escape(target)}"${external ? ' TargetMode="External"' : ''}/>`;

const rels = (items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${items.join('')}</Relationships>`;

export function bookParts(spec: BookSpec): ZipPart[] {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    { name: '_rels/.rels', data: rels([rel('rId1', 'officeDocument', 'xl/workbook.xml')]) },
  ];
  const workbookRels: string[] = [];
  let tableNumber = 0;
  spec.sheets.forEach((sheet, index) => {
    const part = `worksheets/sheet${index + 1}.xml`;
    workbookRels.push(rel(`rId${index + 1}`, 'worksheet', part));
    parts.push({ name: `xl/${part}`, data: sheet.xml });
    const sheetRels = [...(sheet.rels ?? [])];
    for (const table of sheet.tables ?? []) {
      tableNumber++;
      sheetRels.push(rel(`rIdT${tableNumber}`, 'table', `../tables/table${tableNumber}.xml`));
      parts.push({ name: `xl/tables/table${tableNumber}.xml`, data: table });
    }
    if (sheetRels.length > 0)
      parts.push({ name: `xl/worksheets/_rels/sheet${index + 1}.xml.rels`, data: rels(sheetRels) });
  });
  if (spec.sharedStrings !== undefined) {
    workbookRels.push(rel('rIdS', 'sharedStrings', 'sharedStrings.xml'));
    parts.push({ name: 'xl/sharedStrings.xml', data: spec.sharedStrings });
  }
  if (spec.styles !== undefined) {
    workbookRels.push(rel('rIdY', 'styles', 'styles.xml'));
    parts.push({ name: 'xl/styles.xml', data: spec.styles });
  }
  const sheets = spec.sheets
    .map(
      (sheet, index) =>
        `<sheet name="${escape(sheet.name)}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`,
    )
    .join('');
  parts.push({
    name: 'xl/workbook.xml',
    data:
      spec.workbookXml ??
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.workbookPr ?? ''}<sheets>${sheets}</sheets>${spec.definedNames ?? ''}</workbook>`,
  });
  parts.push({ name: 'xl/_rels/workbook.xml.rels', data: rels(workbookRels) });
  parts.push(...(spec.extraParts ?? []));
  return parts.map((part) => ({
    ...part,
    data: spec.edit && typeof part.data === 'string' ? spec.edit(part.name, part.data) : part.data,
    deflate: part.deflate ?? !spec.stored,
  }));
}

export const book = (spec: BookSpec) => buildZip(bookParts(spec));

/** A workbook whose part `name` is replaced by `part` (bytes, declared sizes). */
export function withPart(spec: BookSpec, name: string, part: Partial<ZipPart>): Uint8Array {
  return buildZip(
    bookParts(spec).map((candidate) => (candidate.name === name ? { ...candidate, ...part } : candidate)),
  );
}

/** One sheet named "Data" with these rows, the usual start of a case. */
export const dataBook = (rows: string, extra: Partial<BookSpec> = {}) =>
  book({ sheets: [{ name: 'Data', xml: sheetXml(rows) }], ...extra });

/** Bytes that do not compress (xorshift, seeded, so every run builds the same corpus). */
export function noiseBytes(length: number, seed = 2463534242): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

/** Letters that barely compress, for text and names that must get past the compression-ratio cap. */
export const noiseText = (length: number, seed?: number) =>
  Array.from(noiseBytes(length, seed), (byte) => String.fromCharCode(97 + (byte % 26))).join('');

/** Where a part's central-directory header and local header start in a zip built by buildZip. */
export function headerOffsets(bytes: Uint8Array, name: string): { local: number; central: number } {
  const wanted = new TextEncoder().encode(name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let local = -1;
  let central = -1;
  for (let at = 0; at + 46 < bytes.length; at++) {
    const signature = view.getUint32(at, true);
    const nameAt = signature === 0x04034b50 ? at + 30 : signature === 0x02014b50 ? at + 46 : -1;
    if (nameAt < 0) continue;
    const length = view.getUint16(at + (signature === 0x04034b50 ? 26 : 28), true);
    if (length !== wanted.length || !wanted.every((byte, index) => bytes[nameAt + index] === byte)) continue;
    if (signature === 0x04034b50 && local < 0) local = at;
    if (signature === 0x02014b50) central = at;
  }
  if (local < 0 || central < 0) throw new Error(`no part ${name} in the zip`);
  return { local, central };
}

/** A copy of `bytes` with `edit` applied to a DataView of it. */
export function patched(bytes: Uint8Array, edit: (view: DataView, bytes: Uint8Array) => void): Uint8Array {
  const copy = Uint8Array.from(bytes);
  edit(new DataView(copy.buffer), copy);
  return copy;
}
