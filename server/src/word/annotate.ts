/**
 * A copy of a .docx with Word comments (批注) anchored on given stretches of its text. Only
 * word/document.xml gains the comment markers (a run holding a stretch's edge is split in two there, its
 * properties repeated); comments.xml gets the new comments after any it has; the relationship and the content
 * type are added when missing. Every other part is copied byte for byte; the text reads the same.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import { countBefore } from '../analysis';
import { DOCUMENT_PART, type TextPiece, type WordText } from './read-docx';
import { decodeEntities, escapeXml } from './xml';

export interface WordComment {
  /** Offsets in the text read from the file (WordText.text). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const COMMENTS_PART = 'word/comments.xml';
const RELATIONSHIPS_PART = 'word/_rels/document.xml.rels';
const CONTENT_TYPES_PART = '[Content_Types].xml';
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Markup to insert into document.xml at an offset (a split run's seam included). */
interface Insertion {
  readonly at: number;
  readonly markup: string;
  /** Starts come after ends at the same place, so touching ranges do not overlap. */
  readonly order: number;
}

/** The offset in `xml` of the UTF-16 unit `count` units into a w:t's text (an entity is the units it stands for). */
function xmlOffsetIn(xml: string, piece: TextPiece, count: number): number {
  let at = piece.xmlStart;
  let seen = 0;
  while (seen < count && at < piece.xmlEnd) {
    if (xml.charAt(at) === '&') {
      const end = xml.indexOf(';', at) + 1;
      seen += decodeEntities(xml.slice(at, end)).length;
      at = end;
    } else {
      at++;
      seen++;
    }
  }
  return at;
}

class DocumentMarkup {
  private readonly insertions: Insertion[] = [];

  constructor(private readonly word: WordText) {}

  /** Whether any characters of the XML's own text lie in [start, end) (an automatic number has none). */
  hasText(start: number, end: number): boolean {
    const pieces = this.word.pieces;
    // The first piece that ends after `start` (pieces are in text order), then on while they start before `end`.
    for (let at = countBefore(pieces, (piece) => piece.textEnd <= start); at < pieces.length && (pieces[at] as TextPiece).textStart < end; at++) {
      if ((pieces[at] as TextPiece).kind === 'text') {
        return true;
      }
    }
    return false;
  }

  /** The piece that holds text offset `offset` (as a start: the piece it begins; as an end: the piece it closes). */
  private pieceAt(offset: number, asEnd: boolean): TextPiece | undefined {
    const pieces = this.word.pieces;
    let low = 0;
    let high = pieces.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const piece = pieces[middle] as TextPiece;
      if (asEnd ? piece.textEnd < offset : piece.textEnd <= offset) {
        low = middle + 1;
      } else if (asEnd ? piece.textStart >= offset : piece.textStart > offset) {
        high = middle - 1;
      } else {
        return piece;
      }
    }
    return asEnd ? pieces[high] : pieces[low];
  }

  /** Where markup goes for text offset `offset`: between runs when it is a run's edge, else a split of the run. */
  add(offset: number, markup: string, asEnd: boolean): void {
    const xml = this.word.documentXml;
    const piece = this.pieceAt(offset, asEnd);
    if (!piece) {
      return;
    }
    const order = asEnd ? 0 : 1;
    if (piece.kind !== 'text') {
      this.insertions.push({ at: piece.kind === 'label' ? piece.xmlStart : xml.lastIndexOf('<w:r', piece.xmlStart), markup, order });
      return;
    }
    const into = Math.max(0, Math.min(offset, piece.textEnd) - piece.textStart);
    const runStart = Math.max(xml.lastIndexOf('<w:r>', piece.xmlStart), xml.lastIndexOf('<w:r ', piece.xmlStart));
    const runEnd = xml.indexOf('</w:r>', piece.xmlEnd) + '</w:r>'.length;
    if (into === 0 && !asEnd) {
      this.insertions.push({ at: runStart, markup, order });
    } else if (piece.textStart + into === piece.textEnd && asEnd) {
      this.insertions.push({ at: runEnd, markup, order });
    } else {
      const properties = /^<w:r[^>]*>\s*(<w:rPr>[\s\S]*?<\/w:rPr>)?/.exec(xml.slice(runStart, piece.xmlStart))?.[1] ?? '';
      const split = xmlOffsetIn(xml, piece, into);
      this.insertions.push({ at: split, markup: `</w:t></w:r>${markup}<w:r>${properties}<w:t xml:space="preserve">`, order });
    }
  }

  /** document.xml with every insertion made, in order of place (the original offsets hold). */
  apply(): string {
    const xml = this.word.documentXml;
    const sorted = [...this.insertions].sort((a, b) => a.at - b.at || a.order - b.order);
    let out = '';
    let last = 0;
    for (const insertion of sorted) {
      out += xml.slice(last, insertion.at) + insertion.markup;
      last = insertion.at;
    }
    return out + xml.slice(last);
  }
}

function highestCommentId(parts: Readonly<Record<string, Uint8Array>>, documentXml: string): number {
  const comments = parts[COMMENTS_PART] ? strFromU8(parts[COMMENTS_PART]) : '';
  const ids = [...`${comments}${documentXml}`.matchAll(/<w:(?:comment|commentRangeStart|commentReference)\b[^>]*\bw:id="(\d+)"/g)].map((match) => Number(match[1]));
  return Math.max(-1, ...ids);
}

function commentsPart(existing: Uint8Array | undefined, comments: readonly string[]): string {
  const added = comments.join('');
  if (existing) {
    const xml = strFromU8(existing);
    const close = xml.lastIndexOf('</w:comments>');
    return close >= 0 ? xml.slice(0, close) + added + xml.slice(close) : xml.replace(/<w:comments\b([^>]*)\/>/, `<w:comments$1>${added}</w:comments>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W_NAMESPACE}">${added}</w:comments>`;
}

function withRelationship(parts: Readonly<Record<string, Uint8Array>>): string | undefined {
  const xml = parts[RELATIONSHIPS_PART] ? strFromU8(parts[RELATIONSHIPS_PART]) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (xml.includes(COMMENTS_TYPE)) {
    return undefined;
  }
  return xml.replace('</Relationships>', `<Relationship Id="rIdGongwenComments" Type="${COMMENTS_TYPE}" Target="comments.xml"/></Relationships>`);
}

function withContentType(parts: Readonly<Record<string, Uint8Array>>): string | undefined {
  const xml = strFromU8(parts[CONTENT_TYPES_PART] ?? new Uint8Array());
  return xml.includes('/word/comments.xml') ? undefined : xml.replace('</Types>', `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_CONTENT_TYPE}"/></Types>`);
}

/** The .docx with one comment per entry of `comments`, by `author`, dated `date`. */
export function annotateWord(word: WordText, comments: readonly WordComment[], author: string, date: Date): Uint8Array {
  const markup = new DocumentMarkup(word);
  const written: string[] = [];
  let id = highestCommentId(word.parts, word.documentXml);
  const when = date.toISOString().replace(/\.\d+Z$/, 'Z');
  for (const comment of comments) {
    id++;
    const start = `<w:commentRangeStart w:id="${id}"/>`;
    const end = `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
    if (markup.hasText(comment.start, comment.end)) {
      markup.add(comment.start, start, false);
      markup.add(comment.end, end, true);
    } else {
      // Nothing of the file's own text to mark (an automatic number, an empty stretch): the comment is a point where it starts.
      markup.add(comment.start, start + end, false);
    }
    written.push(`<w:comment w:id="${id}" w:author="${escapeXml(author)}" w:date="${when}" w:initials="${escapeXml(author.slice(0, 2))}"><w:p><w:r><w:t xml:space="preserve">${escapeXml(comment.text)}</w:t></w:r></w:p></w:comment>`);
  }
  const changed: Record<string, Uint8Array> = {
    [DOCUMENT_PART]: strToU8(markup.apply()),
    [COMMENTS_PART]: strToU8(commentsPart(word.parts[COMMENTS_PART], written)),
  };
  const relationships = withRelationship(word.parts);
  if (relationships !== undefined) {
    changed[RELATIONSHIPS_PART] = strToU8(relationships);
  }
  const contentTypes = withContentType(word.parts);
  if (contentTypes !== undefined) {
    changed[CONTENT_TYPES_PART] = strToU8(contentTypes);
  }
  return zipSync({ ...word.parts, ...changed });
}

