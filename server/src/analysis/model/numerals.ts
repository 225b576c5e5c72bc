const DIGITS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const CHINESE_NUMERAL_CHARS = '一二三四五六七八九十';

/** The digits of a year written in Chinese numerals (二〇二六, 二○○八), with the zeros drafters type (零, Ｏ). */
export const YEAR_NUMERALS = '〇零○Ｏ一二三四五六七八九';

/** Value of a Chinese numeral from 一 to 九十九 (一, 十, 十一, 二十, 二十三); null for anything else. */
export function chineseNumeralValue(numeral: string): number | null {
  if (numeral.length === 1) {
    return numeral === '十' ? 10 : DIGITS[numeral] ?? null;
  }
  const ten = numeral.indexOf('十');
  if (ten < 0 || numeral.indexOf('十', ten + 1) >= 0) {
    return null;
  }
  const tensPart = numeral.slice(0, ten);
  const onesPart = numeral.slice(ten + 1);
  const tens = tensPart === '' ? 1 : DIGITS[tensPart];
  const ones = onesPart === '' ? 0 : DIGITS[onesPart];
  if (tens === undefined || ones === undefined || tensPart.length > 1 || onesPart.length > 1) {
    return null;
  }
  return tens * 10 + ones;
}

/**
 * The Chinese numeral for 1–9999 as a count or an ordinal is written: 一, 十, 十一, 二十, 一百, 一百零一,
 * 一百一十, 一百二十一, 一千零五. (The markers the parser reads stop at 九十九: see MAX_MARKER_NUMBER.)
 */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 9999) {
    throw new RangeError(`no Chinese numeral for ${value}`);
  }
  const digit = (n: number): string => CHINESE_NUMERAL_CHARS[n - 1] ?? '';
  const units = ['千', '百', '十', ''];
  const digits = [Math.floor(value / 1000), Math.floor(value / 100) % 10, Math.floor(value / 10) % 10, value % 10];
  let written = '';
  let zero = false;
  digits.forEach((d, place) => {
    if (d === 0) {
      zero = written !== '';
      return;
    }
    written += (zero ? '零' : '') + digit(d) + units[place];
    zero = false;
  });
  // 十一 and 十 (not 一十一, 一十) when the tens lead; 一百一十 keeps its 一.
  return value >= 10 && value < 20 ? written.slice(1) : written;
}

/** The largest number a heading or item marker can carry and still be read as one: 九十九, 99, (99). */
export const MAX_MARKER_NUMBER = 99;
/** ⑴ to ⒇: the circled forms stop at 20. */
export const MAX_CIRCLED_NUMBER = 20;

/** Full-width digits (２０２６) as ASCII digits (2026); everything else unchanged. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}
