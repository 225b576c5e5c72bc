/**
 * A long title broken into lines at word boundaries (GB/T 9704-2012 7.3.2: 回行时要做到词意完整，排列对称，
 * 长短适宜，间距恰当；梯形或菱形): each line as long as the others allow, the upper lines no shorter than the ones below.
 */
import { printedWidth } from './geometry';

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** What no line of a title starts with: a particle, a conjunction, a closing mark. */
const NO_LINE_START = /^[的和与及、，》”）]/u;

/** Offsets in `title` where a line may break: between words, never before 的/和/与/及 or closing punctuation. */
function breakPoints(title: string): number[] {
  const points: number[] = [];
  for (const { index } of WORDS.segment(title)) {
    if (index > 0 && !NO_LINE_START.test(title.slice(index))) {
      points.push(index);
    }
  }
  return points;
}

/**
 * The title in lines of at most `perLine` characters: the fewest lines, each upper line a little longer than
 * the lines under it (a 梯形, not a 长方形); the lines as written stay as they are if each fits.
 */
export function titleLines(lines: readonly string[], perLine: number): string[] {
  if (lines.every((line) => printedWidth(line) <= perLine)) {
    return [...lines];
  }
  const title = lines.join('');
  const points = breakPoints(title);
  const result: string[] = [];
  let from = 0;
  while (printedWidth(title.slice(from)) > perLine) {
    const rest = printedWidth(title.slice(from));
    const count = Math.ceil(rest / perLine);
    const target = rest / count;
    const fitting = points.filter((point) => point > from && printedWidth(title.slice(from, point)) <= perLine);
    const width = (point: number): number => printedWidth(title.slice(from, point));
    const balanced = fitting.find((point) => width(point) > target) ?? fitting.find((point) => width(point) >= target);
    const cut = balanced ?? fitting[fitting.length - 1] ?? hardBreak(title, from, perLine);
    result.push(title.slice(from, cut));
    from = cut;
  }
  result.push(title.slice(from));
  return result;
}

/** Where a line of `perLine` characters ends when no word boundary fits (a title of one long word). */
function hardBreak(title: string, from: number, perLine: number): number {
  let width = 0;
  let at = from;
  for (const char of title.slice(from)) {
    width += printedWidth(char);
    if (width > perLine) {
      break;
    }
    at += char.length;
  }
  return Math.max(at, from + 1);
}
