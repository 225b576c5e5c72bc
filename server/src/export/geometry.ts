/**
 * The page of GB/T 9704-2012 in Word's units (twips, 1/20 pt): A4; 天头 37 mm, 订口 28 mm; a 版心 of
 * 156 × 225 mm holding `lines` lines of `characters` characters of 3号 (16 pt) type. The line pitch divides
 * the 版心's height; each character is narrowed (w:spacing on the run) so that exactly `characters` fit a line.
 */

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (millimetres: number): number => Math.round(millimetres * TWIPS_PER_MM);

export const PAGE = { width: mm(210), height: mm(297) } as const;
export const MARGINS = { top: mm(37), left: mm(28), right: mm(26), bottom: mm(35) } as const;
/** The 版心. */
export const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
export const TEXT_HEIGHT = PAGE.height - MARGINS.top - MARGINS.bottom;

/** Font sizes in half-points, as w:sz has them: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;

/** The page number's line starts 7 mm below the 版心 (GB/T 9704-2012 7.5). */
export const PAGE_NUMBER_GAP = mm(7);

export interface PageGrid {
  /** Twips from one line to the next. */
  readonly linePitch: number;
  /** Twips added to (negative: taken from) each character's width. */
  readonly characterSpacing: number;
  /** Twips one body character takes, spacing included: a character's indent. */
  readonly advance: number;
  readonly characters: number;
  /** How many characters of the title's 2号 type fit a line. */
  readonly titleCharacters: number;
}

export function pageGrid(lines: number, characters: number): PageGrid {
  const advance = Math.floor(TEXT_WIDTH / characters);
  const characterSpacing = advance - SIZE.body * 10;
  return {
    linePitch: Math.floor(TEXT_HEIGHT / lines),
    characterSpacing,
    advance,
    characters,
    titleCharacters: Math.floor(TEXT_WIDTH / (SIZE.title * 10 + characterSpacing)),
  };
}

/** Marks below U+2E80 that a Chinese font sets a whole character wide: quotes, dashes, ellipsis, middle dot. */
const FULL_WIDTH_MARKS = new Set('“”‘’—…·※№'.split(''));

const isWide = (char: string): boolean => (char.codePointAt(0) ?? 0) >= 0x2e80 || FULL_WIDTH_MARKS.has(char);

/** Width in characters as printed: a half-width character (digits, Latin letters) is half a character. */
export function printedWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    width += isWide(char) ? 1 : 0.5;
  }
  return width;
}

/**
 * The space Word and LibreOffice put by default between Chinese and digits or Latin letters (autoSpaceDN,
 * autoSpaceDE): about a quarter of a character at each boundary, so 2026年10月12日 prints over 8 characters, not 7.
 */
const AUTO_SPACE = 0.25;

/** printedWidth with the space at each boundary between wide and half-width characters. */
export function spacedWidth(text: string): number {
  const chars = [...text];
  const boundaries = chars.filter((char, i) => i > 0 && isWide(char) !== isWide(chars[i - 1] as string)).length;
  return printedWidth(text) + AUTO_SPACE * boundaries;
}
