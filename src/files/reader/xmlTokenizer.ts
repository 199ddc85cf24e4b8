/**
 * A small, bounded, streaming XML tokenizer for the parts of an .xlsx: not a general XML parser. It accepts
 * what spreadsheet producers write (elements, attributes, text, CDATA, comments, processing instructions) and
 * refuses a document type declaration, any entity but the five predefined ones and numeric references, and
 * nesting, attributes or text beyond its caps. Text is fed in chunks, so a large part never sits in memory.
 */

export type XmlFaultKind = 'damaged' | 'forbidden' | 'tooComplex' | 'encoding';

export class XmlFault extends Error {
  constructor(readonly kind: XmlFaultKind) {
    super(kind);
    this.name = 'XmlFault';
  }
}

export interface XmlLimits {
  depth: number;
  attributes: number;
  attributeLength: number;
  textLength: number;
}

/**
 * Element and attribute names arrive without their namespace prefix ("x:c" → "c", "r:id" → "id"). The
 * attributes map is reused for the next element: read it during `open`, never keep it.
 */
export interface XmlHandler {
  open(name: string, attributes: ReadonlyMap<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const QUESTION = 63; // ?
const BANG = 33; // !
const EQUALS = 61; // =
const NAME = /^[A-Za-z_][\w.\-:]*$/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const MAX_ENTITY = 12;

const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 13;

/** Valid names and their local part, remembered: a part repeats a handful of names thousands of times. */
const localNames = new Map<string, string>();
function localName(name: string): string {
  let local = localNames.get(name);
  if (local === undefined) {
    if (!NAME.test(name)) throw new XmlFault('damaged');
    local = name.slice(name.indexOf(':') + 1);
    if (localNames.size < 10_000) localNames.set(name, local);
  }
  return local;
}

function validCodePoint(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function entity(name: string): string {
  if (name.startsWith('#')) {
    const hex = name[1] === 'x';
    const digits = name.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits)) throw new XmlFault('damaged');
    const code = parseInt(digits, hex ? 16 : 10);
    if (!validCodePoint(code)) throw new XmlFault('damaged');
    return String.fromCodePoint(code);
  }
  const known = Object.prototype.hasOwnProperty.call(PREDEFINED, name) ? PREDEFINED[name] : undefined;
  // Any other entity needs a declaration, and declarations are refused: billion laughs and XXE end here.
  if (known === undefined) throw new XmlFault('forbidden');
  return known;
}

/** Replaces the five predefined entities and numeric character references. */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = text.indexOf(';', amp);
    if (semi < 0 || semi - amp > MAX_ENTITY) throw new XmlFault('damaged');
    out += text.slice(from, amp) + entity(text.slice(amp + 1, semi));
    from = semi + 1;
    amp = text.indexOf('&', from);
  }
  return out + text.slice(from);
}

export class XmlTokenizer {
  private buffer = '';
  private pos = 0;
  private readonly stack: string[] = [];
  /** The local names of the open elements, beside their full names in `stack`. */
  private readonly localStack: string[] = [];
  /** Text since the last markup: usually one piece, so joined by concatenation rather than in an array. */
  private pendingText = '';
  private textLength = 0;
  private rootClosed = false;
  private readonly attributes = new Map<string, string>();
  /** How far an unfinished tag, comment or instruction may run before the part is refused. */
  private readonly maxPending: number;

  constructor(
    private readonly handler: XmlHandler,
    private readonly limits: XmlLimits,
  ) {
    this.maxPending = limits.textLength + limits.attributes * (limits.attributeLength + 64);
  }

  feed(chunk: string): void {
    this.buffer = this.pos < this.buffer.length ? this.buffer.slice(this.pos) + chunk : chunk;
    this.pos = 0;
    this.scan();
  }

  /** The part ended: anything unfinished (an open element, a cut tag) means it was damaged. */
  end(): void {
    this.scan();
    this.flushText();
    if (this.pos < this.buffer.length || this.stack.length > 0 || !this.rootClosed) throw new XmlFault('damaged');
  }

  private scan(): void {
    const buffer = this.buffer;
    while (this.pos < buffer.length) {
      if (buffer.charCodeAt(this.pos) !== LT) {
        const lt = buffer.indexOf('<', this.pos);
        const stop = lt < 0 ? buffer.length : lt;
        this.addText(buffer.slice(this.pos, stop));
        this.pos = stop;
        continue;
      }
      this.flushText();
      const next = this.markup(buffer, this.pos);
      if (next < 0) {
        if (buffer.length - this.pos > this.maxPending) throw new XmlFault('tooComplex');
        return;
      }
      this.pos = next;
    }
  }

  private addText(piece: string): void {
    this.textLength += piece.length;
    if (this.textLength > this.limits.textLength) throw new XmlFault('tooComplex');
    this.pendingText += piece;
  }

  private flushText(): void {
    if (this.textLength === 0) return;
    const text = this.pendingText;
    this.pendingText = '';
    this.textLength = 0;
    if (this.stack.length === 0) {
      if (text.trim() !== '') throw new XmlFault('damaged');
      return;
    }
    this.handler.text(decodeEntities(text));
  }

  /** Handles the markup starting at `at` ('<'); returns where it ends, or -1 when it is not all here yet. */
  private markup(buffer: string, at: number): number {
    if (at + 1 >= buffer.length) return -1;
    const second = buffer.charCodeAt(at + 1);
    if (second === QUESTION) return this.instruction(buffer, at);
    if (second === BANG) return this.declaration(buffer, at);
    if (second === SLASH) return this.endTag(buffer, at);
    return this.startTag(buffer, at);
  }

  private instruction(buffer: string, at: number): number {
    const end = buffer.indexOf('?>', at + 2);
    if (end < 0) return -1;
    const content = buffer.slice(at + 2, end);
    if (/^xml\s/.test(content)) {
      const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(content)?.[1];
      if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) throw new XmlFault('encoding');
    }
    return end + 2;
  }

  private declaration(buffer: string, at: number): number {
    if (buffer.startsWith('<!--', at)) {
      const end = buffer.indexOf('-->', at + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (buffer.startsWith('<![CDATA[', at)) {
      const end = buffer.indexOf(']]>', at + 9);
      if (end < 0) return -1;
      if (this.stack.length === 0) throw new XmlFault('damaged');
      if (end - at - 9 > this.limits.textLength) throw new XmlFault('tooComplex');
      this.handler.text(buffer.slice(at + 9, end));
      return end + 3;
    }
    if (buffer.length - at < 9 && ('<![CDATA['.startsWith(buffer.slice(at)) || '<!--'.startsWith(buffer.slice(at))))
      return -1;
    throw new XmlFault('forbidden');
  }

  private endTag(buffer: string, at: number): number {
    const end = buffer.indexOf('>', at + 2);
    if (end < 0) return -1;
    // The end tag must name the open element: compared in place, then only spaces may follow the name.
    const open = this.stack.pop();
    if (open === undefined || !buffer.startsWith(open, at + 2)) throw new XmlFault('damaged');
    for (let i = at + 2 + open.length; i < end; i++) if (!isSpace(buffer.charCodeAt(i))) throw new XmlFault('damaged');
    this.handler.close(this.localStack.pop()!);
    if (this.stack.length === 0) this.rootClosed = true;
    return end + 1;
  }

  private startTag(buffer: string, at: number): number {
    const length = buffer.length;
    let i = at + 1;
    let code = buffer.charCodeAt(i);
    while (i < length && !isSpace(code) && code !== SLASH && code !== GT) code = buffer.charCodeAt(++i);
    if (i >= length) return -1;
    if (this.rootClosed) throw new XmlFault('damaged');
    const name = buffer.slice(at + 1, i);
    const local = localName(name);
    // One map serves every element: handlers read it during `open` and keep no reference to it.
    const attributes = this.attributes;
    attributes.clear();
    let selfClosing = false;
    for (;;) {
      while (i < length && isSpace(buffer.charCodeAt(i))) i++;
      if (i >= length) return -1;
      code = buffer.charCodeAt(i);
      if (code === GT) break;
      if (code === SLASH) {
        if (i + 1 >= length) return -1;
        if (buffer.charCodeAt(i + 1) !== GT) throw new XmlFault('damaged');
        selfClosing = true;
        i++;
        break;
      }
      const nameStart = i;
      while (i < length && (code = buffer.charCodeAt(i)) !== EQUALS && code !== GT && !isSpace(code)) i++;
      const attribute = buffer.slice(nameStart, i);
      while (i < length && isSpace(buffer.charCodeAt(i))) i++;
      if (i >= length) return -1;
      if (buffer.charCodeAt(i) !== EQUALS) throw new XmlFault('damaged');
      const key = attribute.startsWith('xmlns') ? attribute : localName(attribute);
      i++;
      while (i < length && isSpace(buffer.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const quote = buffer[i];
      if (quote !== '"' && quote !== "'") throw new XmlFault('damaged');
      const close = buffer.indexOf(quote, i + 1);
      if (close < 0) return -1;
      const raw = buffer.slice(i + 1, close);
      if (raw.length > this.limits.attributeLength) throw new XmlFault('tooComplex');
      if (raw.includes('<')) throw new XmlFault('damaged');
      const count = attributes.size;
      if (count >= this.limits.attributes) throw new XmlFault('tooComplex');
      // A name given twice does not grow the map.
      if (attributes.set(key, decodeEntities(raw)).size === count) throw new XmlFault('damaged');
      i = close + 1;
    }
    if (this.stack.length >= this.limits.depth) throw new XmlFault('tooComplex');
    this.stack.push(name);
    this.localStack.push(local);
    this.handler.open(local, attributes);
    if (selfClosing) {
      this.stack.pop();
      this.localStack.pop();
      this.handler.close(local);
      if (this.stack.length === 0) this.rootClosed = true;
    }
    return i + 1;
  }
}
