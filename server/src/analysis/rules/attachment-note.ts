import { trimmedLines } from '../model/text';
import type { DocumentFrame } from '../model/types';
import type { Finding } from '../vocabulary';
import { framePart } from './frame';
import { changeTo, defineRule, deleteText, type RuleContext } from './rule';

const HEAD = /^(附\s*件)(\s*)([：:])\s*/u;
/** An attachment's number: 1. 1． 1、 */
const NUMBER = /^([0-9]+)([.．、])?/u;
/** Punctuation a name must not end with (GB/T 9704-2012 7.3.4: 附件名称后不加标点符号). */
const TRAILING_PUNCTUATION = /[。；;，,.．、：:]+$/u;

/**
 * 附件说明 (GB/T 9704-2012 7.3.4): 附件： then the names; several attachments numbered 1. 2. 3. in order;
 * no punctuation after a name.
 */
function check({ text, model }: RuleContext): Finding[] {
  return model.frames.flatMap((frame) => checkAttachments(text, frame));
}

function checkAttachments(text: string, frame: DocumentFrame): Finding[] {
  const part = framePart(frame, 'attachments');
  if (!part) {
    return [];
  }
  const findings: Finding[] = [];
  const head = HEAD.exec(text.slice(part.start, part.end));
  if (!head) {
    return [];
  }
  if (head[3] === ':' || head[1] !== '附件' || head[2] !== '') {
    const end = part.start + (head[1] as string).length + (head[2] as string).length + 1;
    findings.push({
      start: part.start,
      end,
      message: { zh: '附件说明写作“附件：”（全角冒号）', en: 'Write the attachment note as “附件：” (full-width colon)' },
      fixes: () => [changeTo(part.start, end, '附件：', true)],
    });
  }
  // The attachments: the text after 附件：, one per line.
  const items = trimmedLines(text, part.start + head[0].length, part.end);
  items.forEach((item, index) => {
    const written = text.slice(item.start, item.end);
    const number = NUMBER.exec(written);
    if (items.length > 1 && !number) {
      findings.push({ start: item.start, end: item.end, message: { zh: '有多个附件时，用阿拉伯数字标注顺序号（如“1.”）', en: 'Several attachments are numbered 1. 2. 3.' } });
    } else if (items.length > 1 && number && Number(number[1]) !== index + 1) {
      findings.push({
        start: item.start,
        end: item.start + (number[1] as string).length,
        message: { zh: `附件顺序号应为 ${index + 1}，不是 ${number[1]}`, en: `This attachment is number ${index + 1}, not ${number[1]}` },
      });
    } else if (number && number[2] === '、') {
      const at = item.start + (number[1] as string).length;
      findings.push({
        start: at,
        end: at + 1,
        message: { zh: '附件顺序号后用“.”，如“1.”', en: 'Write the attachment number as “1.”' },
        fixes: () => [changeTo(at, at + 1, '.', true)],
      });
    }
    const trailing = TRAILING_PUNCTUATION.exec(written);
    if (trailing && trailing.index > 0) {
      const start = item.start + trailing.index;
      findings.push({
        start,
        end: item.end,
        message: { zh: '附件名称后不加标点符号（GB/T 9704-2012 7.3.4）', en: 'No punctuation after an attachment name (GB/T 9704-2012 7.3.4)' },
        fixes: () => [deleteText(text, start, item.end, true)],
      });
    }
  });
  return findings;
}

export const attachmentNoteRule = defineRule({
  id: 'attachment-note',
  defaultSeverity: 'warning',
  check,
  settings: [],
});
