import { chineseNumeralValue } from './numerals';
import type { HeadingLevel, ItemFamily } from './types';

/**
 * Where a marker may stand:
 * - `line`: at the start of a line (after indentation);
 * - `sentence`: after 。！？ (with `spaced` when white space separates them, as in text whose line breaks were lost);
 * - `chain`: after a heading or title that ended at white space on the same line (一、… (一)…);
 * - `clause`: after ；： — enumeration items only.
 */
export type MarkerContext = 'line' | 'sentence' | 'chain' | 'clause';

export interface HeadingMarker {
  readonly kind: 'heading';
  readonly level: HeadingLevel;
  readonly marker: string;
  readonly number: number | null;
  readonly end: number;
}

export interface ItemMarker {
  readonly kind: 'item';
  readonly family: ItemFamily;
  readonly marker: string;
  readonly number: number | null;
  readonly end: number;
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
/** 一、 and the forms heading-marker reports (一. 一． 一，) — the last two only at a line start. */
const LEVEL1 = new RegExp(`(${NUMERAL})([、.．，,])`, 'y');
const LEVEL2 = new RegExp(`[（(](${NUMERAL})[）)]、?`, 'y');
/** 1. 1． 1、 and unfilled numbers (**. X.) that still hold a place in the run. */
const LEVEL3 = /(\d{1,2}|\*{1,4}|[Xx×]{1,3})([.．、])(?![\d%％])/y;
const LEVEL4 = /[（(](\d{1,2})[）)]|([⑴-⒇])/y;
/** What follows 一、 in a list of numerals (一、二、三产业) or a count (三、四个), not a heading. */
const NUMERAL_LIST_AFTER = new RegExp(`(${NUMERAL})(?:([、，,])|[个名项次年月日天位家条点种所批类])`, 'y');

/**
 * Whether the numeral `value` before 、 at `pos` starts a list of numerals (一、二、三产业) or an approximate count,
 * which names the next number (三、四个, 五、六年); 一、五年政府工作回顾 is a heading.
 */
function startsNumerals(text: string, pos: number, value: number): boolean {
  const after = matchAt(NUMERAL_LIST_AFTER, text, pos);
  return after !== null && (after[2] !== undefined || chineseNumeralValue(after[1] ?? '') === value + 1);
}

const SHI_YAO = new RegExp(`(${NUMERAL})([是要])`, 'y');
const SEQUENCE = /(首先|其次|再次|最后)(?=[，,、：:]|[要是])/y;
const ORDINAL = new RegExp(`第(${NUMERAL})[，,、：:]`, 'y');
const SEQUENCE_NUMBERS: Readonly<Record<string, number | null>> = { 首先: 1, 其次: 2, 再次: 3, 最后: null };

function matchAt(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

function heading(level: HeadingLevel, match: RegExpExecArray, pos: number, number: number | null): HeadingMarker {
  return { kind: 'heading', level, marker: match[0], number, end: pos + match[0].length };
}

/** A heading marker at `pos`, or null. `spaced`: white space stands between `pos` and the sentence end before it. */
export function matchHeadingMarker(text: string, pos: number, context: MarkerContext, spaced: boolean): HeadingMarker | null {
  if (context === 'clause' || (context === 'sentence' && !spaced && !/[（(]/.test(text[pos] ?? ''))) {
    return null;
  }
  const level1 = matchAt(LEVEL1, text, pos);
  if (level1) {
    const value = chineseNumeralValue(level1[1] ?? '');
    const loneComma = level1[2] !== '、' && context !== 'line';
    if (value !== null && !loneComma && !startsNumerals(text, pos + level1[0].length, value)) {
      return heading(1, level1, pos, value);
    }
    return null;
  }
  const level2 = matchAt(LEVEL2, text, pos);
  if (level2) {
    const value = chineseNumeralValue(level2[1] ?? '');
    return value === null ? null : heading(2, level2, pos, value);
  }
  const level3 = matchAt(LEVEL3, text, pos);
  if (level3) {
    const digits = level3[1] ?? '';
    return heading(3, level3, pos, /^\d+$/.test(digits) ? Number(digits) : null);
  }
  const level4 = matchAt(LEVEL4, text, pos);
  if (level4) {
    const circled = level4[2];
    const value = circled ? circled.charCodeAt(0) - '⑴'.charCodeAt(0) + 1 : Number(level4[1]);
    return heading(4, level4, pos, value);
  }
  return null;
}

/** An enumeration item marker (一是 二要 首先 第一，) at `pos`, or null. */
export function matchItemMarker(text: string, pos: number): ItemMarker | null {
  const shiYao = matchAt(SHI_YAO, text, pos);
  if (shiYao) {
    const value = chineseNumeralValue(shiYao[1] ?? '');
    if (value === null) {
      return null;
    }
    const family: ItemFamily = shiYao[2] === '是' ? 'shi' : 'yao';
    return { kind: 'item', family, marker: shiYao[0], number: value, end: pos + shiYao[0].length };
  }
  const sequence = matchAt(SEQUENCE, text, pos);
  if (sequence) {
    const word = sequence[1] ?? '';
    return { kind: 'item', family: 'sequence', marker: word, number: SEQUENCE_NUMBERS[word] ?? null, end: pos + word.length };
  }
  const ordinal = matchAt(ORDINAL, text, pos);
  if (ordinal) {
    const value = chineseNumeralValue(ordinal[1] ?? '');
    return value === null ? null : { kind: 'item', family: 'ordinal', marker: ordinal[0], number: value, end: pos + ordinal[0].length };
  }
  return null;
}
