import { cyrillicCatalogue, latinToCyrillic } from '../../../src/core/i18n/transliterate';

describe('Serbian Latin to Cyrillic', () => {
  it('turns every letter, and lj, nj and dž into single letters, in every case', () => {
    expect(latinToCyrillic('Ljubljana, njegova džamija, Đorđe Šćepanović, čačak, žuto, ćirilica')).toBe(
      'Љубљана, његова џамија, Ђорђе Шћепановић, чачак, жуто, ћирилица',
    );
    expect(latinToCyrillic('LJUBAV NJEGOVA DŽAK')).toBe('ЉУБАВ ЊЕГОВА ЏАК');
    expect(latinToCyrillic('Njegov Džep')).toBe('Његов Џеп');
    expect(latinToCyrillic('abcčćdđefghijklmnoprsštuvzž')).toBe('абцчћдђефгхијклмнопрсштувзж');
  });

  it('keeps n+j and d+ž apart where they meet across a prefix or in a loanword', () => {
    expect(latinToCyrillic('injekcija konjunktura konjugacija nadživeti podžanr konj')).toBe(
      'инјекција конјунктура конјугација надживети поджанр коњ',
    );
  });

  it('leaves placeholders, codes, numbers, options, files, addresses and product names in Latin', () => {
    expect(latinToCyrillic('Indikator {code} u listu {sheet}!{cell}')).toBe('Индикатор {code} у листу {sheet}!{cell}');
    expect(latinToCyrillic('Vidi https://example.org/a-b ili piši na info@mup.gov.rs')).toBe(
      'Види https://example.org/a-b или пиши на info@mup.gov.rs',
    );
    expect(latinToCyrillic('Kod I1.1, datum 2026-01-01 (YYYY-MM-DD), SMART, M&E, iznos u EUR')).toBe(
      'Код I1.1, датум 2026-01-01 (YYYY-MM-DD), SMART, M&E, износ у EUR',
    );
    expect(latinToCyrillic('nap-monitor check plan.xlsx --json u Excelu, ExcelApi 1.8, NAP Monitor')).toBe(
      'nap-monitor check plan.xlsx --json у Excelu, ExcelApi 1.8, NAP Monitor',
    );
    expect(latinToCyrillic('samo-procena i NAP')).toBe('само-процена и НАП');
    expect(latinToCyrillic('I kvartal, IV kvartal 2026, XII')).toBe('I квартал, IV квартал 2026, XII');
    expect(latinToCyrillic('Pokrenite "nap-monitor help <komanda>"')).toBe('Покрените "nap-monitor help <команда>"');
    expect(latinToCyrillic('nap-monitor komandna linija')).toBe('nap-monitor командна линија');
  });

  it('generates a catalogue, plural forms included, with the same keys', () => {
    expect(
      cyrillicCatalogue({
        'ui.tab.check': 'Provera',
        'preview.moreRows': { one: 'Još {count} red', few: 'Još {count} reda', other: 'Još {count} redova' },
      }),
    ).toEqual({
      'ui.tab.check': 'Провера',
      'preview.moreRows': { one: 'Још {count} ред', few: 'Још {count} реда', other: 'Још {count} редова' },
    });
  });
});
