import { isStatutory, type DocumentKind, type StatutoryKind } from '../model/document-kind';
import type { DocumentFrame } from '../model/types';
import type { Settings } from '../settings';
import type { Finding } from '../vocabulary';
import { eachDocument, framePart } from './frame';
import { changeTo, defineRule, type RuleContext } from './rule';

/** The closing formulas of each type, the first being the one a fix writes. */
const FORMULAS: Partial<Record<StatutoryKind, readonly string[]>> = {
  通知: ['特此通知'],
  通告: ['特此通告'],
  公告: ['特此公告'],
  报告: ['特此报告'],
  函: ['特此函告', '特此函复', '特此函达', '特此函询', '特此函', '此复'],
  批复: ['此复', '特此批复'],
  通报: ['特此通报'],
  请示: ['特此请示'],
  决定: ['特此决定'],
};

/** A line that is nothing but a closing formula: 特此通知。 此复。 */
const FORMULA_LINE = /^[ \t\u3000]*((?:特此(?:通知|通告|公告|报告|函告|函复|函达|函询|函|批复|通报|请示|决定))|此复)[。.]?[ \t\u3000]*$/gmu;

/** 复函 answers a letter: its formula is 特此函复. */
function rightFormula(kind: StatutoryKind, title: string): string {
  return kind === '函' && /复函$/.test(title) ? '特此函复' : (FORMULAS[kind] as readonly string[])[0] as string;
}

/** The closing formula must match the type the title names: a 报告 does not end 特此通知. */
function check({ text, model }: RuleContext, settings: Pick<Settings, 'documentKind'>): Finding[] {
  return eachDocument(model, settings.documentKind, (frame, kind) => checkClosing(text, frame, kind));
}

function checkClosing(text: string, frame: DocumentFrame, kind: DocumentKind | null): Finding[] {
  const body = framePart(frame, 'body') ?? frame;
  if (!isStatutory(kind) || !FORMULAS[kind]) {
    return [];
  }
  const allowed = FORMULAS[kind] as readonly string[];
  const titlePart = framePart(frame, 'title');
  const title = titlePart ? text.slice(titlePart.start, titlePart.end).replace(/\s+/g, '') : '';
  const findings: Finding[] = [];
  FORMULA_LINE.lastIndex = body.start;
  for (let match = FORMULA_LINE.exec(text); match && match.index < body.end; match = FORMULA_LINE.exec(text)) {
    const formula = match[1] as string;
    if (allowed.includes(formula)) {
      continue;
    }
    const start = match.index + match[0].indexOf(formula);
    const end = start + formula.length;
    const right = rightFormula(kind, title);
    findings.push({
      start,
      end,
      message: { zh: `本文是${kind}，结束语应为“${right}”，不用“${formula}”`, en: `This is a ${kind}: close with “${right}”, not “${formula}”` },
      fixes: () => [changeTo(start, end, right, true)],
    });
  }
  return findings;
}

export const closingPhraseRule = defineRule<'documentKind'>({
  id: 'closing-phrase',
  defaultSeverity: 'warning',
  check,
  settings: ['documentKind'],
});
