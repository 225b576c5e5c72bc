import { isClosingStart, isTitleText, matchSalutation } from './blocks';
import { partsOf, readFrames } from './document-frame';
import { matchHeadingMarker, matchItemMarker, type MarkerContext } from './markers';
import { ITEM_RANK, itemDepths } from './nested-items';
import { pageChunkCounters } from './page-chunks';
import { runInHeadingStarts } from './run-in-headings';
import { CodeSet, isInlineSpace, skipSpaces, splitLines, trimEndOffset, type Line } from './text';
import type { BlockNode, ChunkCounter, DocumentModel, FramePart, FramesOf, OutlineNode } from './types';

const SENTENCE_END = new CodeSet('。！？!?');
const ITEM_HEAD_END = new CodeSet('。！？!?；;');
const BOUNDARY = new CodeSet('。！？!?；;：:');
const TITLE_END = new CodeSet(' \t\u3000');
/** Closing quotes and brackets that may stand between a sentence end and the next sentence. */
const AFTER_SENTENCE_END = new CodeSet('”’」』）)');

type Candidate = OutlineNode;

function newHeadingEnd(text: string, from: number, lineEnd: number): number {
  let pos = skipSpaces(text, from, lineEnd);
  while (pos < lineEnd && !SENTENCE_END.has(text.charCodeAt(pos)) && !isInlineSpace(text.charCodeAt(pos))) {
    pos++;
  }
  return pos;
}

function findFrom(text: string, from: number, lineEnd: number, stops: CodeSet): number {
  let pos = from;
  while (pos < lineEnd && !stops.has(text.charCodeAt(pos))) {
    pos++;
  }
  return pos;
}

class LineScanner {
  readonly found: Candidate[] = [];
  private headingSeen = false;

  /** Where each chunk counter of a document-sharing page ends, by line: text goes on after it, no heading starts there. */
  private readonly chunkEnds: ReadonlyMap<number, number>;

  /** Where a heading starts inside a line pasted without its line breaks. */
  private readonly runIn: ReadonlySet<number>;

  /** The lines of an official document's parts other than its body (发文字号, 附件说明, 署名…): no heading starts there. */
  private readonly framed = new Map<number, FramePart>();

  constructor(private readonly text: string, private readonly lines: readonly Line[], chunkCounters: readonly ChunkCounter[], frames: FramesOf) {
    this.chunkEnds = new Map(chunkCounters.map((counter) => [counter.line, counter.end]));
    this.runIn = runInHeadingStarts(text, lines);
    for (const part of partsOf(frames)) {
      for (let line = part.firstLine; line <= part.lastLine && part.name !== 'body'; line++) {
        // A title that runs on into its 主送机关 keeps its line.
        if (!this.framed.has(line)) {
          this.framed.set(line, part);
        }
      }
    }
  }

  scan(): Candidate[] {
    this.lines.forEach((line, index) => {
      const part = this.framed.get(index);
      if (!part) {
        this.scanLine(line, index);
      } else if (part.name === 'title' && part.firstLine === index) {
        this.block('title', part.start, part.end);
      }
    });
    return this.found;
  }

  private nextLineStartsWithSalutation(index: number): boolean {
    for (let i = index + 1; i < this.lines.length; i++) {
      const line = this.lines[i] as Line;
      const pos = skipSpaces(this.text, line.start, line.end);
      if (pos < line.end) {
        return matchSalutation(this.text, pos) >= 0;
      }
    }
    return false;
  }

  private block(kind: BlockNode['kind'], start: number, headEnd: number): void {
    this.found.push({ kind, marker: '', start, headEnd, end: headEnd, children: [] });
  }

  /** A title at a line start: returns where it ends, or -1. */
  private tryTitle(pos: number, line: Line, index: number): number {
    const end = findFrom(this.text, pos, line.end, TITLE_END);
    const next = skipSpaces(this.text, end, line.end);
    const beforeSalutation = next < line.end ? matchSalutation(this.text, next) >= 0 : this.nextLineStartsWithSalutation(index);
    if (!isTitleText(this.text.slice(pos, end), beforeSalutation) || (this.headingSeen && !beforeSalutation)) {
      return -1;
    }
    if (beforeSalutation) {
      this.headingSeen = false;
    }
    this.block('title', pos, end);
    return end;
  }

  private scanLine(line: Line, index: number): void {
    const text = this.text;
    const chunkEnd = this.chunkEnds.get(index);
    let pos = chunkEnd ?? skipSpaces(text, line.start, line.end);
    let context: MarkerContext = chunkEnd === undefined ? 'line' : 'clause';
    let spaced = false;
    if (pos < line.end && isClosingStart(text, pos)) {
      this.block('closing', pos, findFrom(text, pos, line.end, ITEM_HEAD_END));
    }
    while (pos < line.end) {
      let searchFrom = pos;
      const salutationEnd = context === 'line' || context === 'chain' ? matchSalutation(text, pos) : -1;
      const heading = salutationEnd < 0 ? matchHeadingMarker(text, pos, this.runIn.has(pos) ? 'line' : context, spaced) : null;
      const item = salutationEnd < 0 && !heading ? matchItemMarker(text, pos) : null;
      const titleEnd = context === 'line' && salutationEnd < 0 && !heading && !item ? this.tryTitle(pos, line, index) : -1;
      if (salutationEnd >= 0) {
        this.block('salutation', pos, salutationEnd);
        searchFrom = salutationEnd - 1;
      } else if (heading) {
        const headEnd = newHeadingEnd(text, heading.end, line.end);
        this.found.push({ kind: 'heading', level: heading.level, marker: heading.marker, number: heading.number, start: pos, headEnd, end: headEnd, children: [] });
        this.headingSeen = true;
        if (isInlineSpace(text.charCodeAt(headEnd))) {
          pos = skipSpaces(text, headEnd, line.end);
          context = 'chain';
          spaced = true;
          continue;
        }
        searchFrom = headEnd;
      } else if (item) {
        const headEnd = findFrom(text, item.end, line.end, ITEM_HEAD_END);
        this.found.push({ kind: 'item', family: item.family, marker: item.marker, number: item.number, start: pos, headEnd, end: headEnd, children: [] });
        searchFrom = item.end;
      } else if (titleEnd >= 0) {
        if (isInlineSpace(text.charCodeAt(titleEnd))) {
          pos = skipSpaces(text, titleEnd, line.end);
          context = 'chain';
          spaced = true;
          continue;
        }
        searchFrom = titleEnd;
      }
      const boundary = findFrom(text, searchFrom, line.end, BOUNDARY);
      if (boundary >= line.end) {
        return;
      }
      context = SENTENCE_END.has(text.charCodeAt(boundary)) ? 'sentence' : 'clause';
      pos = boundary + 1;
      while (pos < line.end && (AFTER_SENTENCE_END.has(text.charCodeAt(pos)) || SENTENCE_END.has(text.charCodeAt(pos)))) {
        pos++;
      }
      const afterSpaces = skipSpaces(text, pos, line.end);
      spaced = afterSpaces > pos;
      pos = afterSpaces;
    }
  }
}

/** Keeps the first closing of each speech that no heading follows; drops items inside a kept closing. */
function settleClosings(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let closingOpen = false;
  for (let i = 0; i < candidates.length; i++) {
    const node = candidates[i] as Candidate;
    if (node.kind === 'title') {
      closingOpen = false;
    } else if (node.kind === 'closing') {
      if (closingOpen || !noHeadingBeforeNextTitle(candidates, i + 1)) {
        continue;
      }
      closingOpen = true;
    } else if (closingOpen && node.kind !== 'salutation') {
      continue;
    }
    kept.push(node);
  }
  return kept;
}

function noHeadingBeforeNextTitle(candidates: readonly Candidate[], from: number): boolean {
  for (let i = from; i < candidates.length; i++) {
    const kind = (candidates[i] as Candidate).kind;
    if (kind === 'title') {
      return true;
    }
    if (kind === 'heading') {
      return false;
    }
  }
  return true;
}

/**
 * How a node ranks against an open one: a node closes every open node of the same or a lower rank. An
 * item nested in an item of its own rank (`depth`) ranks below it.
 */
function rank(node: Candidate, depth: number): number {
  switch (node.kind) {
    case 'title':
    case 'salutation':
    case 'closing':
      return 0;
    case 'heading':
      return node.level;
    case 'item':
      return 10 + ITEM_RANK[node.family] + Math.min(depth, 9) / 10;
  }
}

function buildTree(text: string, nodes: Candidate[]): OutlineNode[] {
  const depths = itemDepths(text, nodes);
  const rankOf = (node: Candidate): number => rank(node, depths.get(node) ?? 0);
  const roots: OutlineNode[] = [];
  const open: Candidate[] = [];
  const close = (node: Candidate, at: number): void => {
    node.end = Math.max(node.headEnd, trimEndOffset(text, node.start, at));
  };
  for (const node of nodes) {
    while (open.length > 0 && rankOf(open[open.length - 1] as Candidate) >= rankOf(node)) {
      close(open.pop() as Candidate, node.start);
    }
    const parent = open[open.length - 1];
    (parent ? parent.children : roots).push(node);
    if (node.kind !== 'title' && node.kind !== 'salutation') {
      open.push(node);
    }
  }
  for (const node of open) {
    close(node, text.length);
  }
  return roots;
}

/** Parses a speech or report into its title, salutation, numbered sections, enumeration items and closing. */
export function parseDocument(text: string): DocumentModel {
  const lines = splitLines(text);
  const chunkCounters = pageChunkCounters(text, lines);
  const frames = readFrames(text, lines);
  const nodes = settleClosings(new LineScanner(text, lines, chunkCounters, frames).scan());
  const roots = buildTree(text, nodes);
  return { text, roots, nodes, chunkCounters, frames };
}

