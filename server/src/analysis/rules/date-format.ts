import { chineseNumeralValue, halfWidthDigits } from '../model/numerals';
import type { DocumentFrame } from '../model/types';
import type { Finding } from '../vocabulary';
import { framePart } from './frame';
import { changeTo, defineRule, type RuleContext } from './rule';

const YEAR_DIGITS: Readonly<Record<string, string>> = { 〇: '0', 零: '0', '○': '0', Ｏ: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** 2026年9月8日 as written, or in figures only (2026.09.08, 2026-9-8, 2026/9/8): year, month, day. */
const DATE = /^(\S+?)\s*年\s*(\S+?)\s*月\s*(\S+?)\s*日$|^([0-9０-９]{4})[.．/-]([0-9０-９]{1,2})[.．/-]([0-9０-９]{1,2})$/u;
/** A template's blank date (××××年×月×日): placeholder reports it, there is no format to correct yet. */
const BLANK = /[×XxＸ*＊]/u;

/** A year as written (2026, ２０２６, 二〇二六) in Arabic numerals; null when it is not a full year. */
function yearValue(written: string): string | null {
  const digits = /^[0-9０-９]+$/.test(written) ? halfWidthDigits(written) : Array.from(written, (char) => YEAR_DIGITS[char] ?? '?').join('');
  return /^[0-9]{4}$/.test(digits) ? digits : null;
}

/** A month or a day as written (09, ９, 九, 十二, 二十八) as a number; null when it is none. */
function dayValue(written: string): number | null {
  const value = /^[0-9０-９]{1,2}$/.test(written) ? Number(halfWidthDigits(written)) : chineseNumeralValue(written);
  return value === null || value === 0 ? null : value;
}

/** 成文日期: Arabic numerals, the year in full, no leading zeros (GB/T 9704-2012 7.3.5.4): 2026年9月8日. */
function check({ text, model }: RuleContext): Finding[] {
  return model.frames.flatMap((frame) => checkDate(text, frame));
}

function checkDate(text: string, frame: DocumentFrame): Finding[] {
  const part = framePart(frame, 'date');
  if (!part) {
    return [];
  }
  const written = text.slice(part.start, part.end);
  const parts = DATE.exec(written);
  if (!parts || BLANK.test(written)) {
    return [];
  }
  const [, ...fields] = parts;
  const [writtenYear, writtenMonth, writtenDay] = fields[0] === undefined ? fields.slice(3) : fields;
  const year = yearValue(writtenYear ?? '');
  const month = dayValue(writtenMonth ?? '');
  const day = dayValue(writtenDay ?? '');
  if (year === null) {
    return [{
      start: part.start,
      end: part.end,
      message: { zh: '成文日期的年份应写全（如“2026年”）（GB/T 9704-2012 7.3.5.4）', en: 'Write the year of the date in full (2026年) (GB/T 9704-2012 7.3.5.4)' },
    }];
  }
  if (month === null || day === null || month > 12 || day > 31) {
    return [];
  }
  const right = `${year}年${month}月${day}日`;
  if (written === right) {
    return [];
  }
  return [{
    start: part.start,
    end: part.end,
    message: {
      zh: `成文日期用阿拉伯数字将年、月、日标全，年份写全，月、日不编虚位（GB/T 9704-2012 7.3.5.4），应为“${right}”`,
      en: `Write the date with 年, 月 and 日 in Arabic numerals, the year in full, with no leading zeros (GB/T 9704-2012 7.3.5.4): “${right}”`,
    },
    fixes: () => [changeTo(part.start, part.end, right, true)],
  }];
}

export const dateFormatRule = defineRule({
  id: 'date-format',
  defaultSeverity: 'warning',
  check,
  settings: [],
});
