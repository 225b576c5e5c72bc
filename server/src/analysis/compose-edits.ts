import { countBefore } from './model/sorted';
import type { OffsetEdit } from './vocabulary';

interface Piece {
  /** Span in the intermediate text. */
  readonly start: number;
  readonly end: number;
  /** A first-pass edit (its span in the intermediate text is its new text), or a second-pass edit. */
  readonly first?: OffsetEdit;
  readonly second?: OffsetEdit;
}

function overlaps(a: Piece, clusterStart: number, clusterEnd: number): boolean {
  if (a.start === a.end) {
    return clusterStart < a.start && a.start < clusterEnd;
  }
  return a.start < clusterEnd && a.end > clusterStart;
}

/**
 * Edits of the original text that do what `first` (edits of the original) and then `second` (edits
 * of `middle`, the text `first` made) do together, so that a fix-all of several passes is still one
 * list of non-overlapping edits. A second-pass edit inside text a first-pass edit inserted is merged
 * with that edit; every other edit keeps its own place.
 */
export function composeEdits(middle: string, first: readonly OffsetEdit[], second: readonly OffsetEdit[]): OffsetEdit[] {
  const pieces: Piece[] = [];
  let shift = 0;
  for (const edit of [...first].sort((a, b) => a.start - b.start)) {
    const start = edit.start + shift;
    pieces.push({ start, end: start + edit.newText.length, first: edit });
    shift += edit.newText.length - (edit.end - edit.start);
  }
  for (const edit of second) {
    pieces.push({ start: edit.start, end: edit.end, second: edit });
  }
  pieces.sort((a, b) => a.start - b.start || a.end - b.end);
  const firstPieces = pieces.filter((piece) => piece.first);
  /**
   * The original offset of a cluster's start or end in `middle`: the edge of a first-pass edit it
   * begins or ends with, else the point less the growth of every first-pass edit before it (a
   * deletion right at the point is before a start, after an end).
   */
  const growth: number[] = [0];
  for (const piece of firstPieces) {
    const edit = piece.first as OffsetEdit;
    growth.push((growth[growth.length - 1] as number) + edit.newText.length - (edit.end - edit.start));
  }
  const toOriginal = (point: number, side: 'start' | 'end', edge: Piece | undefined): number => {
    if (edge?.first) {
      return side === 'start' ? edge.first.start : edge.first.end;
    }
    let low = countBefore(firstPieces, (piece) => piece.end <= point);
    while (side === 'end' && low > 0 && (firstPieces[low - 1] as Piece).start === point) {
      low--;
    }
    return point - (growth[low] as number);
  };
  const result: OffsetEdit[] = [];
  for (let i = 0; i < pieces.length; ) {
    const cluster: Piece[] = [pieces[i] as Piece];
    let start = (pieces[i] as Piece).start;
    let end = (pieces[i] as Piece).end;
    i++;
    while (i < pieces.length && (overlaps(pieces[i] as Piece, start, end) || overlaps({ start, end }, (pieces[i] as Piece).start, (pieces[i] as Piece).end))) {
      start = Math.min(start, (pieces[i] as Piece).start);
      end = Math.max(end, (pieces[i] as Piece).end);
      cluster.push(pieces[i] as Piece);
      i++;
    }
    if (cluster.length === 1 && cluster[0]?.first) {
      result.push(cluster[0].first);
      continue;
    }
    const startPiece = cluster.find((piece) => piece.first && piece.start === start);
    const endPiece = cluster.find((piece) => piece.first && piece.end === end);
    let newText = '';
    let cursor = start;
    for (const piece of cluster.filter((p) => p.second).sort((a, b) => a.start - b.start)) {
      const edit = piece.second as OffsetEdit;
      newText += middle.slice(cursor, edit.start) + edit.newText;
      cursor = edit.end;
    }
    newText += middle.slice(cursor, end);
    result.push({ start: toOriginal(start, 'start', startPiece), end: toOriginal(end, 'end', endPiece), newText });
  }
  return result;
}
