import { chineseNumeral } from '../model/numerals';
import type { Settings } from '../settings';
import { changeTo, defineRule, type RuleContext } from './rule';
import type { Finding } from '../vocabulary';

/**
 * A wrong or shortened form of a fixed expression and how to write it. `right` receives the match, so a
 * numbered form (党的20大) can be spelt out (党的二十大).
 */
interface Term {
  readonly wrong: RegExp;
  readonly right: (match: RegExpExecArray) => string;
  /**
   * Why the form is only probably wrong, for a form that is right in some documents: shown as a hint,
   * with a quick fix that fix-all leaves alone.
   */
  readonly unless?: { readonly zh: string; readonly en: string };
}

const fixed = (right: string) => () => right;
const numeral = (digits: string | undefined) => chineseNumeral(Number(digits));
const spelt = (number: string | undefined) => (/^\d+$/.test(number ?? '') ? numeral(number) : number ?? '');
/**
 * Every number of the match in Chinese numerals (GB/T 15835-2011 5.2.1: numbers inside set phrases);
 * 2 before a measure word is 两 (两点意见, 两学一做, 两大产业).
 */
const digitsSpelt = (match: RegExpExecArray) =>
  match[0].replace(/\d+/g, (digits: string, at: number, whole: string) => (digits === '2' && /[点个学大]/.test(whole[at + 1] ?? '') ? '两' : numeral(digits)));

/** The built-in dictionary (docs/rules/standard-term.md lists it with sources). */
const TERMS: readonly Term[] = [
  // 党的20大, 党的20D, 党的19届4中全会, 十九届4中全会
  { wrong: /党的([1-2]\d)(?:大|D)/g, right: (m) => `党的${numeral(m[1])}大` },
  { wrong: /(?<![一二三四五六七八九十\d])([一二三四五六七八九十]{2,3}|[1-2]\d)届([一二三四五六七八九]|[1-9])中全会/g, right: (m) => `${spelt(m[1])}届${spelt(m[2])}中全会` },
  // 总书记新时代中国特色社会主义思想: a name cut short
  { wrong: /(?<!习近平)(?:习近平总书记|总书记)新时代中国特色社会主义思想/g, right: fixed('习近平新时代中国特色社会主义思想') },
  // 新时代中国特色社会主义思想 without its full name: right in the author's own speeches and reports
  {
    wrong: /(?<!习近平|总书记)新时代中国特色社会主义思想/g,
    right: fixed('习近平新时代中国特色社会主义思想'),
    unless: { zh: '（习近平同志本人的讲话、报告和对它们的引用除外）', en: ' (except in his own speeches and reports, and quotations from them)' },
  },
  { wrong: /习总书记|习大大/g, right: fixed('习近平总书记') },
  { wrong: /(?:两|二|2)个(?:确定|确立)(?![的性])/g, right: fixed('两个确立') },
  { wrong: /(?:二|2)个维护/g, right: fixed('两个维护') },
  { wrong: /(?:4个意识|四个意思)/g, right: fixed('四个意识') },
  { wrong: /4个自信/g, right: fixed('四个自信') },
  { wrong: /4个全面(?=”|战略布局)/g, right: fixed('四个全面') },
  { wrong: /(?<![\d.])3个代表(?=”|重要思想)/g, right: fixed('三个代表') },
  { wrong: /(?<![\d.])[1-9](?:位一体|严[1-9]实|学[1-9]做|会[1-9]课)/g, right: digitsSpelt },
  // 讲5点意见: a speech announces its points in words
  { wrong: /(?<=讲|谈|提)[1-9]点(?:意见|要求|建议|希望|看法|体会)/g, right: digitsSpelt },
  // 第1要务, 第1责任人: what comes first by its nature, not the first of a count (第1名, 第1季度 stay)
  { wrong: /(?<![\d.])第1(?:要务|资源|动力|生产力|责任人?|书记|时间)/g, right: digitsSpelt },
  // 3大攻坚战, 10大项目: a named set of a plan; a count (10个大项目) and an ordinal (第10大项目) stay, and so only a hint
  {
    wrong: /(?<![\d.第])(?:[2-9]|10)大(?:攻坚战|工程|项目|行动|战略|任务|主导产业|产业|举措|板块|片区|基地|平台)/g,
    right: digitsSpelt,
    unless: { zh: '（用于统计时也可用阿拉伯数字）', en: ' (digits are also allowed where it counts)' },
  },
  // 第2批次: the standard allows digits for counting, so only a hint in prose
  {
    wrong: /(?<![\d.])第[1-9]批次/g,
    right: digitsSpelt,
    unless: { zh: '（用于统计、编号时也可用阿拉伯数字）', en: ' (digits are also allowed where it counts or numbers)' },
  },
  { wrong: /中央八条规定|中央8项规定/g, right: fixed('中央八项规定') },
  { wrong: /(?<!中央)8项规定/g, right: fixed('八项规定') },
  { wrong: /全面从紧治党|全面从严治理党/g, right: fixed('全面从严治党') },
  { wrong: /14五(?=”?(?:规划|时期|期间|开局))|十四\.五|十四·五/g, right: fixed('十四五') },
  { wrong: /15五(?=”?(?:规划|时期|期间|开局))|十五\.五|十五·五/g, right: fixed('十五五') },
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The user's own pairs from gongwen.terms, matched as plain text. */
function userTerms(terms: Readonly<Record<string, string>>): Term[] {
  return Object.entries(terms).map(([wrong, right]) => ({ wrong: new RegExp(escape(wrong), 'g'), right: fixed(right) }));
}

/** 青山县委 inside 中共青山县委员会: the wrong form is part of the right one written in full. */
function insideRightForm(text: string, start: number, wrong: string, right: string): boolean {
  for (let k = right.indexOf(wrong); k >= 0; k = right.indexOf(wrong, k + 1)) {
    if (start - k >= 0 && text.startsWith(right, start - k)) {
      return true;
    }
  }
  return false;
}

function check({ text }: RuleContext, settings: Pick<Settings, 'terms'>): Finding[] {
  const findings: Finding[] = [];
  const taken = new Set<number>();
  for (const term of [...userTerms(settings.terms), ...TERMS]) {
    term.wrong.lastIndex = 0;
    for (let match = term.wrong.exec(text); match; match = term.wrong.exec(text)) {
      if (match[0] === '') {
        term.wrong.lastIndex++;
        continue;
      }
      const right = term.right(match);
      const start = match.index;
      if (right === match[0] || taken.has(start) || insideRightForm(text, start, match[0], right)) {
        continue;
      }
      taken.add(start);
      const unless = term.unless;
      findings.push({
        start,
        end: start + match[0].length,
        message: { zh: `规范提法应为“${right}”${unless?.zh ?? ''}`, en: `The standard form is “${right}”${unless?.en ?? ''}` },
        ...(unless ? { tentative: true } : {}),
        fixes: () => [changeTo(start, start + match[0].length, right, !unless)],
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const standardTermRule = defineRule({
  id: 'standard-term',
  defaultSeverity: 'warning',
  check,
  settings: ['terms'],
});
