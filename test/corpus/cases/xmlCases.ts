import type { CorpusCase } from '../corpusCase';
import { book, dataBook, noiseText, sharedStringsXml, sheetXml, withPart } from '../workbookParts';

const cell = '<row r="1"><c r="A1"><v>7</v></c></row>';
const seven = (workbook: Parameters<Extract<CorpusCase['expect'], { accepted: unknown }>['accepted']>[0]) =>
  expect(workbook.sheets[0].value(0, 0)).toBe(7);

/** A case whose sheet XML is `xml` (whole part). */
const sheetCase = (name: string, xml: string, expectation: CorpusCase['expect']): CorpusCase => ({
  name: `xml-${name}.xlsx`,
  class: 'xml',
  make: book({ sheets: [{ name: 'Data', xml }] }),
  expect: expectation,
});

const damaged: CorpusCase['expect'] = { refused: 'reader.error.damagedSheet', params: { sheet: 'Data' } };
const forbidden: CorpusCase['expect'] = { refused: 'reader.error.forbiddenContent' };
const tooComplex: CorpusCase['expect'] = { refused: 'reader.error.tooComplexSheet', params: { sheet: 'Data' } };

/** Elements nested `depth` deep, with names that do not repeat, so the part packs like real XML. */
function nested(depth: number): string {
  const names = noiseText(depth * 6)
    .match(/.{6}/g)!
    .map((name) => `e${name}`);
  return `${names.map((name) => `<${name}>`).join('')}${names
    .reverse()
    .map((name) => `</${name}>`)
    .join('')}`;
}

/** XML attacks and malformed XML: entities, DTDs, encodings, nesting, attributes, broken structure. */
export function xmlCases(): CorpusCase[] {
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
  return [
    {
      name: 'xml-billion-laughs-strings.xlsx',
      class: 'xml',
      make: dataBook('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', {
        sharedStrings: `${laughs}<sst xmlns="x"><si><t>&lol2;</t></si></sst>`,
      }),
      expect: { refused: 'reader.error.forbiddenContent', params: { part: 'xl/sharedStrings.xml' } },
    },
    {
      name: 'xml-xxe-workbook.xlsx',
      class: 'xml',
      make: book({
        sheets: [{ name: 'Data', xml: sheetXml(cell) }],
        edit: (name, data) =>
          name === 'xl/workbook.xml'
            ? data.replace('<workbook', '<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/hostname">]><workbook')
            : data,
      }),
      expect: { refused: 'reader.error.forbiddenContent', params: { part: 'xl/workbook.xml' } },
    },
    sheetCase(
      'xxe-sheet',
      `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>`,
      forbidden,
    ),
    sheetCase(
      'parameter-entity',
      `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY % p SYSTEM "http://example.org/p.dtd"> %p;]><worksheet/>`,
      forbidden,
    ),
    sheetCase(
      'undeclared-entity',
      sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'),
      forbidden,
    ),
    {
      name: 'xml-entity-in-relationships.xlsx',
      class: 'xml',
      make: book({
        sheets: [{ name: 'Data', xml: sheetXml(cell) }],
        edit: (name, data) =>
          name === 'xl/_rels/workbook.xml.rels' ? data.replace('Target="', 'Target="&ext;') : data,
      }),
      expect: { refused: 'reader.error.forbiddenContent', params: { part: 'xl/_rels/workbook.xml.rels' } },
    },
    {
      name: 'xml-utf16-strings.xlsx',
      class: 'xml',
      make: withPart(
        {
          sheets: [{ name: 'Data', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }],
          sharedStrings: '',
        },
        'xl/sharedStrings.xml',
        { data: new Uint8Array(Buffer.from(`\ufeff${sharedStringsXml(['UTF-16 text'])}`, 'utf16le')) },
      ),
      expect: { refused: 'reader.error.encoding', params: { part: 'xl/sharedStrings.xml' } },
    },
    sheetCase('encoding-latin1', `<?xml version="1.0" encoding="ISO-8859-1"?><worksheet><sheetData/></worksheet>`, {
      refused: 'reader.error.encoding',
      params: { part: 'xl/worksheets/sheet1.xml' },
    }),
    sheetCase(
      'depth-2-million',
      `<worksheet>${'<a>'.repeat(2_000_000)}${'</a>'.repeat(2_000_000)}</worksheet>`,
      // So repetitive that the compression ratio refuses it before a byte is inflated.
      { refused: 'files.error.packedTooTightly' },
    ),
    sheetCase('depth-100000-varied-names', `<worksheet>${nested(100_000)}</worksheet>`, tooComplex),
    sheetCase('depth-65', sheetXml('', `${'<x>'.repeat(65)}${'</x>'.repeat(65)}`), tooComplex),
    sheetCase('depth-60-accepted', sheetXml(cell, `${'<x>'.repeat(60)}${'</x>'.repeat(60)}`), { accepted: seven }),
    sheetCase(
      'attributes-1000',
      sheetXml(
        `<row r="1" ${Array.from({ length: 1000 }, (_, i) => `a${i}="1"`).join(' ')}><c r="A1"><v>7</v></c></row>`,
      ),
      tooComplex,
    ),
    sheetCase('attribute-100-kb', sheetXml(`<row r="1" spans="${'1'.repeat(100_000)}"></row>`), tooComplex),
    sheetCase(
      'text-2-mb',
      sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${noiseText(2_000_000)}</t></is></c></row>`),
      tooComplex,
    ),
    sheetCase('mismatched-tags', sheetXml('<row r="1"><c r="A1"><v>7</c></v></row>'), damaged),
    sheetCase('unclosed-root', sheetXml(cell).replace('</worksheet>', ''), damaged),
    sheetCase('text-after-root', `${sheetXml(cell)}trailing`, damaged),
    sheetCase('two-roots', `${sheetXml(cell)}<worksheet/>`, damaged),
    sheetCase('no-root', '<?xml version="1.0"?>', damaged),
    sheetCase('unquoted-attribute', sheetXml('<row r=1><c r="A1"><v>7</v></c></row>'), damaged),
    sheetCase('less-than-in-attribute', sheetXml('<row r="<1"><c r="A1"><v>7</v></c></row>'), damaged),
    sheetCase(
      'bare-ampersand',
      sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>A & B</t></is></c></row>'),
      damaged,
    ),
    sheetCase(
      'nul-character-reference',
      sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&#0;</t></is></c></row>'),
      damaged,
    ),
    sheetCase('duplicate-attribute', sheetXml('<row r="1" r="2"><c r="A1"><v>7</v></c></row>'), damaged),
    sheetCase('cut-in-a-tag', sheetXml(cell).slice(0, -5), damaged),
    {
      name: 'xml-invalid-utf8.xlsx',
      class: 'xml',
      make: withPart({ sheets: [{ name: 'Data', xml: '' }] }, 'xl/worksheets/sheet1.xml', {
        data: Uint8Array.from([
          ...Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'),
          0xc3,
          0x28,
          ...Buffer.from('</t></is></c></row></sheetData></worksheet>'),
        ]),
      }),
      expect: damaged,
    },
    sheetCase(
      'cdata-comments-instructions',
      sheetXml(
        '<!-- a comment --><?mso-application progid="Excel.Sheet"?><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<b>&amp;</b>]]></t></is></c></row>',
      ),
      { accepted: (workbook) => expect(workbook.sheets[0].value(0, 0)).toBe('<b>&amp;</b>') },
    ),
    sheetCase(
      'character-references',
      sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&#x41;&#66;&lt;&gt;&amp;&quot;&apos;</t></is></c></row>'),
      { accepted: (workbook) => expect(workbook.sheets[0].value(0, 0)).toBe('AB<>&"\'') },
    ),
    sheetCase(
      'namespace-prefixes',
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      { accepted: seven },
    ),
    {
      name: 'xml-strings-cut-short.xlsx',
      class: 'xml',
      make: dataBook('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', {
        sharedStrings: sharedStringsXml(['a', 'b']).slice(0, -20),
      }),
      expect: { refused: 'reader.error.damagedPart', params: { part: 'xl/sharedStrings.xml' } },
    },
    {
      name: 'xml-workbook-cut-short.xlsx',
      class: 'xml',
      make: book({
        sheets: [{ name: 'Data', xml: sheetXml(cell) }],
        edit: (name, data) => (name === 'xl/workbook.xml' ? data.slice(0, 120) : data),
      }),
      expect: { refused: 'reader.error.damagedPart', params: { part: 'xl/workbook.xml' } },
    },
  ];
}
