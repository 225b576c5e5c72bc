import type { DocumentModel } from '../model/types';
import type { Settings } from '../settings';
import { defineRule, type RuleContext } from './rule';
import type { Finding } from '../vocabulary';
import type { Span } from '../model/spans';

/** The stretches a phrase is counted in: the text before the first level-1 heading, then each level-1 section; a second title starts afresh. */
function sections(model: DocumentModel): Span[] {
  const starts = [0];
  for (const node of model.nodes) {
    if ((node.kind === 'heading' && node.level === 1) || (node.kind === 'title' && node.start > 0)) {
      starts.push(node.start);
    }
  }
  starts.push(model.text.length);
  return starts.slice(0, -1).map((start, index) => ({ start, end: starts[index + 1] as number }));
}

/**
 * Policy terms with no substitute (docs/rules/overused-phrase.md): a report on 新质生产力 has to say
 * 新质生产力. They are never counted, nor are the stock words inside them (持续 in 可持续发展).
 */
const POLICY_TERMS: readonly string[] = [
  '新质生产力',
  '中国式现代化',
  '高质量发展',
  '新发展理念',
  '新发展格局',
  '共同富裕',
  '乡村振兴',
  '可持续发展',
  '全面从严治党',
  '人类命运共同体',
];

/** For each character, whether it belongs to a policy term. */
function policyTermMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const term of POLICY_TERMS) {
    for (const at of occurrences(text, term)) {
      mask.fill(1, at, at + term.length);
    }
  }
  return mask;
}

function occurrences(text: string, phrase: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
    found.push(at);
  }
  return found;
}

function check({ text, model }: RuleContext, settings: Pick<Settings, 'overusedPhrase.phrases' | 'overusedPhrase.maxPerSection' | 'overusedPhrase.maxPer1000Chars'>): Finding[] {
  const phrases = settings['overusedPhrase.phrases'];
  const maxPerSection = settings['overusedPhrase.maxPerSection'];
  const maxPer1000Chars = settings['overusedPhrase.maxPer1000Chars'];
  const parts = sections(model);
  const findings: Finding[] = [];
  const inPolicyTerm = policyTermMask(text);
  for (const phrase of new Set(phrases)) {
    const all = occurrences(text, phrase).filter((at) => inPolicyTerm.subarray(at, at + phrase.length).some((flag) => flag === 0));
    let next = 0;
    for (const part of parts) {
      const inPart: number[] = [];
      while (next < all.length && (all[next] as number) < part.end) {
        inPart.push(all[next] as number);
        next++;
      }
      const allowed = Math.max(maxPerSection, Math.floor((maxPer1000Chars * (part.end - part.start)) / 1000));
      const first = inPart[allowed];
      if (first === undefined) {
        continue;
      }
      findings.push({
        start: first,
        end: first + phrase.length,
        message: {
          zh: `“${phrase}”在本节已用 ${inPart.length} 次（建议不超过 ${allowed} 次），可换一种说法或删去`,
          en: `“${phrase}” is used ${inPart.length} times in this section (at most ${allowed} suggested); vary or drop it`,
        },
        related: inPart.filter((at) => at !== first).map((at) => ({ start: at, end: at + phrase.length, message: { zh: '本节其他用处', en: 'another use in this section' } })),
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const overusedPhraseRule = defineRule({
  id: 'overused-phrase',
  defaultSeverity: 'information',
  check,
  settings: ['overusedPhrase.phrases', 'overusedPhrase.maxPerSection', 'overusedPhrase.maxPer1000Chars'],
});
