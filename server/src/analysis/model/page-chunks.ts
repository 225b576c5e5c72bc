import type { Line } from './text';
import type { ChunkCounter } from './types';

/** A chunk counter of a document-sharing site's text view: 1、 2、 3、 at the start of each chunk. */
const COUNTER = /^(\d{1,3})、/;
/** How a line ends when its sentence is complete (a heading or a paragraph); a chunk breaks mid-sentence. */
const CLOSED = /[。！？!?；;：:”’」』）)…][ \t\u3000]*$/;
/** Chunks are long; a list of short 1、 2、 headings without punctuation is not a run of chunks. */
const CHUNK_LENGTH = 60;

/**
 * Document-sharing sites show a document as numbered chunks cut at a fixed length, mid-sentence: a run of
 * consecutive lines starting 1、 2、 3、…, some line of which (not the last) is long and stops without
 * ending its sentence. Such counters are page debris, not headings.
 */
export function pageChunkCounters(text: string, lines: readonly Line[]): ChunkCounter[] {
  const counters: ChunkCounter[] = [];
  let run: { counter: ChunkCounter; cut: boolean }[] = [];
  const close = (): void => {
    if (run.slice(0, -1).some((entry) => entry.cut)) {
      counters.push(...run.map((entry) => entry.counter));
    }
    run = [];
  };
  lines.forEach((line, index) => {
    const content = text.slice(line.start, line.end);
    if (content.trim() === '') {
      return;
    }
    const match = COUNTER.exec(content);
    const number = match ? Number(match[1]) : NaN;
    if (!match || number !== run.length + 1) {
      close();
      if (!match || number !== 1) {
        return;
      }
    }
    const counter = { line: index, start: line.start, end: line.start + (match[0] as string).length, number };
    run.push({ counter, cut: [...content].length >= CHUNK_LENGTH && !CLOSED.test(content) });
  });
  close();
  return counters;
}
