// Checks the production build in dist/ (`npm test` builds first; run alone, this suite builds when needed).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { assetIconLookup, checkManifest } from '../../src/devtools/manifest-check';

const root = path.resolve(__dirname, '..', '..');
const dist = path.resolve(root, process.env.NAP_DIST || 'dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// Everything taskpane.html loads before the UI can start, gzip-compressed (Office.js itself excluded).
const TASKPANE_GZIP_BUDGET_BYTES = 250_000;

function read(file: string): string {
  return fs.readFileSync(path.join(dist, file), 'utf8');
}

function localScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

function isProductionBuild(): boolean {
  if (!fs.existsSync(path.join(dist, 'taskpane.html')) || !fs.existsSync(path.join(dist, 'cli', 'nap-monitor.js')))
    return false;
  // Development bundles keep webpack's bootstrap banner comments; minified production bundles do not.
  return localScripts(read('taskpane.html')).every((src) => !read(src).includes('/******/'));
}

beforeAll(() => {
  if (isProductionBuild()) return;
  try {
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
      cwd: root,
      stdio: 'pipe',
      encoding: 'utf8',
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n')}`);
  }
}, 300_000);

describe('dist/ pages', () => {
  it('taskpane.html loads Office.js from the CDN in <head>, then hashed bundles that exist', () => {
    const html = read('taskpane.html');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<script src="${OFFICE_JS}"></script>`);
    expect(html).toContain('<div id="container"></div>');
    const scripts = localScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).toMatch(/\.[0-9a-f]{8}\.js$/);
      expect(fs.existsSync(path.join(dist, src))).toBe(true);
    }
  });

  it(`taskpane.html loads at most ${TASKPANE_GZIP_BUDGET_BYTES} bytes of gzip JavaScript initially`, () => {
    const total = localScripts(read('taskpane.html')).reduce(
      (sum, src) => sum + gzipSync(fs.readFileSync(path.join(dist, src)), { level: 9 }).length,
      0,
    );
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(TASKPANE_GZIP_BUDGET_BYTES);
  });

  it('commands.html loads Office.js and its own bundle only', () => {
    const html = read('commands.html');
    expect(html).toContain(OFFICE_JS);
    expect(localScripts(html).some((src) => src.startsWith('commands.'))).toBe(true);
  });

  it('preview.html runs without Office.js (it installs the simulated workbook itself)', () => {
    const html = read('preview.html');
    expect(html).not.toContain('appsforoffice.microsoft.com');
    expect(html).toContain('<div id="container"></div>');
    expect(localScripts(html).some((src) => src.startsWith('preview.'))).toBe(true);
  });
});

describe('dist/ manifest and icons', () => {
  it('ships a manifest that passes the offline check against the shipped icons', () => {
    expect(checkManifest(read('manifest.xml'), assetIconLookup(path.join(dist, 'assets')))).toEqual([]);
  });
});

describe('dist/ command-line tools', () => {
  it('builds an executable CLI with a node shebang', () => {
    const cli = path.join(dist, 'cli', 'nap-monitor.js');
    expect(fs.readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(fs.statSync(cli).mode & 0o111).toBe(0o111);
  });

  it.each(['cli/nap-monitor.js', 'devtools/bench.js'])('%s bundles no packages from node_modules', (file) => {
    expect(read(file)).not.toMatch(/\/node_modules\//);
  });

  it('the CLI loads its packages with require() at run time', () => {
    expect(read('cli/nap-monitor.js')).toMatch(/require\("[^".]/);
  });
});
