import { unzipSync, zipSync } from 'fflate';
import { relsPathOf, resolveTarget } from '../reader/partPath';
import { attributeOf } from './xmlText';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * An .xlsx package as its parts, for changing a few of them and leaving every other part exactly as it was
 * (charts, images, comments, names, rules, validations, styles: whatever we do not own). Opened only after
 * the values-only reader has vetted the file (sizes, ratios, structure).
 */
export class PackageParts {
  private readonly changed = new Set<string>();

  private constructor(private readonly parts: Map<string, Uint8Array>) {}

  static open(bytes: Uint8Array): PackageParts {
    return new PackageParts(new Map(Object.entries(unzipSync(bytes))));
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  text(name: string): string {
    const part = this.parts.get(name);
    if (!part) throw new Error(`The package has no part ${name}`);
    return decoder.decode(part);
  }

  setText(name: string, xml: string): void {
    this.parts.set(name, encoder.encode(xml));
    this.changed.add(name);
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  /** The parts this session rewrote or added. */
  changedParts(): string[] {
    return [...this.changed];
  }

  /** Relationships of a part: id → resolved target part, with their type's last segment. */
  relationships(owner: string): { id: string; type: string; target: string }[] {
    const rels = relsPathOf(owner);
    if (!this.has(rels)) return [];
    return [...this.text(rels).matchAll(/<Relationship\b[^>]*>/g)].flatMap(([element]) => {
      const id = attributeOf(element, 'Id');
      const type = attributeOf(element, 'Type') ?? '';
      const target = attributeOf(element, 'Target');
      if (!id || !target || attributeOf(element, 'TargetMode') === 'External') return [];
      const part = resolveTarget(owner, target);
      return part ? [{ id, type: type.slice(type.lastIndexOf('/') + 1), target: part }] : [];
    });
  }

  toBytes(): Uint8Array {
    return zipSync(Object.fromEntries(this.parts), { level: 6 });
  }
}
