/**
 * What each paragraph of a document is on the printed page (GB/T 9704-2012 第7章): the title, the 主送机关,
 * a heading of level 1–4 (and how much of its line is the heading), a body paragraph, the 附件说明, the
 * 署名 and 成文日期, the 附注; for a speech, the speaker's line under the title and the salutation. Read
 * from the model; a Word writer lays it out. No text is dropped but blank lines, a dashed rule and Markdown syntax.
 */
import { partsOf } from './model/document-frame';
import { isStatutory } from './model/document-kind';
import { splitLines, type Line } from './model/text';
import type { DocumentKind } from './vocabulary';
import type { DocumentModel, FramePart, FramePartName, HeadingLevel, HeadingNode, OutlineNode } from './model/types';

export type ExportPreset = 'document' | 'speech';

/** A frame part other than the title and the body (版头, 发文字号, 主送机关, 附件说明, 署名, 成文日期, 附注) is a paragraph of its name's role. */
export type LayoutRole = Exclude<FramePartName, 'title' | 'body'> | 'subtitle' | 'salutation' | 'heading' | 'body';

/** A stretch of a paragraph's text; Markdown's **bold** is the only emphasis carried over. */
export interface LayoutRun {
  readonly text: string;
  readonly bold: boolean;
}

export interface LayoutParagraph {
  readonly role: LayoutRole;
  readonly runs: readonly LayoutRun[];
  /** A heading's level. */
  readonly level?: HeadingLevel;
  /** For a heading that runs into its paragraph (（一）加强领导。各乡镇…): how many characters are the heading. */
  readonly headLength?: number;
}

export interface LayoutTitle {
  readonly role: 'title';
  /** The title's lines as written (a writer may break them again to fit). */
  readonly lines: readonly string[];
}

export interface LayoutTable {
  readonly role: 'table';
  readonly rows: readonly (readonly string[])[];
}

export type LayoutBlock = LayoutParagraph | LayoutTitle | LayoutTable;

export interface PageLayout {
  readonly preset: ExportPreset;
  readonly blocks: readonly LayoutBlock[];
}

/** A rule drawn with dashes (the red line under a 版头 in a text copy): not text. Underscores and asterisks are blanks to fill, and stay. */
const RULE_LINE = /^[-—=─━－\s\u3000]{3,}$/u;
/** Markdown's thematic break. */
const MARKDOWN_RULE = /^(?:[*_-]\s*){3,}$/u;
const MARKDOWN_HEADING = /^(#{1,6})\s+/;
const MARKDOWN_LIST = /^(?:[-*+]|>)\s+/;
const MARKDOWN_TABLE_ROW = /^\|.*\|$/;
const MARKDOWN_TABLE_RULE = /^\|(?:\s*:?-{3,}:?\s*\|)+$/;
const MARKDOWN_BOLD = /\*\*(.+?)\*\*|__(.+?)__/gu;
/** A speech's second title line or the speaker's line: ——在…上的讲话, （张明 2026年11月21日）, a short line with a date. */
const SUBTITLE_LINE = /^(?:——|[（(].*[）)]$|[^。；！？，,]{0,24}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。；！？]{0,4}$)/u;
const MAX_SUBTITLE_LINES = 3;
/** The mark that ends a run-in heading's sentence belongs to the heading. */
const HEAD_STOP = /^[。．.：:；;]$/u;
const SENTENCE_END = /[。！？]$/u;

/** The preset a document takes when none is set: a speech's, or the document layout. */
export function presetOf(model: DocumentModel, kind: DocumentKind | null): ExportPreset {
  if (model.frames.some((frame) => frame.parts.length > 0) || isStatutory(kind)) {
    return 'document';
  }
  return kind === '讲话' || model.nodes.some((node) => node.kind === 'salutation') ? 'speech' : 'document';
}

/** A line's text in runs, Markdown's bold marks taken out. */
function runsOf(text: string, markdown: boolean): LayoutRun[] {
  if (!markdown) {
    return [{ text, bold: false }];
  }
  const runs: LayoutRun[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKDOWN_BOLD)) {
    if (match.index > last) {
      runs.push({ text: text.slice(last, match.index), bold: false });
    }
    runs.push({ text: match[1] ?? match[2] ?? '', bold: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) {
    runs.push({ text: text.slice(last), bold: false });
  }
  return runs;
}

function tableCells(row: string): string[] {
  return row.slice(1, -1).split('|').map((cell) => cell.trim());
}

/** Where each heading starts, by the index of its line (nodes and lines are both in document order). */
function headingsByLine(model: DocumentModel, lines: readonly Line[]): Map<number, HeadingNode[]> {
  const byLine = new Map<number, HeadingNode[]>();
  let index = 0;
  for (const node of model.nodes) {
    if (node.kind !== 'heading') {
      continue;
    }
    while (index < lines.length - 1 && (lines[index] as Line).end < node.start) {
      index++;
    }
    const onLine = byLine.get(index);
    if (onLine) {
      onLine.push(node);
    } else {
      byLine.set(index, [node]);
    }
  }
  return byLine;
}

class LayoutReader {
  readonly blocks: LayoutBlock[] = [];
  private readonly lines: Line[];
  private readonly nodeAt = new Map<number, OutlineNode>();
  private readonly headings: Map<number, HeadingNode[]>;
  /** The title is complete (a line that is not the title came after it). */
  private titleDone = false;
  /** How many lines after the title were the speaker's; -1 once the body has begun. */
  private subtitles = -1;

  constructor(private readonly model: DocumentModel, private readonly preset: ExportPreset, private readonly markdown: boolean) {
    this.lines = splitLines(model.text);
    for (const node of model.nodes) {
      this.nodeAt.set(node.start, node);
    }
    this.headings = headingsByLine(model, this.lines);
  }

  read(): LayoutBlock[] {
    /** The parts other than the body on each line: two when a title runs on into its 主送机关. */
    const partsOn = new Map<number, FramePart[]>();
    for (const part of partsOf(this.model.frames)) {
      for (let line = part.firstLine; line <= part.lastLine && part.name !== 'body'; line++) {
        partsOn.set(line, [...(partsOn.get(line) ?? []), part]);
      }
    }
    let table: string[][] | null = null;
    this.lines.forEach((line, index) => {
      const raw = this.model.text.slice(line.start, line.end);
      const content = raw.trim();
      if (this.markdown && MARKDOWN_TABLE_ROW.test(content)) {
        if (!MARKDOWN_TABLE_RULE.test(content)) {
          table ??= [];
          table.push(tableCells(content));
        }
        return;
      }
      if (table) {
        this.blocks.push({ role: 'table', rows: table });
        table = null;
      }
      if (content === '' || RULE_LINE.test(content) || (this.markdown && MARKDOWN_RULE.test(content))) {
        return;
      }
      const parts = partsOn.get(index);
      if (!parts) {
        this.bodyLine(index, line.start + raw.indexOf(content), line.end, content);
      } else {
        for (const part of parts) {
          this.framePart(part.name, parts.length === 1 ? content : this.model.text.slice(Math.max(part.start, line.start), Math.min(part.end, line.end)).trim());
        }
      }
    });
    if (table) {
      this.blocks.push({ role: 'table', rows: table });
    }
    return this.blocks;
  }

  /** A line (or the piece of a line) of the 版头, 标题, 主送机关… */
  private framePart(name: FramePartName, content: string): void {
    if (name === 'title') {
      this.addTitleLine(content);
    } else if (name !== 'body') {
      this.closeTitle();
      this.paragraph(name, content);
    }
  }

  private paragraph(role: LayoutRole, text: string, extra: Partial<LayoutParagraph> = {}): void {
    this.blocks.push({ role, runs: runsOf(text, this.markdown), ...extra });
  }

  private addTitleLine(text: string): void {
    const last = this.blocks[this.blocks.length - 1];
    if (last?.role === 'title' && !this.titleDone) {
      this.blocks[this.blocks.length - 1] = { role: 'title', lines: [...last.lines, text] };
    } else {
      this.blocks.push({ role: 'title', lines: [text] });
      this.titleDone = false;
    }
  }

  /** The title is complete: the lines right after it may be the speaker's. */
  private closeTitle(): void {
    if (!this.titleDone && this.blocks[this.blocks.length - 1]?.role === 'title') {
      this.subtitles = 0;
    }
    this.titleDone = true;
  }

  /**
   * A line of the body: the title, a salutation, headings and paragraphs, each where it starts in the line (a
   * line pasted without its breaks holds a title, 同志们： and several sections).
   */
  private bodyLine(index: number, start: number, end: number, content: string): void {
    const text = this.model.text;
    const markdownHeading = this.markdown ? MARKDOWN_HEADING.exec(content) : null;
    let from = start + (markdownHeading?.[0].length ?? (this.markdown ? MARKDOWN_LIST.exec(content)?.[0].length ?? 0 : 0));
    const rest = (after: number): number => after + (text.slice(after, end).length - text.slice(after, end).trimStart().length);
    let node = this.nodeAt.get(from);
    if (node?.kind === 'title' || (markdownHeading?.[1] === '#' && !this.blocks.some((block) => block.role === 'title'))) {
      const titleEnd = node?.kind === 'title' ? node.headEnd : end;
      this.addTitleLine(text.slice(from, titleEnd).trim());
      from = rest(titleEnd);
      if (from >= end) {
        return;
      }
      node = this.nodeAt.get(from);
    }
    this.closeTitle();
    if (this.isSubtitle(node, text.slice(from, end).trim())) {
      this.paragraph('subtitle', text.slice(from, end).trim());
      this.subtitles++;
      return;
    }
    this.subtitles = -1;
    if (node?.kind === 'salutation') {
      this.paragraph('salutation', text.slice(from, node.headEnd).trim());
      from = rest(node.headEnd);
      if (from >= end) {
        return;
      }
    }
    const cuts = (this.headings.get(index) ?? []).map((heading) => heading.start).filter((cut) => cut > from);
    const markdownLevel = markdownHeading ? Math.min((markdownHeading[1] ?? '').length - 1, 4) : 0;
    [from, ...cuts].forEach((cut, at) => this.headingOrBody(cut, cuts[at] ?? end, markdownLevel));
  }

  /** The speaker's line under a speech's title (or its second title line, ——在…上的讲话). */
  private isSubtitle(node: OutlineNode | undefined, content: string): boolean {
    return this.preset === 'speech' && this.subtitles >= 0 && this.subtitles < MAX_SUBTITLE_LINES && node === undefined && SUBTITLE_LINE.test(content);
  }

  private headingOrBody(start: number, end: number, markdownLevel: number): void {
    const source = this.model.text;
    const text = source.slice(start, end).trim();
    const node = this.nodeAt.get(start);
    if (node?.kind === 'heading') {
      const headEnd = node.headEnd + (HEAD_STOP.test(source.charAt(node.headEnd)) ? 1 : 0);
      // A heading that is a whole sentence (（1）保洁经费由…给予补助。) starts a paragraph; it is no line of a table of contents.
      const runIn = source.slice(headEnd, end).trim() !== '' || SENTENCE_END.test(text);
      const headLength = runsOf(source.slice(start, headEnd), this.markdown).reduce((length, run) => length + run.text.length, 0);
      this.paragraph('heading', text, { level: node.level, ...(runIn ? { headLength } : {}) });
    } else if (markdownLevel > 0) {
      this.paragraph('heading', text, { level: markdownLevel as HeadingLevel });
    } else {
      this.paragraph('body', text);
    }
  }
}

/** The document as laid out on paper, paragraph by paragraph. */
export function pageLayout(model: DocumentModel, preset: ExportPreset, markdown: boolean): PageLayout {
  return { preset, blocks: new LayoutReader(model, preset, markdown).read() };
}
