import type { Span } from '../model/spans';
import { hasHan, isHanCode } from '../model/text';
import type { Finding } from '../vocabulary';
import { changeTo } from './rule';

/**
 * fullwidth-punctuation's quotes and ellipses (GB/T 15834-2011 4.1, 4.11): ASCII " and ' used as Chinese
 * quotation marks, and ... or ...... (or a lone …) used as the Chinese ellipsis ……
 */

const QUOTE_MESSAGE = {
  '"': { zh: '中文里的引号应为全角“”，不用半角"', en: 'Chinese text takes the full-width quotation marks “”, not "' },
  "'": { zh: "中文里的单引号应为全角‘’，不用半角'", en: "Chinese text takes the full-width quotation marks ‘’, not '" },
} as const;
const ELLIPSIS_MESSAGE = { zh: '中文的省略号是“……”（两个“…”，居中六点）', en: 'The Chinese ellipsis is “……” (two “…”)' };

function change(start: number, end: number, full: string, message: Finding['message']): Finding {
  return { start, end, message, fixes: () => [changeTo(start, end, full, true)] };
}

const inside = (spans: readonly Span[], at: number) => spans.some((span) => span.start <= at && at < span.end);

/**
 * ASCII quotes paired line by line: after an opening mark (ASCII or “/‘) the next one closes. A pair is
 * reported when what it quotes holds Chinese; an apostrophe inside English (don't) never pairs with one.
 */
function quotes(text: string, skip: readonly Span[], findings: Finding[]): void {
  for (const [ascii, open, close, marks] of [['"', '“', '”', /["“”\r\n]/g], ["'", '‘', '’', /['‘’\r\n]/g]] as const) {
    let opened = -1;
    let openedAscii = false;
    for (const match of text.matchAll(marks)) {
      const at = match.index;
      const ch = match[0];
      if (ch === '\n' || ch === '\r' || ch === close) {
        opened = -1;
      } else if (ch === open) {
        opened = at;
        openedAscii = false;
      } else if (!inside(skip, at) && !(ascii === "'" && /[A-Za-z]/.test(text[at - 1] ?? '') && /[A-Za-z]/.test(text[at + 1] ?? ''))) {
        if (opened < 0) {
          opened = at;
          openedAscii = true;
          continue;
        }
        if (hasHan(text, opened + 1, at)) {
          if (openedAscii) {
            findings.push(change(opened, opened + 1, open, QUOTE_MESSAGE[ascii]));
          }
          findings.push(change(at, at + 1, close, QUOTE_MESSAGE[ascii]));
        }
        opened = -1;
      }
    }
  }
}

/** ... or ...... or a lone … beside Chinese: the ellipsis is …… */
function ellipses(text: string, skip: readonly Span[], findings: Finding[]): void {
  for (const match of text.matchAll(/(?<![.\d])\.{3,}(?![.\d])|(?<!…)…(?!…)/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!inside(skip, start) && (isHanCode(text.charCodeAt(start - 1)) || isHanCode(text.charCodeAt(end)))) {
      findings.push(change(start, end, '……', ELLIPSIS_MESSAGE));
    }
  }
}

/** The quote and ellipsis findings of `text`, outside the spans given (URLs). */
export function quoteAndEllipsisFindings(text: string, skip: readonly Span[]): Finding[] {
  const findings: Finding[] = [];
  quotes(text, skip, findings);
  ellipses(text, skip, findings);
  return findings;
}
