/**
 * A document as a Word file in the layout of GB/T 9704-2012: the page, the grid, the styles, the page
 * numbers (— 1 —, 4号宋体, 7 mm under the 版心: document preset odd pages right and even pages left, one
 * character in; speech preset centred). Pure: a layout and settings in, the .docx bytes out.
 */
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { PageLayout, Settings } from '../analysis';
import { MARGINS, PAGE, PAGE_NUMBER_GAP, pageGrid, SIZE, type PageGrid } from './geometry';
import { baseStyles, documentStyles, fontOf, type ExportFonts } from './styles';
import { Typesetter } from './typeset';

export interface ExportOptions {
  readonly fonts: ExportFonts;
  readonly linesPerPage: number;
  readonly charactersPerLine: number;
}

export function exportOptions(settings: Settings): ExportOptions {
  return {
    fonts: {
      title: settings['export.fonts.title'],
      body: settings['export.fonts.body'],
      heading1: settings['export.fonts.heading1'],
      heading2: settings['export.fonts.heading2'],
      pageNumber: settings['export.fonts.pageNumber'],
    },
    linesPerPage: settings['export.linesPerPage'],
    charactersPerLine: settings['export.charactersPerLine'],
  };
}

/** The page number's line height: single spacing of 4号 type. */
const PAGE_NUMBER_LINE = Math.round(SIZE.pageNumber * 10 * 1.3);

function pageNumber(font: string, alignment: 'left' | 'right' | 'center'): Footer {
  const oneCharacter = SIZE.pageNumber * 10;
  const indent = alignment === 'right' ? { right: oneCharacter } : alignment === 'left' ? { left: oneCharacter } : {};
  return new Footer({
    children: [new Paragraph({
      alignment: alignment === 'right' ? AlignmentType.RIGHT : alignment === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
      indent,
      spacing: { line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fontOf(font), size: SIZE.pageNumber, characterSpacing: 0 })],
    })],
  });
}

function footers(layout: PageLayout, font: string): { default: Footer; even?: Footer } {
  return layout.preset === 'speech' ? { default: pageNumber(font, 'center') } : { default: pageNumber(font, 'right'), even: pageNumber(font, 'left') };
}

export function wordDocumentOf(layout: PageLayout, options: ExportOptions, grid: PageGrid = pageGrid(options.linesPerPage, options.charactersPerLine)): Document {
  return new Document({
    creator: '公文助手',
    evenAndOddHeaderAndFooters: layout.preset === 'document',
    externalStyles: baseStyles(options.fonts, grid),
    styles: documentStyles(options.fonts, grid),
    sections: [{
      properties: {
        page: {
          size: PAGE,
          margin: { ...MARGINS, header: MARGINS.top / 2, footer: MARGINS.bottom - PAGE_NUMBER_GAP - PAGE_NUMBER_LINE, gutter: 0 },
        },
      },
      footers: footers(layout, options.fonts.pageNumber),
      children: new Typesetter(layout, grid, options.fonts).paragraphs(),
    }],
  });
}

/** The .docx file's bytes. */
export async function wordDocument(layout: PageLayout, options: ExportOptions): Promise<Uint8Array> {
  return Packer.toBuffer(wordDocumentOf(layout, options));
}
