import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import { chineseNumeral, MAX_MARKER_NUMBER } from '../model/numerals';
import type { DocumentModel, HeadingLevel, HeadingNode, ItemNode, OutlineNode } from '../model/types';
import { LEVEL_NAMES, markerWith, preferredForm } from '../model/marker-forms';
import { lineStartOf } from '../model/spans';
import { localize, type Locale, type Localized } from '../locale';
import type { Settings } from '../settings';
import { FRAMES, todayInFrame, type Frame, type FramePlace } from './frames';

/** What a completion item carries to completionItem/resolve. */
export interface CompletionData {
  readonly frame?: string;
}

/** The run of letters or Chinese characters being typed just before the cursor: what an item replaces. */
function typedStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] as string)) {
    start--;
  }
  return start;
}

/** The nodes of the speech the cursor is in that start before it. */
function nodesBefore(model: DocumentModel, offset: number): OutlineNode[] {
  const before = model.nodes.filter((node) => node.start < offset);
  let speechStart = 0;
  before.forEach((node, index) => {
    if (node.kind === 'title' && index > 0) {
      speechStart = index;
    }
  });
  return before.slice(speechStart);
}

function placeOf(before: readonly OutlineNode[]): FramePlace {
  if (before.some((node) => node.kind === 'closing')) {
    return 'closing';
  }
  if (before.some((node) => node.kind === 'heading' && node.level === 1)) {
    return 'body';
  }
  return before.some((node) => node.kind === 'salutation') ? 'opening' : 'start';
}

const last = <T>(items: readonly T[]): T | undefined => items[items.length - 1];

/**
 * The number of the next heading at `level`: one more than its siblings so far under the enclosing
 * heading, which is the latest heading above that level — undefined when that one is not exactly one
 * level up (no 1. is offered straight under 一、, nor （一） under nothing).
 */
function nextHeadingNumber(before: readonly OutlineNode[], level: number): number | undefined {
  const headings = before.filter((node): node is HeadingNode => node.kind === 'heading');
  const parent = last(headings.filter((node) => node.level < level));
  if (level > 1 && parent?.level !== level - 1) {
    return undefined;
  }
  return headings.filter((node) => node.level === level && (!parent || node.start > parent.start)).length + 1;
}

const SEQUENCE_NEXT: Readonly<Record<string, string>> = { 首先: '其次', 其次: '再次', 再次: '最后' };

/** 三是 after 二是, 其次 after 首先, 第三， after 第二，: the item after the last one in this or the previous line. */
function nextItemMarker(text: string, before: readonly OutlineNode[], offset: number): string | undefined {
  const item = last(before.filter((node): node is ItemNode => node.kind === 'item'));
  if (!item || text.slice(item.start, offset).split(/\r?\n|\r/).filter((line) => line.trim() !== '').length > 2) {
    return undefined;
  }
  const next = (item.number ?? 0) + 1;
  if (next > MAX_MARKER_NUMBER) {
    return undefined;
  }
  switch (item.family) {
    case 'shi':
      return `${chineseNumeral(next)}是`;
    case 'yao':
      return `${chineseNumeral(next)}要`;
    case 'ordinal':
      return `第${chineseNumeral(next)}，`;
    case 'sequence':
      return SEQUENCE_NEXT[item.marker];
  }
}

const LEVEL_INITIALS = ['', 'yjbt', 'ejbt', 'sjbt'];

function snippetItem(label: string, body: string, detail: Localized, filterText: string, sortText: string, edit: { document: TextDocument; start: number; end: number; locale: Locale }): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Snippet,
    detail: localize(detail, edit.locale),
    filterText,
    sortText,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: { start: edit.document.positionAt(edit.start), end: edit.document.positionAt(edit.end) }, newText: body },
  };
}

/**
 * Completion at `offset`: the next heading numbers and the next enumeration item from the outline, then
 * the speech's frames, those that belong where the cursor is sorted first.
 */
export function completionItems(document: TextDocument, model: DocumentModel, offset: number, settings: Settings, locale: Locale): CompletionItem[] {
  const text = model.text;
  const start = typedStart(text, offset);
  const atLineStart = text.slice(lineStartOf(text, offset), start).trim() === '';
  const before = nodesBefore(model, start);
  const place = placeOf(before);
  const edit = { document, start, end: offset, locale };
  const items: CompletionItem[] = [];
  const nextItem = nextItemMarker(text, before, start);
  if (nextItem) {
    items.push(snippetItem(nextItem, `${nextItem}\${1:……}`, { zh: '下一项列举', en: 'Next item' }, `${nextItem} xyx`, '00', edit));
  }
  if (!atLineStart) {
    return items;
  }
  if (place !== 'start') {
    for (const level of [1, 2, 3]) {
      const number = nextHeadingNumber(before, level);
      if (number === undefined) {
        continue;
      }
      const marker = markerWith(preferredForm(settings, level as HeadingLevel), number);
      if (marker === undefined) {
        continue;
      }
      items.push(snippetItem(marker, `${marker}\${1:标题}\n$0`, { zh: `下一个${LEVEL_NAMES[level]}标题`, en: `Next level-${level} heading` }, `${marker} ${LEVEL_INITIALS[level]} ${chineseNumeral(number)}`, `0${level}`, edit));
    }
  }
  const today = new Date();
  FRAMES.forEach((frame: Frame, index) => {
    const sortText = `${frame.place === place ? '1' : '2'}${String(index).padStart(3, '0')}`;
    const item = snippetItem(frame.label, todayInFrame(frame.body, today), frame.detail, `${frame.label} ${frame.initials}`, sortText, edit);
    item.data = { frame: frame.id } satisfies CompletionData;
    items.push(item);
  });
  return items;
}

/** Adds the frame's text as documentation, shown beside the list. */
export function resolveCompletionItem(item: CompletionItem): CompletionItem {
  const frame = FRAMES.find((candidate) => candidate.id === (item.data as CompletionData | undefined)?.frame);
  if (!frame) {
    return item;
  }
  const preview = todayInFrame(frame.body, new Date()).replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');
  return { ...item, documentation: { kind: MarkupKind.Markdown, value: '```\n' + preview + '\n```' } };
}
