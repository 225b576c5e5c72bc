/** Recognisers for the parts of a speech that are not numbered: its title, salutation and closing. */

const TITLE_WORDS = /(讲话|发言|报告|总结|安排|计划|方案|意见|致辞|讲稿|汇报|要点|主持词|提纲|心得体会|述职|讲话稿)$/;
const TITLE_FORBIDDEN = /[，。！？；：,!?;:]/;
const ADDRESS_WORD = /同志|朋友|代表|领导|来宾|嘉宾|同事|同学|委员|老师/;
const ADDRESS_TOKENS = /尊敬的|亲爱的|各位|全体|同志们|同志|朋友们|代表们|同学们|同事们|领导们|领导|来宾们|来宾|嘉宾们|嘉宾|委员们|委员|老师们|女士们|先生们|[、，, ]|和|及/g;
const SALUTATION_HEAD = /[^：:\r\n。！？；;!?]{1,30}[：:]/y;
/** 同志们，… opening the last paragraph, or a short line ending with 谢谢大家 (我就讲这么多，谢谢大家。). */
const CLOSING = /同志们[，,！!]|[^\r\n。！？!?]{0,20}谢谢(?:大家)?[！!。.]?[ \t\u3000]*(?:\r|\n|$)/y;
const HAN = /\p{Script=Han}/gu;

/** The end (just after the colon) of a salutation such as 同志们： or 各位领导、同志们： at `pos`, or -1. */
export function matchSalutation(text: string, pos: number): number {
  SALUTATION_HEAD.lastIndex = pos;
  const head = SALUTATION_HEAD.exec(text);
  if (!head) {
    return -1;
  }
  const words = head[0].slice(0, -1);
  const rest = words.replace(ADDRESS_TOKENS, '');
  return ADDRESS_WORD.test(words) && rest.length <= 8 && !/\d/.test(words) ? pos + head[0].length : -1;
}

/** Whether `segment` (a line, or the part of it before white space) reads as the title of a speech or report. */
export function isTitleText(segment: string, beforeSalutation: boolean): boolean {
  if (segment.length > 60 || TITLE_FORBIDDEN.test(segment) || (segment.match(HAN)?.length ?? 0) < 4) {
    return false;
  }
  return beforeSalutation || TITLE_WORDS.test(segment);
}

/** Whether the line starting at `pos` opens a closing: 同志们，… or 谢谢大家！ */
export function isClosingStart(text: string, pos: number): boolean {
  CLOSING.lastIndex = pos;
  return CLOSING.test(text);
}
