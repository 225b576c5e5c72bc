/** Small helpers over JS string offsets, shared by the parser and the rules. */

export interface Line {
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset of the line break (or the end of the text). */
  readonly end: number;
}

/** A set of UTF-16 codes (characters of the Basic Multilingual Plane), tested by table look-up: the scans that test every character of a text use it. */
export class CodeSet {
  private readonly table = new Uint8Array(0x10000);
  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) {
      this.table[chars.charCodeAt(i)] = 1;
    }
  }
  /** NaN (charCodeAt past the end) is in no set. */
  has(code: number): boolean {
    return this.table[code] === 1;
  }
}

/** Space, tab, ideographic space, no-break space, BOM: by UTF-16 code (NaN, past the text's end, is none). */
export function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}

/** White space as String.prototype.trim and /\s/ see it, by UTF-16 code. */
export function isWhiteSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/** Lines of `text`, split at \r\n, \r and \n as LSP does (found with indexOf, which outruns a loop over every character). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  while (nextLf >= 0 || nextCr >= 0) {
    const end = nextCr < 0 || (nextLf >= 0 && nextLf < nextCr) ? nextLf : nextCr;
    lines.push({ start, end });
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (nextLf >= 0 && nextLf < start) {
      nextLf = text.indexOf('\n', start);
    }
    if (nextCr >= 0 && nextCr < start) {
      nextCr = text.indexOf('\r', start);
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

/**
 * Characters from `start` to `end` the way a word processor counts them: everything but white space
 * and line breaks, a surrogate pair (𠮷, 👉) being one character.
 */
export function countCharacters(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i > start) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) {
        continue;
      }
    }
    if (!isInlineSpace(code) && !isLineBreak(code)) {
      count++;
    }
  }
  return count;
}

/** The first offset at or after `pos` (and before `limit`) that is not inline white space. */
export function skipSpaces(text: string, pos: number, limit: number): number {
  while (pos < limit && isInlineSpace(text.charCodeAt(pos))) {
    pos++;
  }
  return pos;
}

/** The offset just after the last character before `end` (and not before `floor`) that is not white space. */
export function trimEndOffset(text: string, floor: number, end: number): number {
  while (end > floor && (isInlineSpace(text.charCodeAt(end - 1)) || isLineBreak(text.charCodeAt(end - 1)))) {
    end--;
  }
  return end;
}

/** `text` with its white space left out: a title split over lines, or spaced out, reads as one (青山县 人民政府 → 青山县人民政府). */
export function withoutSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

/** The lines of `text` from `from` to `to`, each without its leading and trailing white space; empty ones left out. */
export function trimmedLines(text: string, from = 0, to = text.length): Line[] {
  const trimmed: Line[] = [];
  for (const line of splitLines(text.slice(from, to))) {
    const start = skipSpaces(text, from + line.start, from + line.end);
    const end = trimEndOffset(text, start, from + line.end);
    if (end > start) {
      trimmed.push({ start, end });
    }
  }
  return trimmed;
}

/** Shortens a display name to `max` characters, ending with … when cut. Never splits a surrogate pair. */
export function shorten(name: string, max: number): string {
  const chars = Array.from(name);
  return chars.length <= max ? name : chars.slice(0, max - 1).join('') + '…';
}

/** A CJK ideograph of the Basic Multilingual Plane (the rules that compare characters work on these). */
export function isHanCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Whether some character between `start` and `end` is a CJK ideograph (isHanCode). */
export function hasHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (isHanCode(text.charCodeAt(i))) {
      return true;
    }
  }
  return false;
}

/** Whether the `length` code units at `a` and at `b` are the same. */
export function sameChars(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) {
      return false;
    }
  }
  return true;
}
