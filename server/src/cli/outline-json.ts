import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { outlineTop, partContent, partName, symbolName, type DocumentModel, type FramePartName, type Locale, type OutlineNode } from '../analysis';

export interface OutlineEntry {
  readonly name: string;
  readonly marker: string;
  /** 0 for title, salutation and closing; 1–4 for headings; one below the parent for items. */
  readonly level: number;
  /** A node of the tree, or a part of an official document (its `part` says which). */
  readonly kind: OutlineNode['kind'] | 'part';
  readonly part?: FramePartName;
  readonly range: Range;
  readonly children: OutlineEntry[];
}

function entry(document: TextDocument, text: string, node: OutlineNode, parentLevel: number): OutlineEntry {
  const level = node.kind === 'heading' ? node.level : node.kind === 'item' ? parentLevel + 1 : 0;
  return {
    name: symbolName(text, node),
    marker: node.marker,
    level,
    kind: node.kind,
    range: { start: document.positionAt(node.start), end: document.positionAt(node.end) },
    children: node.children.map((child) => entry(document, text, child, level)),
  };
}

export function outlineEntries(document: TextDocument, model: DocumentModel, locale: Locale): OutlineEntry[] {
  return outlineTop(model).map((top) => {
    if ('node' in top) {
      return entry(document, model.text, top.node, 0);
    }
    return {
      name: partContent(model.text, top.part),
      marker: `【${partName(top.part, locale)}】`,
      level: 0,
      kind: 'part',
      part: top.part.name,
      range: { start: document.positionAt(top.part.start), end: document.positionAt(top.part.end) },
      children: top.nodes.map((node) => entry(document, model.text, node, 0)),
    };
  });
}

const BLOCK_LABELS: Readonly<Record<string, string>> = { title: '【标题】', salutation: '【称呼】', closing: '【结束语】' };

export function outlineText(entries: readonly OutlineEntry[], depth = 0): string[] {
  return entries.flatMap((item) => [
    `${String(item.range.start.line + 1).padStart(5)}  ${'  '.repeat(depth)}${item.kind === 'part' ? item.marker : BLOCK_LABELS[item.kind] ?? ''}${item.name}`,
    ...outlineText(item.children, depth + 1),
  ]);
}
