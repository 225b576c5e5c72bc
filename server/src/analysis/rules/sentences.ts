import { CodeSet, isHanCode, isInlineSpace } from '../model/text';

/** A sentence or clause: its text runs from `start` to `end`; `stop` is past its closing punctuation. */
export interface TextUnit {
  readonly start: number;
  readonly end: number;
  readonly stop: number;
}

export const SENTENCE_STOPS = new CodeSet('。！？!?；;');
export const CLAUSE_STOPS = new CodeSet('。！？!?；;，、：:,');

/**
 * The units of `text` between the given stops and line breaks that hold at least `minHan` Chinese
 * characters, trimmed of white space. (Counting as it goes spares a list of every short clause.)
 */
export function textUnits(text: string, stops: CodeSet, minHan: number): TextUnit[] {
  const units: TextUnit[] = [];
  let start = 0;
  let han = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (isHanCode(code)) {
      han++;
      continue;
    }
    const lineBreak = code === 10 || code === 13;
    if (!lineBreak && !stops.has(code)) {
      continue;
    }
    if (han >= minHan) {
      units.push(trimmedUnit(text, start, i, lineBreak ? i : i + 1));
    }
    start = i + 1;
    han = 0;
  }
  return units;
}

function trimmedUnit(text: string, start: number, end: number, stop: number): TextUnit {
  let from = start;
  while (from < end && isInlineSpace(text.charCodeAt(from))) {
    from++;
  }
  let to = end;
  while (to > from && isInlineSpace(text.charCodeAt(to - 1))) {
    to--;
  }
  return { start: from, end: to, stop };
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
