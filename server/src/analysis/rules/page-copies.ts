import type { Localized } from '../locale';
import { aloneOnLine } from '../model/spans';
import { trimmedLines } from '../model/text';
import type { DocumentModel } from '../model/types';
import type { Finding } from '../vocabulary';

const PAGE_COPY: Localized = {
  zh: '网页标题：文件的标题（版头、发文字号）在文件前又出现了一次，多半是网页或文库的标题，应删除',
  en: 'The page’s title: the document’s title (or header, or number) appears again before the document: delete this copy',
};
const DELETE_COPY: Localized = { zh: '删除这一行', en: 'Delete this line' };

/** How far into a page it prints its copies of a title and its other details above the document, in characters. */
export const PAGE_HEAD = 2000;

/** A collection's item number before an item's title (第一篇：, 第1篇：). */
export const ITEM_NUMBER = /^第(?:[一二三四五六七八九十]+|\d{1,3})篇[ \t\u3000]*[：:][ \t\u3000]*/u;

/**
 * Characters that wrap or join copies of a title on a page: 《》, quotes, brackets, white space; and the
 * brackets of a 发文字号's year, which a copy writes as [] where the document has 〔〕.
 */
const WRAPPING = /[\s\u3000《》〈〉“”"'‘’【】\[\]［］〔〕（）()：:|｜-]/gu;

/**
 * A line before an official document that is nothing but copies of its 版头, 发文字号 or 标题: a portal or a
 * sharing site prints the title above the document it shows. That copy is the repeat, not the document's own.
 */
export function pageCopiesOfFrame(text: string, model: DocumentModel): Finding[] {
  const parts = model.frames[0].parts;
  const frameStart = parts[0]?.start ?? 0;
  if (frameStart === 0) {
    return [];
  }
  const own = parts
    .filter((part) => part.name === 'header' || part.name === 'number' || part.name === 'title')
    .map((part) => text.slice(part.start, part.end).replace(WRAPPING, ''))
    // A page may leave out the issuing organ's line of the title (中国残疾人联合会 / 关于印发…的通知).
    .flatMap((copy) => (copy.indexOf('关于') > 0 ? [copy, copy.slice(copy.indexOf('关于'))] : [copy]))
    .sort((a, b) => b.length - a.length);
  const findings: Finding[] = [];
  for (const { start, end } of trimmedLines(text, 0, frameStart)) {
    const words = text.slice(start, end).replace(WRAPPING, '');
    const rest = own.reduce((left, copy) => left.split(copy).join(''), words);
    if (words !== '' && rest === '') {
      findings.push({
        start,
        end,
        message: PAGE_COPY,
        fixes: () => [{ title: DELETE_COPY, edits: [{ ...(aloneOnLine(text, start, end) ?? { start, end }), newText: '' }], preferred: true, safe: true }],
      });
    }
  }
  return findings;
}
