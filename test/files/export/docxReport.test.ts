import { unzipSync, strFromU8 } from 'fflate';
import { docxRenderer } from '../../../src/files/export/docxReport';
import { libreOfficePdf } from '../../support/libreoffice';
import { pdfTextAndPages } from '../../support/pdf';
import { exportExampleYear } from './exportedReport';

jest.setTimeout(180_000);

describe('the .docx report for parliament', () => {
  it('holds Annex 6: title page, contents, real headings, section 5 per area, a native chart, page numbers', async () => {
    const { exported } = await exportExampleYear(docxRenderer);
    expect(exported.fileName).toBe('NAP monitoring report 2026-01-01 to 2026-12-31.docx');
    const parts = unzipSync(exported.bytes);
    const document = strFromU8(parts['word/document.xml']);
    expect(document).toContain('w:val="Heading1"');
    expect(document).toContain('w:val="Heading3"');
    expect(document).toMatch(/TOC \\h \\o &quot;1-3&quot;/);
    expect(Object.keys(parts).some((name) => /^word\/charts\/chart\d+\.xml$/.test(name))).toBe(true);
    const footer = Object.keys(parts)
      .filter((name) => name.startsWith('word/footer'))
      .map((name) => strFromU8(parts[name]));
    expect(footer.join('')).toMatch(/NUMPAGES/);
  });

  it('opens in LibreOffice and prints every section, area, indicator code and its status', async () => {
    const { exported } = await exportExampleYear(docxRenderer);
    const { text, pages } = await pdfTextAndPages(await libreOfficePdf(exported.bytes, 'docx'), 'report-docx');
    const flat = text.replace(/\s+/g, ' ');
    for (const title of [
      '1. Introduction',
      '2. Observations of developments in the area of trafficking in persons',
      '3. The national anti-trafficking policies and legal framework',
      '4. Compliance with the international legal standards',
      '5. Progress in the implementation of the National Action Plan',
      'c. Observations, comments',
      'd. Lessons learned',
      'e. Next steps / Way forward',
      'Contents',
    ])
      expect(flat).toContain(title);
    for (const area of [
      'Enabling Framework',
      'Prevention of Trafficking in Human Beings',
      'Support and Protection of Victims and Victim-Witnesses',
      'Investigation and Prosecution of Trafficking in Human Beings',
    ])
      expect(flat).toContain(area);
    const model = exported.model;
    for (const line of model.areas.flatMap((area) => area.outcomes.flatMap((outcome) => outcome.indicators))) {
      const label = {
        onTrack: 'On track',
        offTrack: 'Off track',
        noData: 'No data',
        notAssessable: 'Not assessable',
        atRisk: 'At risk',
        achieved: 'Achieved',
        notDueYet: 'Not due yet',
      }[line.status];
      expect(flat).toMatch(new RegExp(`${line.code.replace('.', '\\.')} .*${label}`));
    }
    expect(flat).toContain('The ATC office reports on 2026.');
    expect(flat).toContain('Agreement with Albania signed in October (ATC, 2026-Q4)');
    expect(flat).toMatch(/Page 2 of \d+/);
    expect(pages.length).toBeGreaterThan(3);
  });
});
