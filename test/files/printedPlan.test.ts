import { main } from '../../src/cli/main';
import { libreOfficePdf } from '../support/libreoffice';
import { memoryIo } from '../support/memoryIo';
import { pdfTextAndPages } from '../support/pdf';
import { englishExample } from '../support/examplePlan';

const TITLE = 'NAP 2026–2028 & M&E';
const plan = englishExample({ planId: 'p', title: TITLE, country: 'Utopia' });

/**
 * Pages each sheet may take. Every sheet is fitted to one page wide, so its pages are its rows' height over
 * a page's: the example's reference tables (at most 16 short rows), its 5 indicators and their M&E rows
 * (at most 10 lines each) each fit one landscape or portrait page; its 14 activities, of up to 8 wrapped
 * lines, need two landscape pages and may need a third where LibreOffice's font runs wider. Before the
 * print setup the same workbook printed on 27 pages, columns split across them.
 */
const PAGE_BOUNDS: Record<string, number> = {
  Settings: 1,
  Areas: 1,
  Agencies: 1,
  Objectives: 1,
  NAP: 1,
  'Key measures': 1,
  'NAP activities': 3,
  'M&E plan': 2,
  Progress: 1,
};

interface Page {
  number: number;
  lines: string[];
  footer: { title: string; sheet: string; page: number; pages: number } | null;
}

/** The footer is the page's last line: the title on the left, the sheet in the middle, "Page N of M" right. */
function parsePage(text: string, index: number): Page {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const match = /^\s*(.+?)\s{2,}(.+?)\s{2,}Page (\d+) of (\d+)\s*$/.exec(lines[lines.length - 1] ?? '');
  const footer = match ? { title: match[1], sheet: match[2], page: Number(match[3]), pages: Number(match[4]) } : null;
  return { number: index + 1, lines, footer };
}

/** The first words of a cell, which pdftotext puts on the line where the cell's row begins. */
const opening = (text: string) => text.split(/\s+/).slice(0, 3).join(' ');

describe('the example plan, printed by LibreOffice', () => {
  let pages: Page[];

  beforeAll(async () => {
    const { io, files } = memoryIo();
    const args = ['init', '--example', '--out', 'plan.xlsx', '--title', TITLE, '--country', 'Utopia'];
    expect(await main([...args, '--start', '2026-01-01', '--end', '2028-12-31'], io)).toBe(0);
    const pdf = await libreOfficePdf(files.get('plan.xlsx')!, 'xlsx');
    const { text, pages: images } = await pdfTextAndPages(pdf, 'print-example-plan');
    pages = text
      .split('\f')
      .filter((page) => page.trim() !== '')
      .map(parsePage);
    expect(images).toHaveLength(pages.length);
  }, 180_000);

  it('names the plan, the sheet and "page N of M" at the foot of every page', () => {
    expect(pages.map((page) => page.footer)).toEqual(
      pages.map((_, index) => ({ title: TITLE, sheet: expect.any(String), page: index + 1, pages: pages.length })),
    );
  });

  it('prints every visible sheet, each within its bound of pages, and never the hidden lists', () => {
    const perSheet: Record<string, number> = {};
    for (const page of pages) perSheet[page.footer!.sheet] = (perSheet[page.footer!.sheet] ?? 0) + 1;
    expect(Object.keys(perSheet)).toEqual(Object.keys(PAGE_BOUNDS));
    for (const [sheet, count] of Object.entries(perSheet))
      expect([sheet, count <= PAGE_BOUNDS[sheet]]).toEqual([sheet, true]);
  });

  it('shows each indicator and activity code on the line where its row begins, on its sheet', () => {
    const rowLine = (sheet: string, text: string) =>
      pages
        .filter((page) => page.footer?.sheet === sheet)
        .flatMap((page) => page.lines)
        .find((line) => line.includes(opening(text)));
    for (const indicator of plan.indicators) {
      expect([indicator.code, rowLine('NAP', indicator.text)]).toEqual([
        indicator.code,
        expect.stringMatching(new RegExp(`^\\s*${indicator.code.replace('.', '\\.')}\\s`)),
      ]);
      expect([indicator.code, rowLine('M&E plan', indicator.text)]).toEqual([
        indicator.code,
        expect.stringContaining(` ${indicator.code} `),
      ]);
    }
    for (const activity of plan.activities) {
      expect([activity.code, rowLine('NAP activities', activity.text)]).toEqual([
        activity.code,
        expect.stringMatching(new RegExp(`^\\s*${activity.code.replace(/\./g, '\\.')}\\s`)),
      ]);
    }
  });

  it('repeats the header row on every page of a sheet that runs over', () => {
    const activityPages = pages.filter((page) => page.footer?.sheet === 'NAP activities');
    expect(activityPages.length).toBeGreaterThan(1);
    for (const page of activityPages) expect(page.lines.some((line) => /^\s*Code\s+Key\b/.test(line))).toBe(true);
  });
});
