import { CodeSet, isHanCode, isInlineSpace } from '../model/text';

/** A sentence or clause: its text runs from `start` to `end`; `stop` is past its closing punctuation. */
export interface TextUnit {
  readonly start: number;
  readonly end: number;
  readonly stop: number;
}

export const SENTENCE_STOPS = new CodeSet('。！？!?；;');
export const CLAUSE_STOPS = new CodeSet('。！？!?；;，、：:,');

/** Punctuation lies in ASCII, the CJK symbols block and the full-width forms: a cheap test before the set. */
function mayBePunctuation(code: number): boolean {
  return code < 0x80 || (code >= 0x3000 && code <= 0x303f) || code >= 0xff00;
}

/** The units of `text` between the given stops and line breaks, trimmed of white space; empty ones left out. */
export function textUnits(text: string, stops: CodeSet): TextUnit[] {
  const units: TextUnit[] = [];
  let start = 0;
  const close = (end: number, stop: number) => {
    let from = start;
    while (from < end && isInlineSpace(text.charCodeAt(from))) {
      from++;
    }
    let to = end;
    while (to > from && isInlineSpace(text.charCodeAt(to - 1))) {
      to--;
    }
    if (to > from) {
      units.push({ start: from, end: to, stop });
    }
    start = stop;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!mayBePunctuation(code)) {
      continue;
    }
    if (code === 10 || code === 13) {
      close(i, i);
      start = i + 1;
    } else if (stops.has(code)) {
      close(i, i + 1);
    }
  }
  close(text.length, text.length);
  return units;
}

export function hanCount(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    if (isHanCode(text.charCodeAt(i))) {
      count++;
    }
  }
  return count;
}
