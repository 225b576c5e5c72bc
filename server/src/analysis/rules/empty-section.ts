import type { HeadingNode } from '../model/types';
import { defineRule, type RuleContext } from './rule';
import type { Finding } from '../vocabulary';

/** Letters, digits or Chinese characters: text of its own, not just punctuation and white space. */
const CONTENT = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[。！？!?；;]$/;

/** A clause break inside a heading's text: a heading that has one is a sentence, not a title. */
const CLAUSE_BREAK = /[，,]/;
/** How long a numbered sentence must be to be a paragraph of its own (一、根据……，制定本规则。). */
const PARAGRAPH_LENGTH = 20;
/** What a 纪要 records, one item each: 会议同意…。 会议听取了…。 会议原则通过…。 */
const MEETING_RECORD = /^会议(?:原则|一致)?(?:同意|通过|听取|研究|决定|要求|指出|认为|强调|明确|议定|审议|讨论)/u;

/**
 * A section (一、 or （一）) needs text under its heading. A point (1. or （1）) written as a whole sentence
 * (1.排查水库。) is its own content: a list of one-line points is not a list of empty sections. So is a
 * numbered paragraph of rules or articles at any level (一、根据……，制定本规则。): a long sentence with a
 * clause break, not a title; and so is an item of a 纪要 (二、会议同意……。).
 */
function isPoint(text: string, node: HeadingNode): boolean {
  if (!SENTENCE_END.test(text.slice(Math.max(0, node.headEnd - 1), node.headEnd + 1).trim())) {
    return false;
  }
  const heading = text.slice(node.start, node.headEnd);
  return node.level >= 3 || MEETING_RECORD.test(text.slice(node.start + node.marker.length, node.headEnd)) || (CLAUSE_BREAK.test(heading) && [...heading].length >= PARAGRAPH_LENGTH);
}

function check({ text, model }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const node of model.nodes) {
    if (node.kind !== 'heading' || node.children.length > 0 || CONTENT.test(text.slice(node.headEnd, node.end)) || isPoint(text, node)) {
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
