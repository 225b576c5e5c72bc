/**
 * The Word styles of an exported document. Every run names its font in all four slots with the East-Asian
 * hint, so full-width punctuation and quotes never fall back to a Latin or theme font. Headings use Word's
 * built-in Heading 1–4 (the navigation pane and a table of contents find them) and carry all their
 * formatting in the style; a heading that runs into its paragraph gets the matching character style.
 */
import { AlignmentType, type IParagraphStyleOptions, type ICharacterStyleOptions, type IStylesOptions, type IRunOptions } from 'docx';
import { escapeXml } from '../word/xml';
import { SIZE, type PageGrid } from './geometry';

export interface ExportFonts {
  readonly title: string;
  readonly body: string;
  readonly heading1: string;
  readonly heading2: string;
  readonly pageNumber: string;
}

/** A font in every slot (ASCII, high ANSI, East-Asian, complex script), East-Asian first. */
export function fontOf(name: string): NonNullable<IRunOptions['font']> {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
}

/** The font of a heading level: 黑体, 楷体, then the body's 仿宋. */
export function headingFont(fonts: ExportFonts, level: number): string {
  return level === 1 ? fonts.heading1 : level === 2 ? fonts.heading2 : fonts.body;
}

export const SUBTITLE_STYLE = 'Subtitle';

export function headingCharacterStyle(level: number): string {
  return `Heading${level}Char`;
}

/**
 * The styles part the document starts from: its defaults, which the docx API cannot all say (no widow
 * control; Chinese as the East-Asian language; overflowPunct on, Word's own default, said explicitly because
 * LibreOffice drops a full-width mark at a line's end without it), and Normal. Every paragraph is spaced
 * exactly one line pitch, so a page holds exactly the lines of the grid whatever the fonts.
 */
export function baseStyles(fonts: ExportFonts, grid: PageGrid): string {
  const font = escapeXml(fonts.body);
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults>'
    + `<w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}" w:hint="eastAsia"/>`
    + `<w:spacing w:val="${grid.characterSpacing}"/><w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>`
    + '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:overflowPunct w:val="1"/>'
    + `<w:spacing w:before="0" w:after="0" w:line="${grid.linePitch}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>`
    + '</w:docDefaults>'
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
    + '</w:styles>';
}

const plainRun = (font: string, size: number): IRunOptions => ({ font: fontOf(font), size, bold: false, italics: false, color: '000000' });

export function documentStyles(fonts: ExportFonts, grid: PageGrid): IStylesOptions {
  const indent = { firstLine: 2 * grid.advance };
  const heading = (level: number): { run: IRunOptions; paragraph: IParagraphStyleOptions['paragraph'] } => ({
    run: plainRun(headingFont(fonts, level), SIZE.body),
    paragraph: { indent, outlineLevel: level - 1, spacing: { before: 0, after: 0 } },
  });
  const characterStyles: ICharacterStyleOptions[] = [1, 2, 3, 4].map((level) => ({
    id: headingCharacterStyle(level),
    name: `Heading ${level} Char`,
    run: { font: fontOf(headingFont(fonts, level)) },
  }));
  return {
    default: {
      title: { run: plainRun(fonts.title, SIZE.title), paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } } },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      heading4: heading(4),
    },
    paragraphStyles: [
      {
        id: SUBTITLE_STYLE,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: plainRun(fonts.heading2, SIZE.body),
        paragraph: { alignment: AlignmentType.CENTER },
      },
    ],
    characterStyles,
  };
}
