import type { DocumentKind } from '../vocabulary';

/** Offsets are JS string (UTF-16 code unit) offsets into the analysed text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

/** 一是/二是 (shi), 一要/二要 (yao), 首先/其次/再次/最后 (sequence), 第一，/第二， (ordinal). */
export type ItemFamily = 'shi' | 'yao' | 'sequence' | 'ordinal';

interface NodeBase {
  /** Where the node starts (its marker, or its first character). */
  readonly start: number;
  /** Where the node's own text (heading title, first clause, title line) ends. */
  readonly headEnd: number;
  /** Where the node's range ends: just before the next node of the same or a higher rank. */
  end: number;
  readonly children: OutlineNode[];
}

export interface HeadingNode extends NodeBase {
  readonly kind: 'heading';
  readonly level: HeadingLevel;
  /** The marker as written: 一、 （一） (一) 1. 1、 （1） ⑴ **. */
  readonly marker: string;
  /** The number the marker says; null when it says none (**., X.). */
  readonly number: number | null;
}

export interface ItemNode extends NodeBase {
  readonly kind: 'item';
  readonly family: ItemFamily;
  /** The marker as written: 一是 二要 首先 第一， */
  readonly marker: string;
  /** Position in its family: 一是 → 1, 其次 → 2, 最后 → null (last, whatever the count). */
  readonly number: number | null;
}

export interface BlockNode extends NodeBase {
  readonly kind: 'title' | 'salutation' | 'closing';
  readonly marker: '';
}

export type OutlineNode = HeadingNode | ItemNode | BlockNode;

/** The parts of an official document (GB/T 9704-2012 第7章) around and including its body. */
export type FramePartName = 'header' | 'number' | 'title' | 'addressee' | 'body' | 'attachments' | 'signature' | 'date' | 'note';

export interface FramePart extends Span {
  readonly name: FramePartName;
  /** Indexes of the part's first and last lines. */
  readonly firstLine: number;
  readonly lastLine: number;
}

export interface DocumentFrame {
  /** What the title says the document is; null when it names no kind (or there is no title). */
  readonly kind: DocumentKind | null;
  /** In document order; empty for a document without the parts of an official document (a speech, a summary). */
  readonly parts: readonly FramePart[];
  /** The document's share of the text: from the top of the text or its first line to the next document's first line. */
  readonly start: number;
  readonly end: number;
}

/** The documents of a text, in order: one for a single document; a page of samples holds several. */
export type FramesOf = readonly [DocumentFrame, ...DocumentFrame[]];

export interface DocumentModel {
  readonly text: string;
  /** The tree in document order: titles, salutations, level-1 sections, closings (and items before any section). */
  readonly roots: readonly OutlineNode[];
  /** Every node of the tree in document order. */
  readonly nodes: readonly OutlineNode[];
  /** The chunk numbers of a document-sharing page (1、 2、 3、 cut mid-sentence): page debris, not headings. */
  readonly chunkCounters: readonly ChunkCounter[];
  readonly frames: FramesOf;
}

export interface ChunkCounter {
  /** Index of the line the counter starts. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** The number it says: 1 starts the run. */
  readonly number: number;
}
