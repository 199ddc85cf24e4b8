import { attributeOf, escapeXml, withAttribute } from './xmlText';
import type { PackageParts } from './packageParts';

const STYLES = 'xl/styles.xml';
const FIRST_CUSTOM_FORMAT = 164;

/**
 * Cell styles for the sheets this writer adds (a bold title, dates and text columns), appended to the
 * workbook's own styles so that every existing style index keeps its meaning.
 */
export class AddedStyles {
  private readonly cache = new Map<string, number>();

  constructor(private readonly parts: PackageParts) {}

  index(look: { bold?: boolean; numberFormat?: string }): number | undefined {
    if (!this.parts.has(STYLES)) return undefined;
    const key = `${look.bold ? 'b' : ''}|${look.numberFormat ?? ''}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    let xml = this.parts.text(STYLES);
    let fontId = 0;
    if (look.bold) {
      const fonts = appendChild(xml, 'fonts', 'font', '<font><b/><sz val="11"/><name val="Calibri"/></font>');
      xml = fonts.xml;
      fontId = fonts.index;
    }
    let numFmtId = 0;
    if (look.numberFormat && look.numberFormat !== 'General') {
      const ids = [...xml.matchAll(/<numFmt\b[^>]*>/g)].map(([e]) => Number(attributeOf(e, 'numFmtId') ?? 0));
      numFmtId = Math.max(FIRST_CUSTOM_FORMAT - 1, ...ids) + 1;
      const element = `<numFmt numFmtId="${numFmtId}" formatCode="${escapeXml(look.numberFormat)}"/>`;
      xml = /<numFmts\b/.test(xml)
        ? appendChild(xml, 'numFmts', 'numFmt', element).xml
        : xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="1">${element}</numFmts>`);
    }
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ''}${look.bold ? ' applyFont="1"' : ''}/>`;
    const cellXfs = appendChild(xml, 'cellXfs', 'xf', xf);
    this.parts.setText(STYLES, cellXfs.xml);
    this.cache.set(key, cellXfs.index);
    return cellXfs.index;
  }

  /** The look of cellXfs[index] with a solid fill (ARGB), for marking cells; made once per look and colour. */
  filled(index: number, argb: string): number {
    const key = `fill|${index}|${argb}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    let xml = this.parts.text(STYLES);
    const fillKey = `fillId|${argb}`;
    let fillId = this.cache.get(fillKey);
    if (fillId === undefined) {
      const fill = `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
      const fills = appendChild(xml, 'fills', 'fill', fill);
      xml = fills.xml;
      fillId = fills.index;
      this.cache.set(fillKey, fillId);
    }
    const base =
      children(xml, 'cellXfs', 'xf')[index] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const open = /^<xf\b[^>]*?(?=\/?>)/.exec(base)![0];
    const marked = withAttribute(withAttribute(`${open}>`, 'fillId', String(fillId)), 'applyFill', '1').slice(0, -1);
    const cellXfs = appendChild(xml, 'cellXfs', 'xf', marked + base.slice(open.length));
    this.parts.setText(STYLES, cellXfs.xml);
    this.cache.set(key, cellXfs.index);
    return cellXfs.index;
  }
}

/** The elements of a counted collection, in order. */
function children(xml: string, collection: string, child: string): string[] {
  const open = new RegExp(`<${collection}\\b[^>]*>`).exec(xml);
  const close = xml.indexOf(`</${collection}>`);
  if (!open || close < 0) return [];
  const inner = xml.slice(open.index + open[0].length, close);
  return [...inner.matchAll(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, 'g'))].map((m) => m[0]);
}

/** Appends an element to a counted collection (`<fonts count="n">`) and returns its index. */
function appendChild(xml: string, collection: string, child: string, element: string): { xml: string; index: number } {
  const open = new RegExp(`<${collection}\\b[^>]*>`).exec(xml);
  const close = xml.indexOf(`</${collection}>`);
  if (!open || close < 0) throw new Error(`styles without ${collection}`);
  const inner = xml.slice(open.index + open[0].length, close);
  const index = (inner.match(new RegExp(`<${child}\\b`, 'g')) ?? []).length;
  const head = open[0].replace(/\scount="\d+"/, ` count="${index + 1}"`);
  return { xml: xml.slice(0, open.index) + head + inner + element + xml.slice(close), index };
}
