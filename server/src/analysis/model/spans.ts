/** Line and span helpers over the text. */

import { isLineBreak, isWhiteSpace } from './text';
import type { Span } from './types';

export type { Span };

/** Scans back only to the line break (lastIndexOf of a break the text lacks would read the whole text). */
export function lineStartOf(text: string, at: number): number {
  let start = at;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') {
    start--;
  }
  return start;
}

/** The text's own line break (\r\n, \r or \n), for an edit that adds a line. */
export function lineBreakOf(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

export function columnOf(text: string, at: number): number {
  return at - lineStartOf(text, at);
}

function lineEndOf(text: string, at: number): number {
  let end = at;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') {
    end++;
  }
  return end;
}

export function lineAround(text: string, at: number): string {
  return text.slice(lineStartOf(text, at), lineEndOf(text, at));
}

export function dropOverlaps<T extends Span>(spans: T[]): T[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) {
      kept.push(span);
    }
  }
  return kept;
}

/** The line containing `at`: its start, the end of its text, and where the next line starts. */
export function lineBounds(text: string, at: number): { start: number; end: number; next: number } {
  const start = lineStartOf(text, at);
  const end = lineEndOf(text, at);
  const next = text.startsWith('\r\n', end) ? end + 2 : Math.min(text.length, end + 1);
  return { start, end, next };
}

export function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (isLineBreak(text.charCodeAt(i))) {
      return true;
    }
  }
  return false;
}

/**
 * The whole line of `start`…`end`, with its line break, when only white space stands beside that span on
 * its line; undefined otherwise (or when the span crosses a line break). Reads only the span and the white
 * space around it, never the rest of a long line.
 */
export function aloneOnLine(text: string, start: number, end: number): Span | undefined {
  if (hasLineBreak(text, start, end)) {
    return undefined;
  }
  let lineStart = start;
  while (lineStart > 0 && !isLineBreak(text.charCodeAt(lineStart - 1))) {
    if (!isWhiteSpace(text.charCodeAt(lineStart - 1))) {
      return undefined;
    }
    lineStart--;
  }
  let lineEnd = end;
  while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) {
    if (!isWhiteSpace(text.charCodeAt(lineEnd))) {
      return undefined;
    }
    lineEnd++;
  }
  return { start: lineStart, end: text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : Math.min(text.length, lineEnd + 1) };
}
