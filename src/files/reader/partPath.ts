/** Paths of parts inside the package, as relationships name them. */

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship's target resolved against the folder of the part that owns it ("worksheets/sheet1.xml"
 * from "xl/workbook.xml" is "xl/worksheets/sheet1.xml"; "/xl/…" is absolute). Null when it climbs out of
 * the package or is not a valid path.
 */
export function resolveTarget(owner: string, target: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return null;
  }
  const base = decoded.startsWith('/') ? [] : owner.split('/').slice(0, -1);
  const segments = [...base];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.length === 0 ? null : segments.join('/');
}
