import type { Localized } from '../locale';
import { isStatutory, type DocumentKind, type StatutoryKind } from '../model/document-kind';
import type { DocumentFrame } from '../model/types';
import type { Settings } from '../settings';
import type { Finding } from '../vocabulary';
import { eachDocument, framePart } from './frame';
import { defineRule, deleteText, type RuleContext } from './rule';

/** 关于对…的批复: 对 says again what 关于 says. Not where 对 starts a word (关于对外开放, 对口支援…). */
const ABOUT_TO = /关于(对)(?!外|口|台|港|澳|象|话|接|标|照|策|等|称|应|比|手|岸|联)/gu;
const ABOUT_TWICE = /关于(关于)/gu;
/** 关于申请…的请示: the request is the type itself. */
const REQUEST_WORD = /关于(请求|申请|要求)(?!人|书|表|单|者)/gu;
interface Redundant {
  readonly pattern: RegExp;
  /** Only in a title of this kind. */
  readonly kind?: StatutoryKind;
  readonly message: (word: string) => Localized;
  readonly safe: boolean;
}

/** Words a title says twice, each the last group of its pattern: the fix deletes it. */
const REDUNDANT: readonly Redundant[] = [
  { pattern: ABOUT_TO, message: () => ({ zh: '标题中“关于对……”的“对”多余，应删去', en: 'In a title, 对 after 关于 is redundant: delete it' }), safe: true },
  { pattern: ABOUT_TWICE, message: () => ({ zh: '标题中“关于”重复', en: '关于 twice in the title' }), safe: true },
  {
    pattern: REQUEST_WORD,
    kind: '请示',
    message: (word) => ({ zh: `请示本身就是请求，标题中“关于${word}……的请示”的“${word}”多余`, en: `A 请示 is itself the request: 关于${word}… repeats it` }),
    safe: false,
  },
];

/** The same type twice: …通知的通知 (…意见的函, a letter about an opinion, is fine). */
const TYPE_TWICE = /(决议|决定|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|纪要)的\1$/u;
/**
 * Punctuation a title may hold: 书名号, 引号, 顿号, brackets, the dash and the middle dot of names; the blanks of a
 * template title (××市, ＊＊) are placeholder's to report.
 */
const TITLE_PUNCTUATION = /[^\p{Script=Han}\p{Letter}\p{Number}\s、《》〈〉“”‘’（）()〔〕—·－\-×*＊○□△■☆_＿]/gu;

function check({ text, model }: RuleContext, settings: Pick<Settings, 'documentKind'>): Finding[] {
  return eachDocument(model, settings.documentKind, (frame, kind) => checkTitle(text, frame, kind));
}

function checkTitle(text: string, frame: DocumentFrame, kind: DocumentKind | null): Finding[] {
  const title = framePart(frame, 'title');
  if (title && kind === null && (framePart(frame, 'number') || framePart(frame, 'addressee'))) {
    // A document with a 发文字号 or a 主送机关 is an official one: its title ends with its type (GB/T 9704-2012 7.3.2).
    return [{
      start: title.start,
      end: title.end,
      message: { zh: '标题没有文种：公文标题由发文机关名称、事由和文种组成，末尾应写明文种（……的通知、……的请示、……的报告）', en: 'The title names no document type: a title is issuer, matter and type, ending with the type (…的通知, …的请示, …的报告)' },
    }];
  }
  if (!title || !isStatutory(kind)) {
    return [];
  }
  const findings: Finding[] = [];
  const written = text.slice(title.start, title.end);
  for (const { pattern, kind: only, message, safe } of REDUNDANT) {
    for (const match of only === undefined || only === kind ? written.matchAll(pattern) : []) {
      const word = match[1] as string;
      const start = title.start + match.index + match[0].length - word.length;
      findings.push({ start, end: start + word.length, message: message(word), fixes: () => [deleteText(text, start, start + word.length, safe)] });
    }
  }
  const twice = TYPE_TWICE.exec(written.trimEnd());
  if (twice) {
    const start = title.start + twice.index;
    findings.push({
      start,
      end: start + twice[0].length,
      message: { zh: `标题文种重叠（“${twice[0]}”）：转发时去掉被转发文件标题中的文种，或用书名号标明原标题`, en: `The type twice (${twice[0]}): drop the forwarded document's type, or quote its title in 《》` },
    });
  }
  for (const match of written.matchAll(TITLE_PUNCTUATION)) {
    const start = title.start + match.index;
    const last = start + 1 === title.end;
    findings.push({
      start,
      end: start + 1,
      message: { zh: `标题中除书名号、引号、顿号等外一般不用标点符号，“${match[0]}”应删去或改写`, en: `A title takes no punctuation but 《》, quotes and 、: remove or rephrase “${match[0]}”` },
      ...(last ? { fixes: () => [deleteText(text, start, start + 1, true)] } : {}),
    });
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const documentTitleRule = defineRule<'documentKind'>({
  id: 'document-title',
  defaultSeverity: 'warning',
  check,
  settings: ['documentKind'],
});
