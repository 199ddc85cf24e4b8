// Offline structural check of the XML add-in manifest. `office-addin-manifest validate` posts the file to a
// Microsoft web service, which CI cannot reach; this covers the rules that break sideloading in practice.
// Sources: learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering and the task pane XSDs
// (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd), docs/manifest/{resources,string,iconurl,
// highresolutioniconurl,permissions}.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type ManifestRule =
  | 'xml'
  | 'root'
  | 'namespace'
  | 'order'
  | 'required'
  | 'id'
  | 'version'
  | 'host'
  | 'requirements'
  | 'resid'
  | 'url'
  | 'icon'
  | 'length'
  | 'permissions'
  | 'locale';

export interface ManifestProblem {
  rule: ManifestRule;
  message: string;
}

export interface ImageSize {
  width: number;
  height: number;
}

/** Finds the pixel size of the image a manifest URL points at; a string explains why it could not. */
export type IconSizeLookup = (url: string) => ImageSize | string;

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export const EXPECTED_EXCEL_API_VERSION = '1.7';

const NAMESPACES = {
  office: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  basicTypes: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  overrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
};

const TOP_LEVEL_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
];

// Elements every NAP Monitor manifest carries (the XSD makes some optional; AppSource and our ribbon need them).
const TOP_LEVEL_REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];

// xs:sequence of the complex types below the top level that this manifest uses.
const NESTED_ORDER: Record<string, string[]> = {
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action', 'Items'],
  Supertip: ['Title', 'Description'],
  Action: ['TaskpaneId', 'SourceLocation', 'Title', 'FunctionName'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
};

type ResourceKind = 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings';

const RESOURCE_KIND_OF_REFERENCE: Record<string, ResourceKind> = {
  'bt:Image': 'bt:Images',
  FunctionFile: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  SourceLocation: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

const MAX_RESOURCE_ID_LENGTH = 32;
const MAX_URL_LENGTH = 2048;
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;
const REQUIRED_COMMAND_ICON_SIZES = [16, 32, 80];
const ICON_URL_SIZE = 32;
const HIGH_RESOLUTION_ICON_URL_SIZE = 64;

const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The Yeoman template's Id: a manifest that still carries it collides with every other template-born add-in.
const TEMPLATE_GUID = '05c2e1c9-3e1d-406e-9a91-e9ac64854143';
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Resolves `<anything>/assets/<file>` URLs to files in `assetsDir` (dev and deployed URLs alike). */
export function assetIconLookup(assetsDir: string): IconSizeLookup {
  return (url) => {
    const match = /\/assets\/([^/?#]+)$/.exec(new URL(url).pathname);
    if (!match) return `${url} does not point into assets/`;
    const file = path.join(assetsDir, match[1]);
    if (!fs.existsSync(file)) return `${url} points at ${file}, which does not exist`;
    return readPngSize(fs.readFileSync(file)) ?? `${file} is not a PNG file`;
  };
}

function toElements(nodes: unknown[]): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes as Record<string, unknown>[]) {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (name === undefined || name.startsWith('#') || name.startsWith('?')) continue;
    const content = node[name] as Record<string, unknown>[];
    const text = content
      .filter((child) => '#text' in child)
      .map((child) => String(child['#text']))
      .join('');
    elements.push({
      name,
      attributes: (node[':@'] as Record<string, string> | undefined) ?? {},
      children: toElements(content),
      text,
    });
  }
  return elements;
}

function parse(xml: string): XmlElement[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
  });
  return toElements(parser.parse(xml) as unknown[]);
}

function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

function checkOrder(
  parent: XmlElement,
  order: string[],
  problems: ManifestProblem[],
  where: string,
  rejectUnknown: boolean,
): void {
  let lastIndex = -1;
  let lastName = '';
  for (const { name } of parent.children) {
    const index = order.indexOf(name);
    if (index < 0) {
      if (rejectUnknown) problems.push({ rule: 'order', message: `<${name}> is not a valid child of ${where}` });
      continue;
    }
    if (index < lastIndex) {
      problems.push({ rule: 'order', message: `<${name}> must come before <${lastName}> in ${where}` });
    } else {
      lastIndex = index;
      lastName = name;
    }
  }
}

function checkRootAndNamespaces(root: XmlElement, problems: ManifestProblem[]): void {
  if (root.attributes['xsi:type'] !== 'TaskPaneApp') {
    problems.push({
      rule: 'root',
      message: `<OfficeApp> xsi:type must be TaskPaneApp, not "${root.attributes['xsi:type'] ?? ''}"`,
    });
  }
  const expected: [string, string][] = [
    ['xmlns', NAMESPACES.office],
    ['xmlns:xsi', NAMESPACES.xsi],
    ['xmlns:bt', NAMESPACES.basicTypes],
  ];
  for (const [attribute, value] of expected) {
    if (root.attributes[attribute] !== value) {
      problems.push({ rule: 'namespace', message: `<OfficeApp ${attribute}> must be ${value}` });
    }
  }
  const overrides = child(root, 'VersionOverrides');
  if (overrides && overrides.attributes.xmlns !== NAMESPACES.overrides) {
    problems.push({ rule: 'namespace', message: `<VersionOverrides xmlns> must be ${NAMESPACES.overrides}` });
  }
  if (overrides && overrides.attributes['xsi:type'] !== 'VersionOverridesV1_0') {
    problems.push({ rule: 'namespace', message: '<VersionOverrides> xsi:type must be VersionOverridesV1_0' });
  }
}

function checkStructure(root: XmlElement, problems: ManifestProblem[]): void {
  checkOrder(root, TOP_LEVEL_ORDER, problems, '<OfficeApp>', true);
  const names = root.children.map((c) => c.name);
  for (const name of TOP_LEVEL_REQUIRED) {
    if (!names.includes(name)) problems.push({ rule: 'required', message: `<OfficeApp> lacks <${name}>` });
  }
  for (const name of new Set(names)) {
    if (names.filter((n) => n === name).length > 1) {
      problems.push({ rule: 'order', message: `<${name}> appears more than once in <OfficeApp>` });
    }
  }
  const overrides = child(root, 'VersionOverrides');
  if (!overrides) return;
  for (const element of walk(overrides)) {
    const order = NESTED_ORDER[element.name];
    if (order) checkOrder(element, order, problems, `<${element.name}>`, false);
  }
}

function checkIdentity(root: XmlElement, problems: ManifestProblem[]): void {
  const id = child(root, 'Id')?.text ?? '';
  if (!GUID.test(id)) problems.push({ rule: 'id', message: `<Id> "${id}" is not a GUID` });
  else if (id.toLowerCase() === TEMPLATE_GUID)
    problems.push({ rule: 'id', message: '<Id> is the template GUID; generate a new one' });
  const version = child(root, 'Version')?.text ?? '';
  if (!VERSION.test(version))
    problems.push({ rule: 'version', message: `<Version> "${version}" must match n(.n){0,3}` });
  const permissions = child(root, 'Permissions')?.text ?? '';
  if (!PERMISSIONS.includes(permissions)) {
    problems.push({
      rule: 'permissions',
      message: `<Permissions> "${permissions}" must be one of ${PERMISSIONS.join(', ')}`,
    });
  }
}

function checkHostsAndRequirements(root: XmlElement, problems: ManifestProblem[]): void {
  const hosts = child(root, 'Hosts')?.children ?? [];
  if (hosts.length !== 1 || hosts[0].attributes.Name !== 'Workbook') {
    const found = hosts.map((h) => h.attributes.Name).join(', ');
    problems.push({
      rule: 'host',
      message: `<Hosts> must contain exactly <Host Name="Workbook"/>, found: ${found || 'none'}`,
    });
  }
  const overrideHosts = child(child(root, 'VersionOverrides'), 'Hosts')?.children ?? [];
  for (const host of overrideHosts) {
    if (host.attributes['xsi:type'] !== 'Workbook') {
      problems.push({
        rule: 'host',
        message: `<VersionOverrides> declares host "${host.attributes['xsi:type'] ?? ''}", expected Workbook`,
      });
    }
  }
  const sets = child(child(root, 'Requirements'), 'Sets')?.children ?? [];
  const excel = sets.find((s) => s.attributes.Name === 'ExcelApi');
  if (!excel) {
    problems.push({ rule: 'requirements', message: '<Requirements> must name the ExcelApi requirement set' });
  } else if (excel.attributes.MinVersion !== EXPECTED_EXCEL_API_VERSION) {
    problems.push({
      rule: 'requirements',
      message: `ExcelApi MinVersion is ${excel.attributes.MinVersion ?? 'missing'}, expected ${EXPECTED_EXCEL_API_VERSION}`,
    });
  }
}

interface Resource {
  kind: ResourceKind;
  value: string;
  overrides: string[];
}

function collectResources(root: XmlElement, problems: ManifestProblem[]): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  const section = child(child(root, 'VersionOverrides'), 'Resources');
  for (const group of section?.children ?? []) {
    const kind = group.name as ResourceKind;
    for (const entry of group.children) {
      const id = entry.attributes.id ?? '';
      if (id.length > MAX_RESOURCE_ID_LENGTH) {
        problems.push({
          rule: 'resid',
          message: `resource id "${id}" is longer than ${MAX_RESOURCE_ID_LENGTH} characters`,
        });
      }
      if (resources.has(id)) problems.push({ rule: 'resid', message: `resource id "${id}" is declared twice` });
      const overrides = entry.children.filter((c) => c.name === 'bt:Override').map((c) => c.attributes.Value ?? '');
      resources.set(id, { kind, value: entry.attributes.DefaultValue ?? '', overrides });
    }
  }
  return resources;
}

function checkResourceReferences(
  root: XmlElement,
  resources: Map<string, Resource>,
  problems: ManifestProblem[],
): void {
  const used = new Set<string>();
  const overrides = child(root, 'VersionOverrides');
  if (!overrides) return;
  for (const element of walk(overrides)) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const expected = RESOURCE_KIND_OF_REFERENCE[element.name];
    const resource = resources.get(resid);
    if (!expected) {
      problems.push({ rule: 'resid', message: `<${element.name} resid="${resid}"> is not a known resource reference` });
    } else if (!resource) {
      problems.push({ rule: 'resid', message: `<${element.name} resid="${resid}"> is not declared in <${expected}>` });
    } else if (resource.kind !== expected) {
      problems.push({
        rule: 'resid',
        message: `<${element.name} resid="${resid}"> needs a resource in <${expected}>, but it is declared in <${resource.kind}>`,
      });
    }
  }
  for (const id of resources.keys()) {
    if (!used.has(id)) problems.push({ rule: 'resid', message: `resource "${id}" is declared but never used` });
  }
}

function checkLengths(root: XmlElement, resources: Map<string, Resource>, problems: ManifestProblem[]): void {
  const limited: [string, number][] = [
    ['DisplayName', MAX_SHORT_STRING],
    ['Description', MAX_LONG_STRING],
  ];
  for (const [name, max] of limited) {
    const element = child(root, name);
    const values = [
      element?.attributes.DefaultValue ?? '',
      ...(element?.children ?? []).map((c) => c.attributes.Value ?? ''),
    ];
    for (const value of values) {
      if (value.length > max)
        problems.push({ rule: 'length', message: `<${name}> is ${value.length} characters, max ${max}` });
    }
  }
  for (const [id, resource] of resources) {
    const max =
      resource.kind === 'bt:ShortStrings'
        ? MAX_SHORT_STRING
        : resource.kind === 'bt:LongStrings'
          ? MAX_LONG_STRING
          : MAX_URL_LENGTH;
    for (const value of [resource.value, ...resource.overrides]) {
      if (value.length > max) {
        problems.push({ rule: 'length', message: `resource "${id}" is ${value.length} characters, max ${max}` });
      }
    }
  }
}

function checkUrls(root: XmlElement, problems: ManifestProblem[]): void {
  for (const element of walk(root)) {
    const candidates = [
      element.text,
      ...Object.entries(element.attributes)
        .filter(([k]) => !k.startsWith('xmlns'))
        .map(([, v]) => v),
    ];
    for (const value of candidates) {
      if (!ABSOLUTE_URL.test(value)) continue;
      if (!value.toLowerCase().startsWith('https://')) {
        problems.push({ rule: 'url', message: `<${element.name}> uses ${value}; every URL must be https` });
      }
      if (value.length > MAX_URL_LENGTH) {
        problems.push({ rule: 'url', message: `<${element.name}> URL is longer than ${MAX_URL_LENGTH} characters` });
      }
    }
  }
  const mustBeUrls = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'];
  const urlElements = [
    ...mustBeUrls.map((name) => child(root, name)),
    child(child(root, 'DefaultSettings'), 'SourceLocation'),
  ];
  for (const element of urlElements) {
    // A missing element is reported by checkStructure.
    if (element && !/^https:\/\//i.test(element.attributes.DefaultValue ?? '')) {
      problems.push({ rule: 'url', message: `<${element.name}> must be an absolute https URL` });
    }
  }
}

function checkIconSize(
  url: string,
  size: number,
  where: string,
  lookup: IconSizeLookup,
  problems: ManifestProblem[],
): void {
  if (!/^https:\/\//i.test(url)) return; // reported by checkUrls
  const found = lookup(url);
  if (typeof found === 'string') {
    problems.push({ rule: 'icon', message: `${where}: ${found}` });
  } else if (found.width !== size || found.height !== size) {
    problems.push({
      rule: 'icon',
      message: `${where}: ${url} is ${found.width}x${found.height}, expected ${size}x${size}`,
    });
  }
}

function checkIcons(
  root: XmlElement,
  resources: Map<string, Resource>,
  lookup: IconSizeLookup,
  problems: ManifestProblem[],
): void {
  checkIconSize(child(root, 'IconUrl')?.attributes.DefaultValue ?? '', ICON_URL_SIZE, '<IconUrl>', lookup, problems);
  checkIconSize(
    child(root, 'HighResolutionIconUrl')?.attributes.DefaultValue ?? '',
    HIGH_RESOLUTION_ICON_URL_SIZE,
    '<HighResolutionIconUrl>',
    lookup,
    problems,
  );
  const overrides = child(root, 'VersionOverrides');
  if (!overrides) return;
  for (const icon of walk(overrides)) {
    if (icon.name !== 'Icon') continue;
    const sizes = icon.children.map((image) => Number(image.attributes.size));
    for (const size of REQUIRED_COMMAND_ICON_SIZES) {
      if (!sizes.includes(size)) problems.push({ rule: 'icon', message: `<Icon> lacks the required ${size}px image` });
    }
    for (const image of icon.children) {
      const resource = resources.get(image.attributes.resid ?? '');
      if (resource?.kind !== 'bt:Images') continue; // reported by checkResourceReferences
      const size = Number(image.attributes.size);
      checkIconSize(
        resource.value,
        size,
        `<bt:Image size="${size}" resid="${image.attributes.resid}">`,
        lookup,
        problems,
      );
    }
  }
}

/**
 * A full tag such as sr-Latn-RS or mk-MK: docs/develop/localization.md warns that a language name alone
 * "isn't supported across all combinations of Office client applications and platforms".
 */
const FULL_LOCALE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?-[A-Z]{2}$/;

function checkLocales(root: XmlElement, problems: ManifestProblem[]): void {
  const defaultLocale = child(root, 'DefaultLocale')?.text ?? '';
  if (!FULL_LOCALE.test(defaultLocale)) {
    problems.push({ rule: 'locale', message: `<DefaultLocale> "${defaultLocale}" is not a full language tag` });
  }
  for (const element of walk(root)) {
    const locales = element.children
      .filter((c) => c.name === 'Override' || c.name === 'bt:Override')
      .map((c) => c.attributes.Locale ?? '');
    const where = element.attributes.id ? `<${element.name} id="${element.attributes.id}">` : `<${element.name}>`;
    for (const locale of locales) {
      if (!FULL_LOCALE.test(locale)) {
        problems.push({ rule: 'locale', message: `${where} overrides "${locale}", which is not a full language tag` });
      }
      // "You may only specify a single override per language, including for the default locale."
      if (locale.toLowerCase() === defaultLocale.toLowerCase() || locales.filter((l) => l === locale).length > 1) {
        problems.push({ rule: 'locale', message: `${where} overrides ${locale} more than once` });
      }
    }
  }
}

/** The texts of the manifest per locale: DisplayName, Description and every string resource by id. */
export function localizedManifestTexts(xml: string): Record<string, Record<string, string>> {
  const root = parse(xml).find((element) => element.name === 'OfficeApp');
  const texts: Record<string, Record<string, string>> = {};
  const defaultLocale = child(root, 'DefaultLocale')?.text ?? '';
  const add = (name: string, element: XmlElement | undefined) => {
    if (!element) return;
    (texts[defaultLocale] ??= {})[name] = element.attributes.DefaultValue ?? '';
    for (const override of element.children) {
      (texts[override.attributes.Locale ?? ''] ??= {})[name] = override.attributes.Value ?? '';
    }
  };
  add('DisplayName', child(root, 'DisplayName'));
  add('Description', child(root, 'Description'));
  for (const element of root ? walk(root) : []) {
    if (element.name === 'bt:String') add(element.attributes.id ?? '', element);
  }
  return texts;
}

/** Every problem found in the manifest text; an empty list means the manifest passes. */
export function checkManifest(xml: string, lookup: IconSizeLookup): ManifestProblem[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    return [{ rule: 'xml', message: `not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})` }];
  }
  const roots = parse(xml);
  const root = roots[0];
  if (roots.length !== 1 || root.name !== 'OfficeApp') {
    return [{ rule: 'root', message: 'the document element must be <OfficeApp>' }];
  }
  const problems: ManifestProblem[] = [];
  checkRootAndNamespaces(root, problems);
  checkStructure(root, problems);
  checkIdentity(root, problems);
  checkHostsAndRequirements(root, problems);
  const resources = collectResources(root, problems);
  checkResourceReferences(root, resources, problems);
  checkLengths(root, resources, problems);
  checkUrls(root, problems);
  checkIcons(root, resources, lookup, problems);
  checkLocales(root, problems);
  return problems;
}

/** Checks a manifest file against the icons in an assets directory. */
export function checkManifestFile(manifestPath: string, assetsDir: string): ManifestProblem[] {
  return checkManifest(fs.readFileSync(manifestPath, 'utf8'), assetIconLookup(assetsDir));
}
