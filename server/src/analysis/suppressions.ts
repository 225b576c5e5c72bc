import { countBefore } from './model/sorted';
import { splitLines, type Line } from './model/text';

/**
 * Disable comments, the way markdownlint and ESLint have them, in two spellings that both work in
 * plain text and Markdown:
 *
 *   <!-- gongwen-disable placeholder -->        … <!-- gongwen-enable placeholder -->
 *   <!-- gongwen-disable-next-line doubled-word -->
 *   // gongwen-disable-next-line                (a line of its own; no rule ids: every rule)
 *   一、XX工作 <!-- gongwen-disable-line placeholder -->
 *
 * The comments themselves are blanked out (replaced by spaces, so no offset moves) before the text
 * is analysed: a comment line is not a title, a paragraph or a place to find problems.
 */

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

interface Directive {
  readonly kind: DirectiveKind;
  /** Rule ids named; empty for every rule. */
  readonly rules: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

const ALL = '*';
const MARK = 'gongwen-';
const HTML_DIRECTIVE = /<!--[ \t]*gongwen-(disable-next-line|disable-line|disable|enable)(?![\w-])([^>\r\n]*?)-->/g;
const LINE_DIRECTIVE = /^[ \t\u3000]*\/\/[ \t]*gongwen-(disable-next-line|disable-line|disable|enable)(?![\w-])(.*)$/;

function ruleIds(list: string): string[] {
  return list.split(/[\s,，、]+/).filter((id) => id !== '');
}

function directivesOf(text: string, lines: readonly Line[]): Directive[] {
  const directives: Directive[] = [];
  lines.forEach((line, index) => {
    const content = text.slice(line.start, line.end);
    if (!content.includes(MARK)) {
      return;
    }
    const whole = LINE_DIRECTIVE.exec(content);
    if (whole) {
      directives.push({ kind: whole[1] as DirectiveKind, rules: ruleIds(whole[2] ?? ''), start: line.start, end: line.end, line: index });
      return;
    }
    for (const match of content.matchAll(HTML_DIRECTIVE)) {
      const start = line.start + (match.index ?? 0);
      directives.push({ kind: match[1] as DirectiveKind, rules: ruleIds(match[2] ?? ''), start, end: start + match[0].length, line: index });
    }
  });
  return directives;
}

interface Interval {
  readonly start: number;
  readonly end: number;
}

export class Suppressions {
  /** The text to analyse: the comments blanked out. */
  readonly text: string;
  private readonly lineStarts: readonly number[];
  private readonly byLine = new Map<number, Set<string>>();
  private readonly blocks = new Map<string, Interval[]>();

  constructor(original: string) {
    const lines = original.includes(MARK) ? splitLines(original) : [];
    const directives = directivesOf(original, lines);
    this.lineStarts = lines.map((line) => line.start);
    this.text = directives.length === 0 ? original : blank(original, directives);
    const open = new Map<string, number>();
    for (const directive of directives) {
      const ids = directive.rules.length === 0 ? [ALL] : directive.rules;
      switch (directive.kind) {
        case 'disable-line':
        case 'disable-next-line': {
          const line = directive.kind === 'disable-line' ? directive.line : directive.line + 1;
          const set = this.byLine.get(line) ?? new Set<string>();
          ids.forEach((id) => set.add(id));
          this.byLine.set(line, set);
          break;
        }
        case 'disable':
          for (const id of ids.filter((candidate) => !open.has(candidate))) {
            open.set(id, directive.end);
          }
          break;
        case 'enable':
          for (const id of directive.rules.length === 0 ? [...open.keys()] : ids) {
            this.close(open, id, directive.start);
          }
          break;
      }
    }
    [...open.keys()].forEach((id) => this.close(open, id, original.length));
  }

  /** Whether a finding of `ruleId` starting at `offset` is turned off by a comment. */
  covers(ruleId: string, offset: number): boolean {
    if (this.lineStarts.length === 0) {
      return false;
    }
    const onLine = this.byLine.get(this.lineOf(offset));
    if (onLine && (onLine.has(ALL) || onLine.has(ruleId))) {
      return true;
    }
    const inside = (interval: Interval) => interval.start <= offset && offset < interval.end;
    return (this.blocks.get(ALL)?.some(inside) ?? false) || (this.blocks.get(ruleId)?.some(inside) ?? false);
  }

  private close(open: Map<string, number>, id: string, end: number): void {
    const start = open.get(id);
    if (start === undefined) {
      return;
    }
    open.delete(id);
    const list = this.blocks.get(id) ?? [];
    list.push({ start, end });
    this.blocks.set(id, list);
  }

  /** The line holding `offset`: the last whose start is at or before it (the first starts at 0). */
  private lineOf(offset: number): number {
    return Math.max(0, countBefore(this.lineStarts, (start) => start <= offset) - 1);
  }
}

function blank(text: string, directives: readonly Directive[]): string {
  let result = '';
  let at = 0;
  for (const directive of directives) {
    result += text.slice(at, directive.start) + ' '.repeat(directive.end - directive.start);
    at = directive.end;
  }
  return result + text.slice(at);
}

/** The comment that turns `ruleId` off for the next line, in the document's comment style. */
export function disableNextLineComment(ruleId: string, markdown: boolean): string {
  return markdown ? `<!-- gongwen-disable-next-line ${ruleId} -->` : `// gongwen-disable-next-line ${ruleId}`;
}
