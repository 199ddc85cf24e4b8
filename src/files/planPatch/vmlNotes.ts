export const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

const NAMESPACES: Record<string, string> = {
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  x: 'urn:schemas-microsoft-com:office:excel',
};

export const EMPTY_VML = `<xml ${Object.entries(NAMESPACES)
  .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
  .join(' ')}></xml>`;

/** The text box shape type Excel gives notes. */
const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** Shape ids come in blocks of 1024 per drawing (o:idmap); Excel starts each block at its 1025th id. */
const BLOCK = 1024;
const PER_BLOCK = BLOCK - 1;

/**
 * The first block of shape ids no VML drawing of the package uses (by its o:idmap or its shapes' ids):
 * shapes added there cannot take an id another drawing has, even where a producer gave every drawing the
 * same block.
 */
export function freeShapeBlock(drawings: readonly string[]): number {
  const used = drawings.flatMap((xml) => [
    ...[...xml.matchAll(/<o:idmap\b[^>]*\sdata="([^"]*)"/g)].flatMap((m) => m[1].split(',').map(Number)),
    ...[...xml.matchAll(/\sid="_x0000_s(\d+)"/g)].map((m) => Math.floor(Number(m[1]) / BLOCK)),
  ]);
  return Math.max(0, ...used.filter(Number.isFinite)) + 1;
}

function noteShape(id: number, row: number, column: number, z: number): string {
  // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset; wide enough to read.
  const anchor = `${column + 1}, 15, ${Math.max(row - 1, 0)}, 10, ${column + 5}, 15, ${row + 6}, 4`;
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:260pt;height:100pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`;
}

/**
 * The VML drawing with a hidden note box for each cell (shown when the cell is hovered, as Excel draws a
 * note), every shape it had kept. New shape ids start at `block`, which is added to the drawing's idmap.
 */
export function withNoteShapes(xml: string, cells: readonly { row: number; column: number }[], block: number): string {
  if (cells.length === 0) return xml;
  let out = xml.replace(/<xml\b[^>]*>/, (root) =>
    Object.entries(NAMESPACES).reduce(
      (element, [prefix, uri]) =>
        new RegExp(`\\sxmlns:${prefix}=`).test(element) ? element : element.replace(/>$/, ` xmlns:${prefix}="${uri}">`),
      root,
    ),
  );
  const blocks = Array.from({ length: Math.ceil(cells.length / PER_BLOCK) }, (_, i) => block + i);
  const idmap = /(<o:idmap\b[^>]*\sdata=")([^"]*)(")/;
  out = idmap.test(out)
    ? out.replace(idmap, (_, open: string, data: string, close: string) =>
        [open, [data, ...blocks].filter((part) => part !== '').join(','), close].join(''),
      )
    : out.replace(
        /<xml\b[^>]*>/,
        (root) =>
          `${root}<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>`,
      );
  if (!/\sid="_x0000_t202"/.test(out))
    out = /<\/o:shapelayout>/.test(out)
      ? out.replace(/<\/o:shapelayout>/, (close) => `${close}${NOTE_SHAPE_TYPE}`)
      : out.replace(/<xml\b[^>]*>/, (root) => `${root}${NOTE_SHAPE_TYPE}`);
  const z = (out.match(/<v:shape\b/g) ?? []).length;
  const shapes = cells
    .map((cell, i) =>
      noteShape((block + Math.floor(i / PER_BLOCK)) * BLOCK + 1 + (i % PER_BLOCK), cell.row, cell.column, z + i + 1),
    )
    .join('');
  return out.replace(/<\/xml>\s*$/, (close) => `${shapes}${close}`);
}
