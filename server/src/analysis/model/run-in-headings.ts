import { matchHeadingMarker } from './markers';
import { skipSpaces, type Line } from './text';

/** Where a heading may stand inside a line: after a sentence end or a colon (and closing quotes, white space). */
const INSIDE_A_LINE = /[。！？!?：:][”’」』）)。！？!?]*[ \t\u3000]*/g;
const SENTENCE_END = /[。！？!?]/;

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
  const headingLines: number[] = [];
  for (let index = 0; index < lines.length && headingLines.length < 2; index++) {
    const line = lines[index] as Line;
    const first = skipSpaces(text, line.start, line.end);
    if (first < line.end && matchHeadingMarker(text, first, 'line', false)) {
      headingLines.push(index);
    }
  }
  if (headingLines.length > 1) {
    return starts;
  }
  const insides = text.matchAll(INSIDE_A_LINE);
  let inside = insides.next();
  lines.forEach((line, index) => {
    const marked: Marked[] = [];
    const first = skipSpaces(text, line.start, line.end);
    const atStart = first < line.end ? matchHeadingMarker(text, first, 'line', false) : null;
    if (atStart?.number) {
      marked.push({ start: first, level: atStart.level, number: atStart.number });
    }
    for (; !inside.done && inside.value.index < line.end; inside = insides.next()) {
      const start = inside.value.index + inside.value[0].length;
      const marker = start < line.end ? matchHeadingMarker(text, start, 'line', false) : null;
      if (marker?.number) {
        marked.push({ start, level: marker.level, number: marker.number });
      }
    }
    if (headingLines.length === 1 && headingLines[0] !== index) {
      return;
    }
    for (const level of new Set(marked.map((heading) => heading.level))) {
      const run = marked.filter((heading) => heading.level === level);
      run.forEach((heading, at) => {
        if (follows(text, run[at - 1], heading) || follows(text, heading, run[at + 1])) {
          starts.add(heading.start);
        }
      });
    }
  });
  return starts;
}

/** Whether `next` is numbered one more than `previous` and a sentence ends between them. */
function follows(text: string, previous: Marked | undefined, next: Marked | undefined): boolean {
  return previous !== undefined && next !== undefined && next.number === previous.number + 1 && SENTENCE_END.test(text.slice(previous.start, next.start));
}
