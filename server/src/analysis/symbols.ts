import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind, type Range, type WorkspaceSymbol } from 'vscode-languageserver-types';
import { localize, type Locale, type Localized } from './locale';
import { countCharacters, shorten } from './model/text';
import { partsOf } from './model/document-frame';
import type { DocumentModel, FramePart, FramePartName, OutlineNode } from './model/types';

const NAME_LENGTH = 40;

const KIND_OF_LEVEL: Readonly<Record<number, SymbolKind>> = {
  1: SymbolKind.Namespace,
  2: SymbolKind.Class,
  3: SymbolKind.Method,
  4: SymbolKind.Field,
};

function symbolKind(node: OutlineNode): SymbolKind {
  switch (node.kind) {
    case 'heading':
      return KIND_OF_LEVEL[node.level] ?? SymbolKind.Field;
    case 'item':
      return SymbolKind.EnumMember;
    case 'title':
      return SymbolKind.File;
    case 'salutation':
    case 'closing':
      return SymbolKind.Event;
  }
}

/** A title or part broken over lines, joined again (Chinese needs no space where a line broke). */
function oneLine(text: string): string {
  return text.replace(/[ \t\u3000]*[\r\n]+[\s\u3000]*/g, '');
}

/** The name a node shows in the outline: its marker and its heading text, shortened. */
export function symbolName(text: string, node: OutlineNode): string {
  const head = oneLine(text.slice(node.start, node.headEnd)).replace(/[\s\u3000]+/g, ' ').trim();
  return shorten(head === '' ? node.marker : head, NAME_LENGTH);
}

function detail(text: string, node: OutlineNode, locale: Locale): string {
  if (node.kind !== 'heading') {
    return '';
  }
  const count = countCharacters(text, node.start, node.end);
  return locale === 'zh' ? `${count}字` : `${count} chars`;
}

function range(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

function toSymbol(document: TextDocument, text: string, node: OutlineNode, locale: Locale): DocumentSymbol {
  return DocumentSymbol.create(
    symbolName(text, node),
    detail(text, node, locale),
    symbolKind(node),
    range(document, node.start, node.end),
    range(document, node.start, node.headEnd),
    node.children.map((child) => toSymbol(document, text, child, locale)),
  );
}

const PART_NAMES: Readonly<Record<FramePartName, Localized>> = {
  header: { zh: '版头', en: 'Header' },
  number: { zh: '发文字号', en: 'Document number' },
  title: { zh: '标题', en: 'Title' },
  addressee: { zh: '主送机关', en: 'Addressee' },
  body: { zh: '正文', en: 'Body' },
  attachments: { zh: '附件说明', en: 'Attachments' },
  signature: { zh: '发文机关署名', en: 'Issuing organ' },
  date: { zh: '成文日期', en: 'Date' },
  note: { zh: '附注', en: 'Note' },
};

/** A top entry of the outline: a part of an official document (the body holding its tree), or a node outside the parts. */
export type OutlineTop = { readonly part: FramePart; readonly nodes: readonly OutlineNode[] } | { readonly node: OutlineNode };

/**
 * The top of the outline: the tree of headings; for an official document, its parts (发文字号, 标题, 主送机关,
 * 正文 holding the tree, 附件说明, 署名, 成文日期, 附注) with the rest of the tree (a page's debris, an
 * attached text) around them, in document order.
 */
export function outlineTop(model: DocumentModel): OutlineTop[] {
  const parts = partsOf(model.frames);
  const titleStarts = new Set(parts.filter((part) => part.name === 'title').map((part) => part.start));
  const roots = model.roots.filter((node) => !(node.kind === 'title' && titleStarts.has(node.start)));
  const bodies = parts.filter((part) => part.name === 'body');
  const inBody = (node: OutlineNode, body: FramePart): boolean => node.start >= body.start && node.start < body.end;
  const top: OutlineTop[] = [
    ...parts.map((part) => ({ part, nodes: part.name === 'body' ? roots.filter((node) => inBody(node, part)) : [] })),
    ...roots.filter((node) => !bodies.some((body) => inBody(node, body))).map((node) => ({ node })),
  ];
  const startOf = (entry: OutlineTop): number => ('part' in entry ? entry.part.start : entry.node.start);
  return top.sort((a, b) => startOf(a) - startOf(b));
}

/** A part's name in the outline: 发文字号, 正文… */
export function partName(part: FramePart, locale: Locale): string {
  return localize(PART_NAMES[part.name], locale);
}

/** A part's text on one line, shortened (none for the body); a title broken over lines is joined without spaces. */
export function partContent(text: string, part: FramePart): string {
  if (part.name === 'body') {
    return '';
  }
  const content = text.slice(part.start, part.end);
  return shorten(part.name === 'title' ? oneLine(content) : content.replace(/[\s\u3000]+/g, ' '), NAME_LENGTH);
}

export function documentSymbols(document: TextDocument, model: DocumentModel, locale: Locale): DocumentSymbol[] {
  return outlineTop(model).map((entry) => {
    if ('node' in entry) {
      return toSymbol(document, model.text, entry.node, locale);
    }
    const partRange = range(document, entry.part.start, entry.part.end);
    const children = entry.nodes.map((node) => toSymbol(document, model.text, node, locale));
    return DocumentSymbol.create(partName(entry.part, locale), partContent(model.text, entry.part), SymbolKind.Module, partRange, partRange, children);
  });
}

/** One folding range per line that opens a multi-line part (the outermost one when several open on that line). */
export function foldingRanges(document: TextDocument, model: DocumentModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const seen = new Set<number>();
  for (const node of model.nodes) {
    const startLine = document.positionAt(node.start).line;
    const endLine = document.positionAt(node.end).line;
    if (endLine > startLine && !seen.has(startLine)) {
      seen.add(startLine);
      ranges.push(FoldingRange.create(startLine, endLine, undefined, undefined, FoldingRangeKind.Region));
    }
  }
  return ranges;
}

/** Whether every character of `query` appears in `name` in order (the loose match editors use for symbol search). */
function matchesQuery(name: string, query: string): boolean {
  let at = 0;
  for (const ch of query.replace(/\s+/g, '').toLowerCase()) {
    at = name.toLowerCase().indexOf(ch, at);
    if (at < 0) {
      return false;
    }
    at += ch.length;
  }
  return true;
}

export function workspaceSymbols(document: TextDocument, model: DocumentModel, query: string): WorkspaceSymbol[] {
  const symbols: WorkspaceSymbol[] = [];
  const visit = (node: OutlineNode, container: string | undefined): void => {
    const name = symbolName(model.text, node);
    if (matchesQuery(name, query)) {
      symbols.push({
        name,
        kind: symbolKind(node),
        location: { uri: document.uri, range: range(document, node.start, node.headEnd) },
        ...(container === undefined ? {} : { containerName: container }),
      });
    }
    node.children.forEach((child) => visit(child, name));
  };
  model.roots.forEach((node) => visit(node, undefined));
  return symbols;
}
