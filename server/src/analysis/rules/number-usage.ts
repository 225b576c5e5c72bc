import type { Localized } from '../locale';
import type { Settings } from '../settings';
import { changeTo, defineRule, type RuleContext } from './rule';
import type { Finding, Fix } from '../vocabulary';

/**
 * GB/T 15835-2011 (docs/rules/number-usage.md): two-digit years where the century is clear, two years
 * run together (20232024年), ranges written with a hyphen, ranges that drop the first 万/亿/%, and
 * approximations split by 、 (三、四个). Digits inside set phrases (“3个代表”) are standard-term's.
 */

const RANGE = /(?<![\d.\-－/:])(\d+(?:\.\d+)?)(万亿|万|亿|%|％)?\s*([-－~～—–])\s*(\d+(?:\.\d+)?)(万亿|万|亿|%|％|年|月|日|号|时|岁|个|人|次|天|周|年度|季度|公里|米|吨|元|倍|项)(?![\d\-－/])/g;
/** 08年 (a leading zero) or 22年3月 (a month after it): a year with its century dropped. */
const SHORT_YEAR = /(?<![\d０-９.])(0\d|[1-9]\d)年(?=0?[1-9]月|1[0-2]月)|(?<![\d０-９.])(0\d)年/g;
/** 三、四个: adjacent numerals for an approximation take no 、; 第三、四季度 and 三、四年级 are lists. */
const APPROXIMATION = /(?<!第)([一二三四五六七八九])、([二三四五六七八九十])(?=[个名次天人项种条倍家位所十百千万]|年(?!级))/g;
const NUMERALS = '一二三四五六七八九十';
/** 20232024年: two full years with the range mark lost between them. */
const RUN_TOGETHER_YEARS = /(?<![\d０-９.])((?:19|20)\d\d)((?:19|20)\d\d)年/g;

function replace(start: number, end: number, newText: string, title: Localized, safe: boolean): Fix {
  return { title, edits: [{ start, end, newText }], preferred: true, safe };
}

function ranges(text: string, mark: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(RANGE)) {
    const [whole, first = '', firstUnit, separator = '', second = '', unit = ''] = match;
    const start = match.index ?? 0;
    if (Number(first) >= Number(second) && separator !== '～' && separator !== '—') {
      continue;
    }
    const problems: Localized[] = [];
    const hyphen = separator !== '～' && separator !== '—';
    if (hyphen) {
      problems.push({ zh: `范围号应为“${mark}”，不用“${separator}”`, en: `a range takes “${mark}”, not “${separator}”` });
    }
    const dropsUnit = /^(?:万亿|万|亿|%|％)$/.test(unit) && firstUnit === undefined;
    if (dropsUnit) {
      problems.push({ zh: `前一个数也要带“${unit}”，以免误读`, en: `the first number needs its “${unit}” too, or it can be misread` });
    }
    if (problems.length === 0) {
      continue;
    }
    const rightSeparator = hyphen ? mark : separator;
    const right = `${first}${dropsUnit ? unit : firstUnit ?? ''}${rightSeparator}${second}${unit}`;
    findings.push({
      start,
      end: start + whole.length,
      message: { zh: `数值范围写法：${problems.map((p) => p.zh).join('；')}，应为“${right}”`, en: `Number range: ${problems.map((p) => p.en).join('; ')}; write “${right}”` },
      fixes: () => [changeTo(start, start + whole.length, right, true)],
    });
  }
  return findings;
}

function shortYears(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(SHORT_YEAR)) {
    const digits = match[1] ?? match[2] ?? '';
    const start = match.index ?? 0;
    const year = `${Number(digits) <= 50 ? '20' : '19'}${digits}`;
    findings.push({
      start,
      end: start + digits.length + 1,
      message: { zh: `年份应写全：“${digits}年”应为“${year}年”`, en: `Write the year in full: “${year}年”, not “${digits}年”` },
      fixes: () => [changeTo(start, start + digits.length, year, true)],
    });
  }
  return findings;
}

function runTogetherYears(text: string, mark: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(RUN_TOGETHER_YEARS)) {
    const [whole, first = '', second = ''] = match;
    if (Number(second) <= Number(first)) {
      continue;
    }
    const start = match.index ?? 0;
    const end = start + whole.length;
    const range = `${first}${mark}${second}年`;
    findings.push({
      start,
      end,
      message: { zh: `年份粘连：“${whole}”应为“${range}”或其中一年`, en: `Two years run together: write “${range}” or one of the years` },
      fixes: () => [range, `${first}年`, `${second}年`].map((newText) => changeTo(start, end, newText, false, false)),
    });
  }
  return findings;
}

function approximations(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(APPROXIMATION)) {
    const [, a = '', b = ''] = match;
    if (NUMERALS.indexOf(b) !== NUMERALS.indexOf(a) + 1) {
      continue;
    }
    const start = match.index ?? 0;
    findings.push({
      start,
      end: start + 3,
      message: { zh: `相邻数字表示概数，中间不用顿号：“${a}、${b}”应为“${a}${b}”`, en: `Adjacent numerals for an estimate take no 、: write “${a}${b}”` },
      fixes: () => [replace(start + 1, start + 2, '', { zh: '删去顿号', en: 'Delete the 、' }, true)],
    });
  }
  return findings;
}

function check({ text }: RuleContext, settings: Pick<Settings, 'numberRange.mark'>): Finding[] {
  const mark = settings['numberRange.mark'];
  return [...ranges(text, mark), ...shortYears(text), ...runTogetherYears(text, mark), ...approximations(text)].sort(
    (a, b) => a.start - b.start,
  );
}

export const numberUsageRule = defineRule({
  id: 'number-usage',
  defaultSeverity: 'warning',
  check,
  settings: ['numberRange.mark'],
});
