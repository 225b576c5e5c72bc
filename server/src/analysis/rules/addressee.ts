import type { DocumentKind } from '../model/document-kind';
import { lineBounds, lineBreakOf, lineStartOf } from '../model/spans';
import { skipSpaces } from '../model/text';
import type { DocumentFrame } from '../model/types';
import type { Settings } from '../settings';
import type { Finding } from '../vocabulary';
import { eachDocument, framePart } from './frame';
import { changeTo, defineRule, type RuleContext } from './rule';

/** Where one organ ends and the next begins in a list of addressees. */
const SEPARATOR = /[、，,；;]/u;

/**
 * 主送机关 (GB/T 9704-2012 7.3.2): on its own line, flush left under the title, ending with a full-width colon; a 请示 goes to
 * one superior organ (《党政机关公文处理工作条例》第十五条).
 */
function check({ text, model }: RuleContext, settings: Pick<Settings, 'documentKind'>): Finding[] {
  return eachDocument(model, settings.documentKind, (frame, kind) => checkAddressee(text, frame, kind));
}

function checkAddressee(text: string, frame: DocumentFrame, kind: DocumentKind | null): Finding[] {
  const part = framePart(frame, 'addressee');
  if (!part) {
    return [];
  }
  const findings: Finding[] = [];
  const written = text.slice(part.start, part.end);
  if (text.slice(lineStartOf(text, part.start), part.start).trim() !== '') {
    // The title runs on into the 主送机关 (…的请示最高人民法院：): a copy that lost the line break.
    findings.push({
      start: part.start,
      end: part.end,
      message: { zh: '主送机关应另起一行，顶格写在标题下', en: 'Start the addressee on its own line under the title' },
      fixes: () => [{ title: { zh: '主送机关另起一行', en: 'Put the addressee on its own line' }, edits: [{ start: part.start, end: part.start, newText: lineBreakOf(text) }], preferred: true, safe: true }],
    });
  }
  const after = lineBounds(text, part.end).end;
  const last = written.at(-1);
  if (text.slice(part.end, after).trim() !== '') {
    // The body runs on after the 主送机关 (市直有关部门： 为切实做好……): a copy that lost the line break. The fix
    // writes the colon (full-width) and the line break in place of the colon and the spaces after it.
    const bodyStart = skipSpaces(text, part.end, after);
    findings.push({
      start: part.start,
      end: part.end,
      message: last === ':'
        ? { zh: '主送机关后的正文应另起一行，冒号用全角“：”', en: 'Start the text on a new line after the addressee, and end it with a full-width colon “：”' }
        : { zh: '主送机关后的正文应另起一行', en: 'Start the text on a new line after the addressee' },
      fixes: () => [{ title: { zh: '正文另起一行', en: 'Put the text on a new line' }, edits: [{ start: part.end - 1, end: bodyStart, newText: `：${lineBreakOf(text)}` }], preferred: true, safe: true }],
    });
  } else if (last === ':') {
    findings.push({
      start: part.end - 1,
      end: part.end,
      message: { zh: '主送机关后用全角冒号“：”', en: 'End the addressee line with a full-width colon “：”' },
      fixes: () => [changeTo(part.end - 1, part.end, '：', true)],
    });
  } else if (last !== '：') {
    findings.push({
      start: part.start,
      end: part.end,
      message: { zh: '主送机关后应加全角冒号“：”', en: 'The addressee line needs a full-width colon “：” at its end' },
      fixes: () => [{ title: { zh: '加上“：”', en: 'Add “：”' }, edits: [{ start: part.end, end: part.end, newText: '：' }], preferred: true, safe: true }],
    });
  }
  if (kind === '请示' && SEPARATOR.test(written)) {
    findings.push({
      start: part.start,
      end: part.end,
      message: {
        zh: '请示只主送一个上级机关（《党政机关公文处理工作条例》第十五条），其他机关需要时抄送',
        en: 'A 请示 goes to one superior organ only (Regulations on official documents, art. 15); copy the others',
      },
    });
  }
  return findings;
}

export const addresseeRule = defineRule<'documentKind'>({
  id: 'addressee',
  defaultSeverity: 'warning',
  check,
  settings: ['documentKind'],
});
