import { cellAddress } from '../../sheets/layout';
import { relsPathOf } from '../reader/partPath';
import { COMMENTS_TYPE, EMPTY_COMMENTS, withNotes } from './commentsPart';
import { addContentType, addRelationship, freeName } from './newSheet';
import type { PackageParts } from './packageParts';
import { EMPTY_VML, VML_TYPE, freeShapeBlock, withNoteShapes } from './vmlNotes';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPES = '[Content_Types].xml';

/** A note (a legacy cell comment) to put on a cell, 0-based. */
export interface CellNote {
  row: number;
  column: number;
  text: string;
}

/** The path of `part` as a relationship of `owner` names it: "xl/comments1.xml" from a sheet is "../comments1.xml". */
function relativeTarget(owner: string, part: string): string {
  const from = owner.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The sheet's related part of a type, or a new empty one related to it (part, relationship, content type). */
function relatedPart(
  parts: PackageParts,
  sheetPart: string,
  type: 'comments' | 'vmlDrawing',
  pattern: (n: number) => string,
  empty: string,
): { part: string; id: string } {
  const existing = parts.relationships(sheetPart).find((rel) => rel.type === type && parts.has(rel.target));
  if (existing) return { part: existing.target, id: existing.id };
  const part = freeName(parts, pattern);
  parts.setText(part, empty);
  const id = addRelationship(parts, relsPathOf(sheetPart), type, relativeTarget(sheetPart, part));
  if (type === 'comments') addContentType(parts, part, COMMENTS_TYPE);
  return { part, id };
}

/** Content types know .vml by extension (Excel, exceljs) or by part (some producers); either will do. */
function declareVml(parts: PackageParts, part: string): void {
  const types = parts.text(TYPES);
  if (/<Default\b[^>]*\sExtension="vml"/i.test(types) || types.includes(`PartName="/${part}"`)) return;
  parts.setText(
    TYPES,
    types.replace(/<Types\b[^>]*>/, (root) => `${root}<Default Extension="vml" ContentType="${VML_TYPE}"/>`),
  );
}

/** The worksheet pointing at its VML drawing, placed where the schema orders <legacyDrawing>. */
function withLegacyDrawing(sheet: string, id: string): string {
  if (/<(\w+:)?legacyDrawing\b/.test(sheet)) return sheet;
  const p = /<(\w+:)?worksheet\b/.exec(sheet)?.[1] ?? '';
  const prefix = new RegExp(`xmlns:(\\w+)="${REL}"`).exec(sheet)?.[1];
  const root = prefix ? sheet : sheet.replace(/<(\w+:)?worksheet\b/, (open) => `${open} xmlns:r="${REL}"`);
  const element = `<${p}legacyDrawing ${prefix ?? 'r'}:id="${id}"/>`;
  const from = Math.max(0, root.indexOf(`</${p}sheetData>`));
  const after = new RegExp(
    `<(?:${p}(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts)|\\w+:AlternateContent)\\b`,
  ).exec(root.slice(from));
  if (after) return root.slice(0, from + after.index) + element + root.slice(from + after.index);
  const end = new RegExp(`</${p}extLst>\\s*</${p}worksheet>\\s*$`).test(root)
    ? root.lastIndexOf(`<${p}extLst`)
    : root.lastIndexOf(`</${p}worksheet>`);
  return root.slice(0, end) + element + root.slice(end);
}

/**
 * Notes on cells of one sheet, as Excel writes them: the comments part (the text) and the VML drawing (the
 * box shown on hover), merged into the sheet's own when it has them, so notes and shapes already there are
 * kept. Notes for the same cell become one comment; a cell with a comment already keeps it, the note below.
 */
export function addCellNotes(parts: PackageParts, sheetPart: string, notes: readonly CellNote[], author: string): void {
  if (notes.length === 0) return;
  const byCell = new Map<string, CellNote>();
  for (const note of notes) {
    const ref = cellAddress(note.row, note.column);
    const earlier = byCell.get(ref);
    byCell.set(ref, earlier ? { ...earlier, text: `${earlier.text}\n${note.text}` } : note);
  }
  const comments = relatedPart(parts, sheetPart, 'comments', (n) => `xl/comments${n}.xml`, EMPTY_COMMENTS);
  const { xml, added } = withNotes(
    parts.text(comments.part),
    [...byCell].map(([ref, note]) => ({ ref, text: note.text })),
    author,
  );
  parts.setText(comments.part, xml);
  const block = freeShapeBlock(
    parts
      .names()
      .filter((name) => name.toLowerCase().endsWith('.vml'))
      .map((name) => parts.text(name)),
  );
  const drawing = relatedPart(parts, sheetPart, 'vmlDrawing', (n) => `xl/drawings/vmlDrawing${n}.vml`, EMPTY_VML);
  declareVml(parts, drawing.part);
  parts.setText(
    drawing.part,
    withNoteShapes(
      parts.text(drawing.part),
      added.map((ref) => byCell.get(ref)!),
      block,
    ),
  );
  parts.setText(sheetPart, withLegacyDrawing(parts.text(sheetPart), drawing.id));
}
