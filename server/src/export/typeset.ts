/**
 * Each laid-out block as Word paragraphs, placed as GB/T 9704-2012 第7章 says: the title centred with a
 * blank line under it; 主送机关 flush left; headings and body paragraphs indented two characters; 附件说明
 * a line below the body, indented two characters, the names aligned; the 署名 two characters from the right
 * a line below that, the 成文日期 under it two characters further right; the 附注 under the date in parentheses.
 */
import { AlignmentType, HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IParagraphOptions } from 'docx';
import type { LayoutBlock, LayoutParagraph, LayoutRun, PageLayout } from '../analysis';
import { printedWidth, SIZE, spacedWidth, TEXT_WIDTH, type PageGrid } from './geometry';
import { fontOf, headingCharacterStyle, SUBTITLE_STYLE, type ExportFonts } from './styles';
import { titleLines } from './title-lines';

const HEADING_STYLES = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
/** 附件：1.名称 — the label, and an item's number (1. 1．). */
const ATTACHMENT_LABEL = /^附\s*件\s*[：:]\s*/u;
const ATTACHMENT_NUMBER = /^[0-9０-９]+\s*[.．、]\s*/u;

const paragraphOf = (children: IParagraphOptions['children'], options: Omit<IParagraphOptions, 'children'> = {}): Paragraph => new Paragraph({ ...options, children });
const textOf = (paragraph: LayoutParagraph): string => paragraph.runs.map((run) => run.text).join('');

/**
 * Where the 署名 and the 成文日期 go (7.3.5.2), as their distances from the right margin in characters. Both are
 * set flush right at those distances (widths with the space between digits and Chinese, spacedWidth), so a
 * date printed a little wider than estimated starts a little further left instead of wrapping.
 */
interface SignaturePlace {
  readonly signatureRight: number;
  readonly dateRight: number;
}

function signaturePlace(blocks: readonly LayoutBlock[], characters: number): SignaturePlace {
  const widths = (role: string): number[] => blocks.filter((block): block is LayoutParagraph => block.role === role).map((block) => spacedWidth(textOf(block)));
  const signature = Math.max(0, ...widths('signature'));
  const date = Math.max(0, ...widths('date'));
  // The date's first character two to the right of the 署名's, the 署名 two characters from the right;
  // a date that would then come closer than two characters to the margin keeps two, and the 署名 moves left.
  const dateLeft = characters - 2 - signature + 2;
  if (dateLeft + date <= characters - 2) {
    return { signatureRight: 2, dateRight: characters - dateLeft - date };
  }
  return { signatureRight: date + 4 - signature, dateRight: 2 };
}

export class Typesetter {
  private readonly place: SignaturePlace;
  /** The width of the last 附件 item's number, under which its name's continuation lines go. */
  private attachmentNumber = 0;

  constructor(private readonly layout: PageLayout, private readonly grid: PageGrid, private readonly fonts: ExportFonts) {
    this.place = signaturePlace(layout.blocks, grid.characters);
  }

  /** Characters as twips of indent. */
  private chars(count: number): number {
    return Math.round(count * this.grid.advance);
  }

  private runs(runs: readonly LayoutRun[], font = this.fonts.body): TextRun[] {
    return runs.filter((run) => run.text !== '').map((run) => new TextRun({ text: run.text, font: fontOf(font), ...(run.bold ? { bold: true } : {}) }));
  }

  private blank(): Paragraph {
    return new Paragraph({});
  }

  paragraphs(): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    const blocks = this.layout.blocks;
    blocks.forEach((block, index) => {
      const previous = blocks[index - 1]?.role;
      const next = blocks[index + 1]?.role;
      if (block.role === 'title') {
        if (out.length > 0) {
          out.push(this.blank());
        }
        out.push(this.title(block.lines));
        if (next !== 'subtitle') {
          out.push(this.blank());
        }
        return;
      }
      if (block.role === 'table') {
        out.push(this.table(block.rows));
        return;
      }
      const startsPart = block.role !== previous;
      if (startsPart && (block.role === 'attachments' || block.role === 'signature' || (block.role === 'date' && previous !== 'signature'))) {
        out.push(this.blank());
      }
      out.push(...this.typeset(block, startsPart));
      if (block.role === 'subtitle' && next !== 'subtitle') {
        out.push(this.blank());
      }
    });
    return out;
  }

  private title(lines: readonly string[]): Paragraph {
    const broken = titleLines(lines, this.grid.titleCharacters);
    return paragraphOf(broken.map((line, index) => new TextRun({ text: line, font: fontOf(this.fonts.title), ...(index > 0 ? { break: 1 } : {}) })), { heading: HeadingLevel.TITLE });
  }

  private typeset(block: LayoutParagraph, startsPart: boolean): Paragraph[] {
    const indent = { firstLine: this.chars(2) };
    switch (block.role) {
      case 'heading':
        return [this.heading(block)];
      case 'subtitle':
        return [paragraphOf(block.runs.filter((run) => run.text !== '').map((run) => new TextRun({ text: run.text })), { style: SUBTITLE_STYLE })];
      case 'header':
        return [/文件$/u.test(textOf(block))
          ? paragraphOf([new TextRun({ text: textOf(block), font: fontOf(this.fonts.title), size: SIZE.title, color: 'E60012' })], { alignment: AlignmentType.CENTER })
          : paragraphOf(this.runs(block.runs, this.fonts.heading1), { alignment: AlignmentType.LEFT })];
      case 'number':
        return [paragraphOf(this.runs(block.runs), { alignment: AlignmentType.CENTER })];
      case 'addressee':
      case 'salutation':
        return [paragraphOf(this.runs(block.runs), { alignment: AlignmentType.LEFT })];
      case 'attachments':
        return [this.attachment(block, startsPart)];
      case 'signature':
        return [paragraphOf(this.runs(block.runs), { alignment: AlignmentType.RIGHT, indent: { right: this.chars(this.place.signatureRight) } })];
      case 'date':
        return [paragraphOf(this.runs(block.runs), { alignment: AlignmentType.RIGHT, indent: { right: this.chars(this.place.dateRight) } })];
      case 'note': {
        const text = textOf(block);
        const runs = /^[（(].*[）)]$/u.test(text) ? block.runs : [{ text: '（', bold: false }, ...block.runs, { text: '）', bold: false }];
        return [paragraphOf(this.runs(runs), { alignment: AlignmentType.LEFT, indent })];
      }
      case 'body':
        return [paragraphOf(this.runs(block.runs), { indent })];
    }
  }

  /** A heading in its built-in style, or, when it runs into its paragraph, its heading sentence in the matching character style. */
  private heading(block: LayoutParagraph): Paragraph {
    const level = block.level ?? 1;
    if (block.headLength === undefined) {
      return paragraphOf(block.runs.filter((run) => run.text !== '').map((run) => new TextRun({ text: run.text, ...(run.bold ? { bold: true } : {}) })), { heading: HEADING_STYLES[level - 1] });
    }
    const children: TextRun[] = [];
    let left = block.headLength;
    for (const run of block.runs) {
      const head = run.text.slice(0, Math.max(0, left));
      const rest = run.text.slice(head.length);
      left -= head.length;
      if (head !== '') {
        children.push(new TextRun({ text: head, style: headingCharacterStyle(level), ...(run.bold ? { bold: true } : {}) }));
      }
      children.push(...this.runs([{ text: rest, bold: run.bold }]));
    }
    return paragraphOf(children, { indent: { firstLine: this.chars(2) } });
  }

  /** 附件：1.名称 at two characters; the next items' numbers under the first's; a long name wraps under its first character. */
  private attachment(block: LayoutParagraph, first: boolean): Paragraph {
    const text = textOf(block);
    const label = first ? ATTACHMENT_LABEL.exec(text)?.[0] ?? '' : '';
    const number = ATTACHMENT_NUMBER.exec(text.slice(label.length))?.[0];
    if (number !== undefined || first) {
      this.attachmentNumber = printedWidth(number ?? '');
    }
    const labelWidth = first ? printedWidth(label) : printedWidth('附件：');
    const hanging = (first ? labelWidth : 0) + (number === undefined ? 0 : this.attachmentNumber);
    return paragraphOf(this.runs(block.runs), {
      alignment: AlignmentType.LEFT,
      indent: { left: this.chars(2 + labelWidth + this.attachmentNumber), hanging: this.chars(hanging) },
    });
  }

  /** A Markdown table with explicit column widths (WPS needs the grid), shared in proportion to each column's longest cell. */
  private table(rows: readonly (readonly string[])[]): Table {
    const columns = Math.max(...rows.map((row) => row.length));
    const longest = Array.from({ length: columns }, (_, column) => Math.max(2, ...rows.map((row) => printedWidth(row[column] ?? ''))));
    const total = longest.reduce((sum, width) => sum + width, 0);
    const widths = longest.map((width) => Math.floor((TEXT_WIDTH * width) / total));
    return new Table({
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: rows.map((row) => new TableRow({
        children: widths.map((width, column) => new TableCell({
          width: { size: width, type: WidthType.DXA },
          children: [paragraphOf(this.runs([{ text: row[column] ?? '', bold: false }]), { alignment: AlignmentType.LEFT })],
        })),
      })),
    });
  }
}
