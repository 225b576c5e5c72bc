import { defineRule, type RuleContext } from './rule';
import type { Finding } from '../vocabulary';

/** Letters, digits or Chinese characters: text of its own, not just punctuation and white space. */
const CONTENT = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[。！？!?；;]$/;

/**
 * A section (一、 or （一）) needs text under its heading. A point (1. or （1）) written as a whole sentence
 * (1.排查水库。) is its own content: a list of one-line points is not a list of empty sections.
 */
function isPoint(text: string, level: number, headEnd: number): boolean {
  return level >= 3 && SENTENCE_END.test(text.slice(Math.max(0, headEnd - 1), headEnd + 1).trim());
}

function check({ text, model }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const node of model.nodes) {
    if (node.kind !== 'heading' || node.children.length > 0 || CONTENT.test(text.slice(node.headEnd, node.end)) || isPoint(text, node.level, node.headEnd)) {
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
