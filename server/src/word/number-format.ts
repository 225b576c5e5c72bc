/**
 * A list counter as Word writes it in each w:numFmt a Chinese document uses: 一 二 三 (chineseCounting,
 * chineseCountingThousand), 甲 乙 丙 (ideographTraditional), ① ② (decimalEnclosedCircle), ⑴ ⑵
 * (decimalEnclosedParen), 1 2, 01, １, a b, A B, i ii, 壹 贰. An unknown format is written in decimal.
 */
import { chineseNumeral } from '../analysis';

const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';

function letters(value: number, base: string): string {
  // Word repeats the letter: 27 → aa, 28 → bb.
  const letter = base.charAt((value - 1) % 26);
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = value;
  let written = '';
  for (const [amount, numeral] of table) {
    while (rest >= amount) {
      written += numeral;
      rest -= amount;
    }
  }
  return written;
}

function legal(value: number): string {
  // 拾贰 is written 壹拾贰 in the legal (大写) form, where counting writes 十二.
  const counted = chineseNumeral(value);
  return (value >= 10 && value < 20 ? `一${counted}` : counted).replace(/[一二三四五六七八九十百千]/g, (char) => {
    const digit = IDEOGRAPH_DIGITS.indexOf(char);
    return digit > 0 ? LEGAL_DIGITS.charAt(digit) : ({ 十: '拾', 百: '佰', 千: '仟' } as Record<string, string>)[char] ?? char;
  });
}

export function formatNumber(value: number, format: string): string {
  if (value < 1 && format !== 'decimal' && format !== 'decimalZero') {
    return String(value);
  }
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return value <= 9999 ? chineseNumeral(value) : String(value);
    case 'chineseLegalSimplified':
      return value <= 9999 ? legal(value) : String(value);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(value)].map((digit) => IDEOGRAPH_DIGITS.charAt(Number(digit))).join('');
    case 'ideographTraditional':
      return HEAVENLY_STEMS.charAt((value - 1) % 10);
    case 'ideographZodiac':
      return EARTHLY_BRANCHES.charAt((value - 1) % 12);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return value <= 20 ? String.fromCodePoint(0x2460 + value - 1) : String(value);
    case 'decimalEnclosedParen':
      return value <= 20 ? String.fromCodePoint(0x2474 + value - 1) : String(value);
    case 'decimalEnclosedFullstop':
      return value <= 20 ? String.fromCodePoint(0x2488 + value - 1) : String(value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((digit) => String.fromCodePoint(0xff10 + Number(digit))).join('');
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'lowerLetter':
      return letters(value, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(value);
    case 'upperRoman':
      return roman(value).toUpperCase();
    case 'none':
      return '';
    default:
      return String(value);
  }
}
