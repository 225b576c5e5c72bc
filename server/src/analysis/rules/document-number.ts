import { halfWidthDigits } from '../model/numerals';
import type { Finding } from '../vocabulary';
import { changeTo, defineRule, type RuleContext } from './rule';

/**
 * A 发文字号, the document's own or one cited in the text: an organ's short name, the year in brackets, the
 * serial number and 号 (国办发〔2018〕124号). Its year must be in 六角括号 〔〕, with no 第 and no leading zeros
 * (GB/T 9704-2012 7.2.5). Court case numbers (（2019）京01民终1号) have letters after the year and do not match.
 * Copies garble it two ways that are certain to mend: a letter O for a zero in the year ([20O0]), and the last
 * character of the organ's code put after the year (闽政[1998]文333号 for 闽政文〔1998〕333号). A space between
 * the organ's code and the year goes too (国办函 [2003] 49号); a template's blank year or serial is kept as it is.
 */
const NUMBER = /(?<=\p{Script=Han})([ \u3000]*)([〔［\[【(（])[ \u3000]*((?:19|2[0Oo])[0-9Oo]{2}|[１２][０-９]{3}|(?:19|20|２０)?[×XxＸ*＊]{2,4})[ \u3000]*([〕］\]】)）])[ \u3000]*([文字函发]?)[ \u3000]*(第?)[ \u3000]*([0-9０-９]+|[×XxＸ*＊]{1,3})[ \u3000]*号/gu;
/** A template's blank (〔20××〕×号): the brackets are still to mend, the blank is placeholder's. */
const BLANK = /[×XxＸ*＊]/u;

function check({ text }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [matched, space, open, year, close, code, ordinal, serial] = match as unknown as [string, string, string, string, string, string, string, string];
    const blankYear = BLANK.test(year);
    const right = `${code}〔${blankYear ? year : halfWidthDigits(year).replace(/[Oo]/g, '0')}〕${BLANK.test(serial) ? serial : String(Number(halfWidthDigits(serial)))}号`;
    if (matched === right) {
      continue;
    }
    const problems: string[] = [];
    const problemsEn: string[] = [];
    if (open !== '〔' || close !== '〕') {
      problems.push(`年份应用六角括号“〔〕”，不用“${open}${close}”`);
      problemsEn.push(`the year goes in 〔〕, not ${open}${close}`);
    }
    if (!blankYear && /[Oo]/.test(year)) {
      problems.push('年份中的字母“O”应为数字“0”');
      problemsEn.push('the letter O in the year is a zero');
    }
    if (code !== '') {
      problems.push(`机关代字“${code}”应在年份之前`);
      problemsEn.push(`the organ code’s “${code}” goes before the year`);
    }
    if (ordinal !== '') {
      problems.push('序号前不加“第”');
      problemsEn.push('no 第 before the serial number');
    }
    if (/^[0０]/.test(serial)) {
      problems.push('序号不编虚位（不写 0 开头）');
      problemsEn.push('no leading zeros in the serial number');
    }
    if (problems.length === 0) {
      problems.push('发文字号中不留空格，数字用半角');
      problemsEn.push('no spaces, and half-width digits');
    }
    const start = match.index + space.length;
    const end = match.index + matched.length;
    findings.push({
      start,
      end,
      message: { zh: `发文字号：${problems.join('；')}（GB/T 9704-2012 7.2.5），应为“${right}”`, en: `Document number: ${problemsEn.join('; ')} (GB/T 9704-2012 7.2.5); write “${right}”` },
      fixes: () => [changeTo(match.index, end, right, true)],
    });
  }
  return findings;
}

export const documentNumberRule = defineRule({
  id: 'document-number',
  defaultSeverity: 'warning',
  // Its fix writes the whole number, brackets included: it wins over fullwidth-punctuation's (2026) → （2026）.
  fixPriority: 1,
  check,
  settings: [],
});
