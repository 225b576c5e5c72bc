const DIGITS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export const CHINESE_NUMERAL_CHARS = '一二三四五六七八九十';

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

/** The Chinese numeral for 1–99, the inverse of chineseNumeralValue. */
export function chineseNumeral(value: number): string {
  const digit = (n: number): string => CHINESE_NUMERAL_CHARS[n - 1] ?? '';
  if (value <= 10) {
    return digit(value);
  }
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return (tens === 1 ? '' : digit(tens)) + '十' + (ones === 0 ? '' : digit(ones));
}
