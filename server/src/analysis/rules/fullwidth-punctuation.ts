import { memoized } from '../locale';
import { hasHan, isHanCode, isInlineSpace, skipSpaces } from '../model/text';
import { changeTo, defineRule, type RuleContext } from './rule';
import type { Finding, Fix } from '../vocabulary';
import type { Span } from '../model/spans';
import { quoteAndEllipsisFindings } from './quotes-and-ellipses';

/** GB/T 15834-2011: Chinese text takes full-width marks. */
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };
/** Full-width marks that stand next to a half-width one in Chinese text: 。，“”（）《》、 and the like. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018-\u201d\u2026\u2014]/;
const URL = /(?:https?:\/\/|www\.)[\x21-\x7e]+/g;

function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && (isHanCode(ch.charCodeAt(0)) || CJK_PUNCTUATION.test(ch));
}

/** Half-width marks in a row (;: or ,,) share their context: each is judged by what lies beyond the run. */
const RUN_MARKS = new Set([',', ':', ';']);

/** The character before `at` that decides its context; (二) and (一些) count as the full-width （…） they become. */
function previousNonSpace(text: string, at: number): string | undefined {
  let i = at - 1;
  while (i >= 0 && (isInlineSpace(text.charCodeAt(i)) || RUN_MARKS.has(text[i] as string))) {
    i--;
  }
  if (text[i] === ')') {
    // Only the 20 characters before: lastIndexOf would read back to the start for every ) with no (.
    for (let open = i - 1; open >= 0 && open >= i - 20; open--) {
      if (text[open] === '(') {
        return hasHan(text, open + 1, i) ? '）' : text[i];
      }
    }
  }
  return text[i];
}

function nextContext(text: string, after: number): string | undefined {
  let i = after;
  while (i < text.length && (isInlineSpace(text.charCodeAt(i)) || RUN_MARKS.has(text[i] as string))) {
    i++;
  }
  return text[i];
}

/** ! and ? end a Chinese sentence after a Chinese character, or after 7.1% in a Chinese clause. */
function endsChineseSentence(text: string, at: number, before: string | undefined): boolean {
  if (isChinese(before)) {
    return true;
  }
  const next = text[at + 1] ?? '';
  return /[\d%％]/.test(before ?? '') && !/[A-Za-z0-9]/.test(next) && /\p{Script=Han}/u.test(text.slice(Math.max(0, at - 8), at));
}

function urlSpans(text: string): Span[] {
  return [...text.matchAll(URL)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** The ')' closing the '(' at `open` on the same line, or -1. */
function closingParen(text: string, open: number): number {
  for (let i = open + 1; i < text.length && i - open <= 100; i++) {
    const ch = text[i];
    if (ch === ')') {
      return i;
    }
    if (ch === '(' || ch === '\n' || ch === '\r') {
      return -1;
    }
  }
  return -1;
}

const deleteTitle = memoized((mark) => ({ zh: `删除多余的“${mark}”`, en: `Delete the extra “${mark}”` }));
const messageOf = memoized((mark) => {
  const full = FULL_WIDTH[mark] as string;
  return { zh: `中文里应使用全角标点“${full}”，不用半角“${mark}”`, en: `Use the full-width “${full}” in Chinese text, not “${mark}”` };
});

function fixOf(text: string, mark: string, start: number, end: number): Fix {
  const full = FULL_WIDTH[mark] as string;
  // ，, is the same mark typed twice: converting would make ，， — delete the half-width one.
  const doubled = text[start - 1] === full || text[start + 1] === full;
  return doubled
    ? { title: deleteTitle(mark), edits: [{ start, end: start + 1, newText: '' }], preferred: true, safe: true }
    : changeTo(start, end, full, true);
}

function finding(text: string, mark: string, start: number, end: number): Finding {
  return { start, end: start + 1, message: messageOf(mark), fixes: () => [fixOf(text, mark, start, end)] };
}

function check({ text, model }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const urls = urlSpans(text);
  let nextUrl = 0;
  /** Heading markers such as (一) are heading-marker's to rewrite. */
  const markerStarts = new Set(model.nodes.filter((node) => node.kind === 'heading').map((node) => node.start));
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // , : ; ! ? ( — the only characters looked at; ) is found from its (.
    if (code !== 44 && code !== 58 && code !== 59 && code !== 33 && code !== 63 && code !== 40) {
      continue;
    }
    const mark = text[at] as string;
    while (nextUrl < urls.length && (urls[nextUrl] as Span).end <= at) {
      nextUrl++;
    }
    const url = urls[nextUrl];
    if (url && url.start <= at) {
      continue;
    }
    const after = skipSpaces(text, at + 1, text.length);
    if (mark === '(') {
      const close = closingParen(text, at);
      const hanInside = hasHan(text, at + 1, close);
      const chinese = hanInside || isChinese(text[at - 1]) || isChinese(text[close + 1]);
      const formula = !hanInside && /[A-Za-z]/.test(text[at - 1] ?? '');
      if (close < 0 || !chinese || formula || markerStarts.has(at) || text[at - 1] === ']') {
        continue;
      }
      findings.push(finding(text, '(', at, at + 1), finding(text, ')', close, close + 1));
      continue;
    }
    const before = previousNonSpace(text, at);
    const chinese = mark === '!' || mark === '?' ? endsChineseSentence(text, at, before) : isChinese(before) || isChinese(nextContext(text, after));
    if (chinese) {
      findings.push(finding(text, mark, at, mark === '!' || mark === '?' || !isChinese(text[after]) ? at + 1 : after));
    }
  }
  findings.push(...quoteAndEllipsisFindings(text, urls));
  return findings.sort((a, b) => a.start - b.start);
}

export const fullwidthPunctuationRule = defineRule({
  id: 'fullwidth-punctuation',
  defaultSeverity: 'warning',
  check,
  settings: [],
});
