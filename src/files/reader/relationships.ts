import type { Archive } from './archive';
import type { ReaderLimits } from './limits';
import { relsPathOf, resolveTarget } from './partPath';
import { cut, fail } from './problem';
import { readXmlPart, type PartPlace } from './xmlPart';

/** An internal relationship: its kind (the last word of its type URI, e.g. "worksheet") and its part. */
export interface Relationship {
  kind: string;
  part: string;
}

/**
 * The internal relationships of `owner` by id (external ones, such as hyperlinks, are never followed).
 * A relationship to a part that is not in the package is a damaged file, not something to skip silently.
 */
export function readRelationships(
  archive: Archive,
  owner: string,
  limits: ReaderLimits,
  place: PartPlace = {},
): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  const ids = new Set<string>();
  const path = relsPathOf(owner);
  if (!archive.has(path)) return found;
  readXmlPart(
    archive,
    path,
    {
      open(name, attributes) {
        if (name !== 'Relationship') return;
        const id = attributes.get('Id');
        const type = attributes.get('Type');
        const target = attributes.get('Target');
        if (id === undefined || type === undefined || target === undefined || ids.has(id))
          fail('reader.error.damagedPart', { file: archive.file, part: path });
        ids.add(id);
        if (attributes.get('TargetMode') === 'External') return;
        const part = resolveTarget(owner, target);
        if (part === null || !archive.has(part))
          fail('reader.error.danglingRelationship', { file: archive.file, part: owner, target: cut(target) });
        if (ids.size > limits.parts * 4) fail('reader.error.tooComplexPart', { file: archive.file, part: path });
        found.set(id, { kind: type.slice(type.lastIndexOf('/') + 1), part });
      },
      close() {},
      text() {},
    },
    limits,
    place,
  );
  return found;
}

export function relationshipOfKind(relationships: Map<string, Relationship>, kind: string): Relationship | undefined {
  for (const relationship of relationships.values()) if (relationship.kind === kind) return relationship;
  return undefined;
}
