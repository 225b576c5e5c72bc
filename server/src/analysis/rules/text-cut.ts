/**
 * The notices a page prints where it cut the text: the end of its preview (预览结束, 试读已结束) and the count of
 * the characters it hides or leaves out (此处隐藏3237字, 省略854字). The text around such a notice is not whole: its
 * sections may go on in what was cut.
 */
export const PREVIEW_END = '(?:预览|试读|阅读)(?:已)?结束';
export const HIDDEN_COUNT = '(?:隐藏|省略)\\d+个?字';

const CUT = new RegExp(`${PREVIEW_END}|${HIDDEN_COUNT}`, 'g');

/** The cuts of the last text asked about: the rules of one analysis ask about the same text one after another. */
let lastText: string | undefined;
let lastCuts: readonly number[] = [];

function cutsIn(text: string): readonly number[] {
  if (text !== lastText) {
    lastText = text;
    lastCuts = Array.from(text.matchAll(CUT), (cut) => cut.index);
  }
  return lastCuts;
}

/** Whether a page cut the text between `start` and `end` (to the text's end when `end` is omitted). */
export function cutBetween(text: string, start: number, end = text.length): boolean {
  return cutsIn(text).some((cut) => cut >= start && cut < end);
}
