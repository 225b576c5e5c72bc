import type { HeadingNode, OutlineNode } from '../model/types';
import { CLOSING_FORMULA, DATE_LINE, isOrganName, REQUEST_CLOSING_LINE } from '../model/document-frame';
import { trimmedLines } from '../model/text';
import { defineRule, type RuleContext } from './rule';
import type { Finding } from '../vocabulary';

/** Letters, digits or Chinese characters: text of its own, not just punctuation and white space. */
const CONTENT = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[。！？!?；;]$/;
/** An entry of a list that runs on with semicolons (（二）车站、码头；): never a title. */
const LIST_ENTRY_END = /[；;]$/;

/** How long a numbered sentence must be to be a paragraph of its own (一、根据……，制定本规则。, 一、返还数额按实缴数的70%计算。). */
const PARAGRAPH_LENGTH = 20;
/** What a 纪要 records, one item each: 会议同意…。 会议听取了…。 会议原则通过…。 */
const MEETING_RECORD = /^会议(?:原则|一致)?(?:同意|通过|听取|研究|决定|要求|指出|认为|强调|明确|议定|审议|讨论)/u;

/** The last character of a heading and the one after it (a closing 。 may be left out of its text). */
function endOfHeading(text: string, node: OutlineNode): string {
  return text.slice(Math.max(0, node.headEnd - 1), node.headEnd + 1).trim();
}

/**
 * A section (一、 or （一）) needs text under its heading. A point (1. or （1）) written as a whole sentence
 * (1.排查水库。) is its own content: a list of one-line points is not a list of empty sections. So is a
 * numbered paragraph of rules or articles at any level (一、根据……，制定本规则。; 一、补助按实缴数的70%计算。): a long
 * sentence, not a title; and so is an item of a 纪要 (二、会议同意……。). A short title with a full stop (一、加强领导。) is a title.
 */
function isPoint(text: string, node: HeadingNode): boolean {
  if (!SENTENCE_END.test(endOfHeading(text, node))) {
    return false;
  }
  const heading = text.slice(node.start, node.headEnd);
  return node.level >= 3 || MEETING_RECORD.test(text.slice(node.start + node.marker.length, node.headEnd)) || [...heading].length >= PARAGRAPH_LENGTH;
}

/** Each node's siblings in the tree, itself among them. */
function siblingsOf(roots: readonly OutlineNode[]): Map<OutlineNode, readonly OutlineNode[]> {
  const siblings = new Map<OutlineNode, readonly OutlineNode[]>();
  const walk = (level: readonly OutlineNode[]): void => {
    for (const node of level) {
      siblings.set(node, level);
      walk(node.children);
    }
  };
  walk(roots);
  return siblings;
}

/** A label and its value on the heading's line (二、会议地点：县政府三楼会议室): the heading holds its content. */
const LABELLED_VALUE = /[：:][ \t\u3000]*[\p{L}\p{N}]/u;

/** A heading with nothing under it: no sub-headings, no text of its own after the heading, no value after its label. */
function isBare(text: string, node: OutlineNode): boolean {
  return node.children.length === 0 && !CONTENT.test(text.slice(node.headEnd, node.end)) && !LABELLED_VALUE.test(text.slice(node.start, node.headEnd));
}

/**
 * Items of a list written as headings (（一）国家机关；（二）车站、码头；……（九）其他地点。): each entry ends in
 * a semicolon, and the last one follows an entry that does.
 */
function isListEntry(text: string, node: HeadingNode, before: OutlineNode | undefined): boolean {
  const entry = (candidate: OutlineNode): boolean => LIST_ENTRY_END.test(endOfHeading(text, candidate));
  return entry(node) || (before?.kind === 'heading' && before.level === node.level && entry(before));
}

/**
 * A list of one-sentence items (一、住院救助比例提高到70%。 二、年度限额提高到4万元。): every heading of its level
 * is a sentence with nothing under it (the last may hold the document's closing lines, where they fall when its
 * frame is not read). One bare title among sections with text (（二）工作重点。) is still empty.
 */
function isSentenceList(text: string, siblings: readonly OutlineNode[]): boolean {
  const headings = siblings.filter((sibling) => sibling.kind === 'heading');
  const last = headings[headings.length - 1];
  return headings.length >= 2 && headings.every((heading) => (isBare(text, heading) || (heading === last && closesTheDocument(text, heading))) && SENTENCE_END.test(endOfHeading(text, heading)));
}

/** A 函's last sentence asking for a reply or support: 请予研究并函复。 盼复。 (A request for a decision is REQUEST_CLOSING_LINE.) */
const ASKS_A_REPLY = /^[^。！？]{0,24}?(?:请(?:予)?(?:研究)?并?(?:函复|复函|支持)|盼复)[。.]?$/u;
/** The contact line a notice or a 函 prints under its body: 联系人：李娜，电话：…。 */
const CONTACT_LINE = /^(?:联系人|联系电话|联系方式)[：:]/u;

/** Under a heading, only a document's closing lines: 特此通知。, 请予研究并函复。 or 妥否，请批示。, the contact line, the 署名, the date. */
function closesTheDocument(text: string, node: OutlineNode): boolean {
  return node.children.length === 0 && trimmedLines(text, node.headEnd, node.end).every((line) => {
    const words = text.slice(line.start, line.end);
    return !CONTENT.test(words) || CLOSING_FORMULA.test(words) || REQUEST_CLOSING_LINE.test(words) || ASKS_A_REPLY.test(words) || CONTACT_LINE.test(words) || isOrganName(words) || DATE_LINE.test(words);
  });
}

function check({ text, model }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const siblings = siblingsOf(model.roots);
  for (const node of model.nodes) {
    if (node.kind !== 'heading' || !isBare(text, node) || isPoint(text, node)) {
      continue;
    }
    const level = siblings.get(node) ?? [node];
    if (isListEntry(text, node, level[level.indexOf(node) - 1]) || isSentenceList(text, level)) {
      continue;
    }
    findings.push({
      start: node.start,
      end: node.headEnd,
      message: { zh: '这一节只有标题，没有内容', en: 'This section has a heading and nothing under it' },
    });
  }
  return findings;
}

export const emptySectionRule = defineRule({
  id: 'empty-section',
  defaultSeverity: 'warning',
  check,
  settings: [],
});
