import { matchHeadingMarker } from './markers';
import { skipSpaces, type Line } from './text';
import type { HeadingLevel } from './types';

/** Where a marker may stand inside a line: after a sentence end, a colon or a semicolon (then closing quotes, white space). */
const INSIDE_A_LINE = /([。！？!?：:；;])[”’」』）)。！？!?]*[ \t\u3000]*/g;
const SENTENCE_END = /[。！？!?]/;

/** A heading marker that stands inside a line: 要求如下：（一）…… or …。二、…… */
export interface HeadingInsideLine {
  readonly start: number;
  readonly level: HeadingLevel;
  readonly number: number | null;
  /** After ；: one item of an inline list (要求：一、甲；二、乙), never a heading of its own. */
  readonly afterSemicolon: boolean;
}

/** Every heading marker that stands inside a line, in document order. */
export function headingMarkersInsideLines(text: string): HeadingInsideLine[] {
  const found: HeadingInsideLine[] = [];
  for (const match of text.matchAll(INSIDE_A_LINE)) {
    const start = match.index + match[0].length;
    const marker = matchHeadingMarker(text, start, 'line', false);
    if (marker) {
      found.push({ start, level: marker.level, number: marker.number, afterSemicolon: /[；;]/.test(match[1] ?? '') });
    }
  }
  return found;
}

interface Marked {
  readonly start: number;
  readonly level: number;
  readonly number: number;
}

/**
 * Headings run into a line: text pasted from a document-sharing site often arrives as one long line
 * (…提出以下要求：一、提高认识。……二、落实责任。……). A marker after 。 or ： inside a line starts a heading
 * when the marker of its level before it on the line is numbered one less, or the one after it one more,
 * with a sentence end between them (so 要求：一、甲；二、乙。 stays an enumeration), and no other line of the
 * document starts with a heading (a document with its line breaks is read line by line).
 */
export function runInHeadingStarts(text: string, lines: readonly Line[]): Set<number> {
  const starts = new Set<number>();
  const headingLines: Line[] = [];
  for (let index = 0; index < lines.length && headingLines.length < 2; index++) {
    const line = lines[index] as Line;
    const first = skipSpaces(text, line.start, line.end);
    if (first < line.end && matchHeadingMarker(text, first, 'line', false)) {
      headingLines.push(line);
    }
  }
  if (headingLines.length > 1) {
    return starts;
  }
  const inside = headingMarkersInsideLines(text).filter((marker) => !marker.afterSemicolon);
  let next = 0;
  for (const line of headingLines.length === 1 ? headingLines : lines) {
    const marked: Marked[] = [];
    const first = skipSpaces(text, line.start, line.end);
    const atStart = first < line.end ? matchHeadingMarker(text, first, 'line', false) : null;
    if (atStart?.number) {
      marked.push({ start: first, level: atStart.level, number: atStart.number });
    }
    for (; next < inside.length && (inside[next] as HeadingInsideLine).start < line.end; next++) {
      const marker = inside[next] as HeadingInsideLine;
      if (marker.start >= line.start && marker.number) {
        marked.push({ start: marker.start, level: marker.level, number: marker.number });
      }
    }
    addRunIn(text, marked, starts);
  }
  return starts;
}

/** Adds each marker of one line whose neighbour of its level continues its numbering across a sentence end. */
function addRunIn(text: string, marked: readonly Marked[], starts: Set<number>): void {
  for (const level of new Set(marked.map((heading) => heading.level))) {
    const run = marked.filter((heading) => heading.level === level);
    run.forEach((heading, at) => {
      if (follows(text, run[at - 1], heading) || follows(text, heading, run[at + 1])) {
        starts.add(heading.start);
      }
    });
  }
}

/** Whether `next` is numbered one more than `previous` and a sentence ends between them. */
function follows(text: string, previous: Marked | undefined, next: Marked | undefined): boolean {
  return previous !== undefined && next !== undefined && next.number === previous.number + 1 && SENTENCE_END.test(text.slice(previous.start, next.start));
}
