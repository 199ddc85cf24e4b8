import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  assetIconLookup,
  checkManifest,
  EXPECTED_EXCEL_API_VERSION,
  type ManifestProblem,
  type ManifestRule,
  readPngSize,
} from '../../src/devtools/manifest-check';

const root = path.resolve(__dirname, '..', '..');
const manifestXml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const lookup = assetIconLookup(path.join(root, 'assets'));

const { rewriteManifestUrls } = jest.requireActual<{ rewriteManifestUrls: (xml: string, url: string) => string }>(
  '../../src/devtools/deploy-url.js',
);

/** The manifest with one exact, existing fragment replaced (fails loudly if the fragment is gone). */
function variant(from: string, to: string): string {
  expect(manifestXml).toContain(from);
  return manifestXml.replace(from, to);
}

function rulesOf(problems: ManifestProblem[]): ManifestRule[] {
  return problems.map((p) => p.rule);
}

function expectOnly(problems: ManifestProblem[], rule: ManifestRule, message: RegExp): void {
  expect(rulesOf(problems)).toEqual(problems.map(() => rule));
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.map((p) => p.message).join('\n')).toMatch(message);
}

describe('manifest.xml', () => {
  it('passes every offline check', () => {
    expect(checkManifest(manifestXml, lookup)).toEqual([]);
  });

  it('declares an Excel task pane add-in with the agreed requirement set and permission', () => {
    expect(manifestXml).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifestXml).toContain(`<Set Name="ExcelApi" MinVersion="${EXPECTED_EXCEL_API_VERSION}"/>`);
    expect(manifestXml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifestXml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(manifestXml).toContain('<OfficeTab id="TabHome">');
    expect(manifestXml).toContain('<Action xsi:type="ShowTaskpane">');
  });

  it('still passes once rewritten for a deployed site with a path prefix', () => {
    const deployed = rewriteManifestUrls(manifestXml, 'https://nap.example.org/monitor');
    expect(deployed).not.toContain('localhost');
    expect(deployed).toContain('<SourceLocation DefaultValue="https://nap.example.org/monitor/taskpane.html"/>');
    expect(deployed).toContain('<AppDomain>https://nap.example.org</AppDomain>');
    expect(checkManifest(deployed, lookup)).toEqual([]);
  });

  it('refuses to rewrite the manifest to a plain http site', () => {
    expect(() => rewriteManifestUrls(manifestXml, 'http://nap.example.org/')).toThrow(/https/);
  });
});

describe('checkManifest rejects broken manifests', () => {
  it('top-level elements out of the documented order', () => {
    const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(manifestXml)?.[0] ?? '';
    const hostsEnd = '</Hosts>\n  <Requirements>';
    expect(requirements).not.toBe('');
    const moved = variant(requirements, '').replace(
      '  <Hosts>\n    <Host Name="Workbook"/>',
      `${requirements.trim()}\n  <Hosts>\n    <Host Name="Workbook"/>`,
    );
    expect(moved).not.toContain(hostsEnd);
    expectOnly(checkManifest(moved, lookup), 'order', /<Hosts> must come before <Requirements> in <OfficeApp>/);
  });

  it('Version placed before Id', () => {
    const swapped = variant(
      '<Id>e4b31b10-a570-481d-a4e2-ebbcde34924a</Id>\n  <Version>1.0.0.0</Version>',
      '<Version>1.0.0.0</Version>\n  <Id>e4b31b10-a570-481d-a4e2-ebbcde34924a</Id>',
    );
    expectOnly(checkManifest(swapped, lookup), 'order', /<Id> must come before <Version>/);
  });

  it('an element that is not part of a task pane manifest', () => {
    const extra = variant('<Permissions>', '<FormSettings/>\n  <Permissions>');
    expectOnly(checkManifest(extra, lookup), 'order', /<FormSettings> is not a valid child of <OfficeApp>/);
  });

  it('Supertip before Label inside a button', () => {
    const control = variant(
      '<Label resid="TaskpaneButton.Label"/>\n                  <Supertip>',
      '<Supertip>',
    ).replace('</Supertip>', '</Supertip>\n                  <Label resid="TaskpaneButton.Label"/>');
    expectOnly(checkManifest(control, lookup), 'order', /<Label> must come before <Supertip> in <Control>/);
  });

  it('a missing required element', () => {
    const noSupport = variant('<SupportUrl DefaultValue="https://localhost:3000/help.html"/>', '');
    expectOnly(checkManifest(noSupport, lookup), 'required', /lacks <SupportUrl>/);
  });

  it('an Id that is not a GUID', () => {
    const bad = variant('e4b31b10-a570-481d-a4e2-ebbcde34924a', 'e4b31b10-a570-481d-a4e2-NOT-A-GUID');
    expectOnly(checkManifest(bad, lookup), 'id', /is not a GUID/);
  });

  it('the template GUID', () => {
    const copied = variant('e4b31b10-a570-481d-a4e2-ebbcde34924a', '05c2e1c9-3e1d-406e-9a91-e9ac64854143');
    expectOnly(checkManifest(copied, lookup), 'id', /template GUID/);
  });

  it('a Version with five parts', () => {
    const bad = variant('<Version>1.0.0.0</Version>', '<Version>1.0.0.0.1</Version>');
    expectOnly(checkManifest(bad, lookup), 'version', /must match/);
  });

  it('a host other than Workbook', () => {
    const word = variant('<Host Name="Workbook"/>', '<Host Name="Document"/>');
    expectOnly(checkManifest(word, lookup), 'host', /found: Document/);
  });

  it('a different ExcelApi minimum', () => {
    const higher = variant('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.8"/>');
    expectOnly(checkManifest(higher, lookup), 'requirements', /MinVersion is 1\.8, expected 1\.7/);
  });

  it('a resid that no resource declares', () => {
    const missing = variant('<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="Command.Url"/>');
    const problems = checkManifest(missing, lookup);
    expect(problems).toContainEqual({
      rule: 'resid',
      message: '<FunctionFile resid="Command.Url"> is not declared in <bt:Urls>',
    });
    expect(problems).toContainEqual({ rule: 'resid', message: 'resource "Commands.Url" is declared but never used' });
    expect(problems).toHaveLength(2);
  });

  it('a resid that points at the wrong kind of resource', () => {
    const wrongKind = variant('<Label resid="CommandsGroup.Label"/>', '<Label resid="Taskpane.Url"/>');
    const problems = checkManifest(wrongKind, lookup);
    expect(problems).toContainEqual({
      rule: 'resid',
      message: '<Label resid="Taskpane.Url"> needs a resource in <bt:ShortStrings>, but it is declared in <bt:Urls>',
    });
    expect(rulesOf(problems).every((r) => r === 'resid')).toBe(true);
  });

  it('a resource id longer than 32 characters', () => {
    const long = manifestXml.split('TaskpaneButton.Tooltip').join('NapMonitor.TaskpaneButton.Tooltip');
    expect(long).not.toBe(manifestXml);
    expectOnly(checkManifest(long, lookup), 'resid', /"NapMonitor\.TaskpaneButton\.Tooltip" is longer than 32/);
  });

  it('a plain http URL', () => {
    const http = variant(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<bt:Url id="Taskpane.Url" DefaultValue="http://localhost:3000/taskpane.html"/>',
    );
    expectOnly(
      checkManifest(http, lookup),
      'url',
      /<bt:Url> uses http:\/\/localhost:3000\/taskpane\.html; every URL must be https/,
    );
  });

  it('an icon whose pixel size does not match its declared size', () => {
    const wrongSize = variant(
      '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>',
      '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
    );
    expectOnly(checkManifest(wrongSize, lookup), 'icon', /icon-64\.png is 64x64, expected 80x80/);
  });

  it('an IconUrl that is not 32x32', () => {
    const wrongSize = variant(
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
    );
    expectOnly(checkManifest(wrongSize, lookup), 'icon', /<IconUrl>: .*is 16x16, expected 32x32/);
  });

  it('an icon file that does not exist', () => {
    const missing = variant('assets/icon-64.png', 'assets/icon-65.png');
    expectOnly(checkManifest(missing, lookup), 'icon', /icon-65\.png, which does not exist/);
  });

  it('a command icon set without the 80px image', () => {
    const noLarge = variant('<bt:Image size="80" resid="Icon.80x80"/>', '');
    expectOnly(checkManifest(noLarge, lookup), 'icon', /lacks the required 80px image/);
  });

  it('a DisplayName longer than 125 characters', () => {
    const long = variant('<DisplayName DefaultValue="NAP Monitor">', `<DisplayName DefaultValue="${'N'.repeat(126)}">`);
    expectOnly(checkManifest(long, lookup), 'length', /<DisplayName> is 126 characters, max 125/);
  });

  it('a Description longer than 250 characters', () => {
    const description = /<Description DefaultValue="([^"]*)">/.exec(manifestXml)?.[1] ?? '';
    expect(description.length).toBeGreaterThan(0);
    const long = variant(`DefaultValue="${description}"`, `DefaultValue="${'d'.repeat(251)}"`);
    expectOnly(checkManifest(long, lookup), 'length', /<Description> is 251 characters, max 250/);
  });

  it('short and long strings over their limits', () => {
    const short = variant('DefaultValue="NAP Monitor is ready"', `DefaultValue="${'s'.repeat(126)}"`);
    expectOnly(checkManifest(short, lookup), 'length', /resource "GetStarted.Title" is 126 characters, max 125/);
    const tooltip = /<bt:String id="TaskpaneButton.Tooltip" DefaultValue="([^"]*)"/.exec(manifestXml)?.[1] ?? '';
    const long = variant(tooltip, 'l'.repeat(251));
    expectOnly(checkManifest(long, lookup), 'length', /resource "TaskpaneButton.Tooltip" is 251 characters, max 250/);
  });

  it('a permission that does not exist for task pane add-ins', () => {
    const mail = variant('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>');
    expectOnly(checkManifest(mail, lookup), 'permissions', /"ReadWriteMailbox" must be one of/);
  });

  it('a content add-in instead of a task pane add-in', () => {
    const content = variant('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"');
    expectOnly(checkManifest(content, lookup), 'root', /must be TaskPaneApp/);
  });

  it('a wrong namespace', () => {
    const wrong = variant(
      'xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"',
      'xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/2.0"',
    );
    expectOnly(checkManifest(wrong, lookup), 'namespace', /<OfficeApp xmlns:bt> must be/);
  });

  it('XML that is not well-formed', () => {
    const broken = variant('</Permissions>', '</Permission>');
    expectOnly(checkManifest(broken, lookup), 'xml', /not well-formed/);
  });

  it('a document whose root is not OfficeApp', () => {
    expectOnly(checkManifest('<Manifest/>', lookup), 'root', /must be <OfficeApp>/);
  });
});

describe('assets', () => {
  it.each([16, 32, 64, 80, 128])('icon-%i.png is a PNG of exactly that size', (size) => {
    const bytes = fs.readFileSync(path.join(root, 'assets', `icon-${size}.png`));
    expect(readPngSize(bytes)).toEqual({ width: size, height: size });
  });

  it('readPngSize refuses bytes that are not a PNG', () => {
    expect(readPngSize(Buffer.from('GIF89a not a png at all, just text'))).toBeNull();
    expect(readPngSize(new Uint8Array(4))).toBeNull();
  });
});
