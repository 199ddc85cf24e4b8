import { parseA1Range } from '../a1Range';
import { escapeXml, unescapeXml } from './xmlText';

export const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';

export const EMPTY_COMMENTS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';

/** A note for one cell, by its A1 reference. */
export interface RefNote {
  ref: string;
  text: string;
}

function authorIndex(xml: string, p: string, author: string): { xml: string; id: number } {
  const authors = new RegExp(`<${p}authors\\s*/>|<${p}authors>([\\s\\S]*?)</${p}authors>`).exec(xml);
  const names = [
    ...(authors?.[1] ?? '').matchAll(new RegExp(`<${p}author\\s*/>|<${p}author>([\\s\\S]*?)</${p}author>`, 'g')),
  ].map((match) => unescapeXml(match[1] ?? ''));
  const found = names.indexOf(author);
  if (found >= 0) return { xml, id: found };
  const element = `<${p}author>${escapeXml(author)}</${p}author>`;
  const list = `<${p}authors>${authors?.[1] ?? ''}${element}</${p}authors>`;
  return {
    xml: authors
      ? xml.replace(authors[0], () => list)
      : xml.replace(new RegExp(`<${p}comments\\b[^>]*>`), (root) => `${root}${list}`),
    id: names.length,
  };
}

/** A paragraph added below what a comment already says; a plain <t> becomes a run so the text holds runs only. */
function appended(comment: string, p: string, text: string): string {
  const run = `<${p}r><${p}t xml:space="preserve">${escapeXml(`\n${text}`)}</${p}t></${p}r>`;
  const body = new RegExp(`(<${p}text>)([\\s\\S]*?)(</${p}text>)`).exec(comment);
  if (!body) return comment;
  const runs = new RegExp(`<${p}r>`).test(body[2])
    ? body[2]
    : body[2].replace(new RegExp(`<${p}t\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}t>)`), (t) => `<${p}r>${t}</${p}r>`);
  const last = runs.lastIndexOf(`</${p}r>`);
  const merged =
    last < 0 ? run + runs : `${runs.slice(0, last + p.length + 4)}${run}${runs.slice(last + p.length + 4)}`;
  return comment.replace(body[0], () => `${body[1]}${merged}${body[3]}`);
}

function position(comment: string): number {
  const box = parseA1Range(/\sref="([^"]*)"/.exec(comment)?.[1] ?? '');
  return box ? box.top * 16_384 + box.left : Number.MAX_SAFE_INTEGER;
}

/**
 * The comments part with the notes added by `author`: a cell that has a comment already keeps it and gets
 * the note as a paragraph below (one comment per cell is all a sheet may hold); comments stay in row order,
 * as Excel writes them. Also says which cells got a new comment: those need a shape in the VML drawing.
 */
export function withNotes(xml: string, notes: readonly RefNote[], author: string): { xml: string; added: string[] } {
  const p = /<(\w+:)?comments\b/.exec(xml)?.[1] ?? '';
  const { xml: withAuthor, id } = authorIndex(xml, p, author);
  const list = new RegExp(`<${p}commentList\\s*/>|<${p}commentList>([\\s\\S]*?)</${p}commentList>`).exec(withAuthor);
  const comments = [
    ...(list?.[1] ?? '').matchAll(new RegExp(`<${p}comment\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}comment>)`, 'g')),
  ].map((match) => match[0]);
  const added: string[] = [];
  for (const note of notes) {
    const at = comments.findIndex((comment) => /\sref="([^"]*)"/.exec(comment)?.[1] === note.ref);
    if (at >= 0) comments[at] = appended(comments[at], p, note.text);
    else {
      added.push(note.ref);
      comments.push(
        `<${p}comment ref="${escapeXml(note.ref)}" authorId="${id}"><${p}text><${p}r><${p}t xml:space="preserve">${escapeXml(note.text)}</${p}t></${p}r></${p}text></${p}comment>`,
      );
    }
  }
  const sorted = comments
    .map((comment, order) => ({ comment, order, at: position(comment) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ comment }) => comment);
  const element = `<${p}commentList>${sorted.join('')}</${p}commentList>`;
  return {
    xml: list
      ? withAuthor.replace(list[0], () => element)
      : withAuthor.replace(new RegExp(`</${p}authors>`), (close) => `${close}${element}`),
    added,
  };
}
