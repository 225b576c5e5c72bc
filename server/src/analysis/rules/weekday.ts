import type { DocumentFrame } from '../model/types';
import type { Finding } from '../vocabulary';
import { framePart } from './frame';
import { changeTo, defineRule, type RuleContext } from './rule';

/** 2026年12月1日（星期二）, 12月1日(周二), 12月1日星期二: the weekday named must be the date's. */
const DATED_WEEKDAY = /(?:((?:19|20)[0-9]{2})年)?([0-9]{1,2})月([0-9]{1,2})日[ \u3000]*[（(]?[ \u3000]*(?:星期|周|礼拜)([一二三四五六日天])/gu;
/** 2019年6月18日, and a page's 2019-06-18 or 2019.6.18: the years a month-day without one may be in. */
const FULL_DATE = /((?:19|20)[0-9]{2})(?:年[0-9]{1,2}月[0-9]{1,2}日|([-/.])[0-9]{1,2}\2[0-9]{1,2}(?![0-9]))/gu;
const DAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];
const ENGLISH_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function weekdayOf(year: number, month: number, day: number): number | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.getUTCDay() : null;
}

/** Whether `named` (一 … 日, 天) is the day `weekday` (0 Sunday … 6). */
function names(weekday: number | null, named: string): boolean {
  return weekday !== null && (DAY_NAMES[weekday] === named || (weekday === 0 && named === '天'));
}

/**
 * Where each full date of the text is, with its year: a month-day without a year takes one from them. A page
 * may print dates of other years (today's, a deadline's): a weekday right in any of them is not a finding.
 */
function fullDateYears(text: string): { at: number; year: number }[] {
  return Array.from(text.matchAll(FULL_DATE), (match) => ({ at: match.index, year: Number(match[1]) }));
}

/** The year of a month-day written without one: the 成文日期's, else that of the last full date before it, else of the first after it. */
function documentYear(years: readonly { at: number; year: number }[], at: number): number | null {
  let chosen: number | null = null;
  for (const date of years) {
    if (date.at > at && chosen !== null) {
      break;
    }
    chosen = date.year;
  }
  return chosen;
}

/** The year of a document's 成文日期, if it has one in full. */
function signedYear(text: string, frame: DocumentFrame): number | undefined {
  const datePart = framePart(frame, 'date');
  const year = datePart ? /^((?:19|20)[0-9]{2})年/.exec(text.slice(datePart.start, datePart.end))?.[1] : undefined;
  return year === undefined ? undefined : Number(year);
}

function check({ text, model }: RuleContext): Finding[] {
  const signed = model.frames.map((frame) => ({ frame, year: signedYear(text, frame) }));
  let allYears: { at: number; year: number }[] | null = null;
  const findings: Finding[] = [];
  for (const match of text.matchAll(DATED_WEEKDAY)) {
    const [whole, writtenYear, month, day, named] = match as unknown as [string, string | undefined, string, string, string];
    // The 成文日期 of the document the date is in decides its year; without one, the dates around it.
    const own = signed.find(({ frame }) => match.index >= frame.start && match.index < frame.end)?.year;
    const years = own === undefined ? (allYears ??= fullDateYears(text)) : [{ at: 0, year: own }];
    const year = writtenYear !== undefined ? Number(writtenYear) : documentYear(years, match.index);
    const weekday = year === null ? null : weekdayOf(year, Number(month), Number(day));
    if (weekday === null || names(weekday, named) || (writtenYear === undefined && years.some((other) => names(weekdayOf(other.year, Number(month), Number(day)), named)))) {
      continue;
    }
    const right = DAY_NAMES[weekday] as string;
    const start = match.index + whole.length - 1;
    const certain = writtenYear !== undefined;
    findings.push({
      start,
      end: start + 1,
      message: certain
        ? { zh: `${year}年${month}月${day}日是星期${right}，不是星期${named}`, en: `${year}-${month}-${day} is a ${ENGLISH_DAYS[weekday]} (星期${right}), not 星期${named}` }
        : { zh: `按本文的年份（${year}年），${month}月${day}日是星期${right}，不是星期${named}`, en: `In this document's year (${year}), ${month}-${day} is a ${ENGLISH_DAYS[weekday]} (星期${right}), not 星期${named}` },
      fixes: () => [changeTo(start, start + 1, right, certain)],
    });
  }
  return findings;
}

export const weekdayRule = defineRule({
  id: 'weekday',
  defaultSeverity: 'warning',
  check,
  settings: [],
});
