import { decodeEntities, XmlFault, XmlTokenizer, type XmlLimits } from '../../../src/files/reader/xmlTokenizer';

const LIMITS: XmlLimits = { depth: 8, attributes: 4, attributeLength: 20, textLength: 50 };

/** Feeds `chunks` and returns the events, or the fault kind. */
function tokens(chunks: string[], limits = LIMITS): string[] | string {
  const events: string[] = [];
  const tokenizer = new XmlTokenizer(
    {
      open: (name, attributes) => events.push(`<${name}${[...attributes].map(([k, v]) => ` ${k}=${v}`).join('')}>`),
      close: (name) => events.push(`</${name}>`),
      text: (text) => events.push(text),
    },
    limits,
  );
  try {
    for (const chunk of chunks) tokenizer.feed(chunk);
    tokenizer.end();
  } catch (error) {
    if (error instanceof XmlFault) return error.kind;
    throw error;
  }
  return events;
}

describe('XmlTokenizer', () => {
  it('gives the same events however the text is cut into chunks', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><x:a x:r="1" b=\'&amp;2\'><!-- c --><b/>t&lt;x<![CDATA[<y>]]></x:a>';
    const whole = tokens([xml]);
    expect(whole).toEqual(['<a r=1 b=&2>', '<b>', '</b>', 't<x', '<y>', '</a>']);
    for (let size = 1; size < 12; size++) {
      const chunks = xml.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      expect(tokens(chunks)).toEqual(whole);
    }
  });

  it.each([
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', 'forbidden'],
    ['an undeclared entity', '<a>&nbsp;</a>', 'forbidden'],
    ['a declared encoding other than UTF-8', '<?xml version="1.0" encoding="UTF-16"?><a/>', 'encoding'],
    ['nesting past the cap', `${'<a>'.repeat(9)}${'</a>'.repeat(9)}`, 'tooComplex'],
    ['too many attributes', '<a b="1" c="1" d="1" e="1" f="1"/>', 'tooComplex'],
    ['a long attribute', `<a b="${'x'.repeat(21)}"/>`, 'tooComplex'],
    ['a long text', `<a>${'x'.repeat(51)}</a>`, 'tooComplex'],
    ['an unfinished tag that never ends', `<a b="${'x'.repeat(5000)}`, 'tooComplex'],
    ['crossed tags', '<a><b></a></b>', 'damaged'],
    ['an end tag longer than the open name', '<ab><a></abc></ab>', 'damaged'],
    ['an end tag with more after its name', '<a><b></b c></a>', 'damaged'],
    ['an end tag with no element open', '</a>', 'damaged'],
    ['a second root', '<a/><b/>', 'damaged'],
    ['text outside the root', '<a/>x', 'damaged'],
    ['no root at all', '   ', 'damaged'],
    ['a cut document', '<a><b>', 'damaged'],
    ['a duplicate attribute', '<a b="1" b="2"/>', 'damaged'],
    ['a reference to a forbidden character', '<a>&#1;</a>', 'damaged'],
  ])('refuses %s', (_, xml, kind) => {
    expect(tokens([xml])).toBe(kind);
  });

  it("takes spaces after an end tag's name, and a prefixed end tag as its local name", () => {
    expect(tokens(['<x:a><b></b  \n></x:a\t>'])).toEqual(['<a>', '<b>', '</b>', '</a>']);
  });

  it('decodes the five predefined entities and numeric references, and nothing else', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;')).toBe('<>&"\'A😀');
    expect(() => decodeEntities('&lol;')).toThrow(XmlFault);
  });
});
