/**
 * Just enough XML for WordprocessingML parts: a scanner over the tags and the text between them, each with
 * its offsets in the part's string (so a writer can splice the part without rewriting the rest), attribute
 * look-up and the five entities plus character references. No DTDs (OOXML has none); comments, processing
 * instructions and CDATA are stepped over.
 */

export interface XmlTag {
  readonly kind: 'open' | 'close' | 'empty';
  /** The qualified name, w:p. */
  readonly name: string;
  /** Offsets of `<` and just past `>`. */
  readonly start: number;
  readonly end: number;
  /** The tag's source, for its attributes. */
  readonly source: string;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.includes('&')
    ? text.replace(ENTITY, (_, decimal: string | undefined, hex: string | undefined, name: string | undefined) =>
      name ? NAMED[name] ?? '' : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex ?? '0', 16)))
    : text;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : '&quot;'));
}

/** The value of attribute `name` (w:val) on a tag, entities decoded; undefined when it has none. */
export function attribute(tag: XmlTag, name: string): string | undefined {
  const at = tag.source.indexOf(` ${name}=`);
  if (at < 0) {
    const spaced = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(["'])([^"']*)\\1`).exec(tag.source);
    return spaced ? decodeEntities(spaced[2] ?? '') : undefined;
  }
  const quote = tag.source.charAt(at + name.length + 2);
  const from = at + name.length + 3;
  return decodeEntities(tag.source.slice(from, tag.source.indexOf(quote, from)));
}

/**
 * Calls `onTag` for each element tag and `onText` for each stretch of character data between tags, in
 * document order. `onTag` may return 'skip' on an open tag to step over the element's content and its close tag, neither reported.
 */
export function scanXml(xml: string, onTag: (tag: XmlTag) => 'skip' | void, onText?: (start: number, end: number) => void): void {
  TAG.lastIndex = 0;
  let last = 0;
  let skipping: { name: string; depth: number } | null = null;
  for (let match = TAG.exec(xml); match; match = TAG.exec(xml)) {
    const start = match.index;
    const end = start + match[0].length;
    const name = match[2];
    if (!skipping && onText && start > last) {
      onText(last, start);
    }
    last = end;
    if (name === undefined) {
      continue;
    }
    const kind = match[1] === '/' ? 'close' : match[4] === '/' ? 'empty' : 'open';
    if (skipping) {
      if (name === skipping.name) {
        skipping.depth += kind === 'open' ? 1 : kind === 'close' ? -1 : 0;
        if (skipping.depth === 0) {
          skipping = null;
        }
      }
      continue;
    }
    if (onTag({ kind, name, start, end, source: match[0] }) === 'skip' && kind === 'open') {
      skipping = { name, depth: 1 };
    }
  }
  if (!skipping && onText && last < xml.length) {
    onText(last, xml.length);
  }
}
