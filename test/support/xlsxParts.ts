import { inflateRawSync } from 'node:zlib';
import { entryData, readZipDirectory, readZipEntries } from '../../src/files/zipDirectory';
import { buildZip } from './zipBuilder';

/** Every part of a zip as bytes, for looking at the XML we wrote or forging a hostile variant of it. */
export function unzipParts(bytes: Uint8Array): Map<string, Uint8Array> {
  const directory = readZipDirectory(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const entry of readZipEntries(bytes, directory)) {
    const data = entryData(bytes, entry, directory);
    parts.set(entry.name, entry.method === 8 ? new Uint8Array(inflateRawSync(data)) : data);
  }
  return parts;
}

export function partText(bytes: Uint8Array, name: string): string {
  const part = unzipParts(bytes).get(name);
  if (!part) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(part);
}

/** The same package with some parts' XML rewritten. */
export function rezip(bytes: Uint8Array, edit: (name: string, xml: string) => string): Uint8Array {
  const decoder = new TextDecoder();
  return buildZip(
    [...unzipParts(bytes)].map(([name, data]) => ({
      name,
      data: name.endsWith('.xml') || name.endsWith('.rels') ? edit(name, decoder.decode(data)) : data,
      deflate: true,
    })),
  );
}
