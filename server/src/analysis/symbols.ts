import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind, type Range, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { Locale } from './locale';
import { countCharacters, shorten } from './model/text';
import type { DocumentModel, OutlineNode } from './model/types';

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

/** The name a node shows in the outline: its marker and its heading text, shortened. */
export function symbolName(text: string, node: OutlineNode): string {
  const head = text.slice(node.start, node.headEnd).replace(/[\s\u3000]+/g, ' ').trim();
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

export function documentSymbols(document: TextDocument, model: DocumentModel, locale: Locale): DocumentSymbol[] {
  return model.roots.map((node) => toSymbol(document, model.text, node, locale));
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
