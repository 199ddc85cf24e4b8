import { relsPathOf, resolveTarget } from '../../../src/files/reader/partPath';
import { unescapeXml as unescape } from '../../../src/files/planPatch/xmlText';

const decoder = new TextDecoder();

function text(parts: Map<string, Uint8Array>, name: string): string {
  const part = parts.get(name);
  return part ? decoder.decode(part) : '';
}

/** A part's relationships: type (its last segment) and resolved target. */
function relationships(parts: Map<string, Uint8Array>, owner: string): { id: string; type: string; target: string }[] {
  return [...text(parts, relsPathOf(owner)).matchAll(/<Relationship\b[^>]*>/g)].map(([element]) => ({
    id: /\sId="([^"]*)"/.exec(element)![1],
    type: /\sType="[^"]*\/([^"/]*)"/.exec(element)![1],
    target: resolveTarget(owner, /\sTarget="([^"]*)"/.exec(element)![1])!,
  }));
}

/** Sheet name → its worksheet part, from workbook.xml and its relationships. */
export function sheetPartsByName(parts: Map<string, Uint8Array>): Record<string, string> {
  const targets = new Map(relationships(parts, 'xl/workbook.xml').map((rel) => [rel.id, rel.target]));
  return Object.fromEntries(
    [...text(parts, 'xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)].map(([element]) => [
      unescape(/\sname="([^"]*)"/.exec(element)![1]),
      targets.get(/\sr:id="([^"]*)"/.exec(element)![1])!,
    ]),
  );
}

/**
 * A sheet's notes as a spreadsheet program finds them: the comments (cell, author, text of all runs), the
 * note boxes of its VML drawing (shape id when numeric, row, column), whether the content types declare both
 * parts and the sheet points at its drawing.
 */
export function notesOf(parts: Map<string, Uint8Array>, sheetPart: string) {
  const rels = relationships(parts, sheetPart);
  const commentsPart = rels.find((rel) => rel.type === 'comments')?.target ?? '';
  const vml = rels.find((rel) => rel.type === 'vmlDrawing');
  const commentsXml = text(parts, commentsPart);
  const authors = [...commentsXml.matchAll(/<author>([\s\S]*?)<\/author>|<author\/>/g)].map((m) =>
    unescape(m[1] ?? ''),
  );
  const comments = [...commentsXml.matchAll(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g)].map(([, head, body]) => ({
    ref: /\sref="([^"]*)"/.exec(head)![1],
    author: authors[Number(/\sauthorId="(\d+)"/.exec(head)![1])],
    text: [...body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => unescape(m[1])).join(''),
  }));
  const shapes = [...text(parts, vml?.target ?? '').matchAll(/<v:shape\b([^>]*)>([\s\S]*?)<\/v:shape>/g)]
    .filter(([, , body]) => /ObjectType="Note"/.test(body))
    .map(([, head, body]) => ({
      id: /\sid="_x0000_s(\d+)"/.test(head) ? Number(/\sid="_x0000_s(\d+)"/.exec(head)![1]) : null,
      row: Number(/<x:Row>(\d+)<\/x:Row>/.exec(body)![1]),
      column: Number(/<x:Column>(\d+)<\/x:Column>/.exec(body)![1]),
    }));
  const types = text(parts, '[Content_Types].xml');
  const sheet = text(parts, sheetPart);
  return {
    parts: [commentsPart, vml?.target ?? ''],
    comments,
    shapes,
    contentTypes: {
      comments: new RegExp(`PartName="/${commentsPart}" ContentType="[^"]*comments\\+xml"`).test(types),
      vml: /Extension="vml"/.test(types) || types.includes(`PartName="/${vml?.target}"`),
    },
    legacyDrawing: vml !== undefined && new RegExp(`<legacyDrawing r:id="${vml.id}"/>`).test(sheet),
  };
}

/** Every note LibreOffice holds in a flat OpenDocument spreadsheet, with the text of the cell it sits on. */
export function flatXmlNotes(fods: string): { cell: string; note: string }[] {
  const paragraphs = (xml: string) =>
    [...xml.matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>|<text:p\b[^>]*\/>/g)]
      .map((m) =>
        unescape(
          (m[1] ?? '')
            .replace(/<text:s\s+text:c="(\d+)"\s*\/>/g, (_, n: string) => ' '.repeat(Number(n)))
            .replace(/<text:s\s*\/>/g, ' ')
            .replace(/<text:line-break\s*\/>/g, '\n')
            .replace(/<[^>]*>/g, ''),
        ),
      )
      .join('\n');
  return [
    ...fods.matchAll(
      /<table:table-cell\b[^>]*>\s*(<office:annotation\b[\s\S]*?<\/office:annotation>)([\s\S]*?)<\/table:table-cell>/g,
    ),
  ].map(([, note, cell]) => ({ cell: paragraphs(cell), note: paragraphs(note) }));
}
