/**
 * The fixed frames of a speech, in VS Code snippet syntax: the one definition behind the server's
 * completion items and the static `snippets/gongwen.code-snippets` (scripts/sync-snippets.js writes it;
 * a test keeps the two in step).
 */

import type { Localized } from '../locale';

/** Where a frame belongs: it is offered first there, and after the others elsewhere. */
export type FramePlace = 'start' | 'opening' | 'body' | 'closing';

export interface Frame {
  /** Stable key: the static snippet's name. */
  readonly id: string;
  /** What the list shows, and what a Chinese input method types. */
  readonly label: string;
  /** Pinyin initials of the label, so that tzm finds 同志们： without switching input methods. */
  readonly initials: string;
  readonly place: FramePlace;
  /** What the frame is, beside the label in the list. */
  readonly detail: Localized;
  readonly body: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** `count` level-1 sections, each a heading and a paragraph, with tab stops from `first`. */
function sections(count: number, first: number): string {
  return Array.from({ length: count }, (_, i) => `${NUMERALS[i]}、\${${first + 2 * i}:标题}\n\${${first + 2 * i + 1}:内容}`).join('\n');
}

const CLOSING = '同志们，${%:任务艰巨，使命光荣}。让我们${%:凝心聚力、真抓实干}，${%:奋力开创各项工作新局面}！\n谢谢大家！';

/** Numbers the ${%:…} tab stops of a closing from `first`. */
function closing(first: number): string {
  let next = first;
  return CLOSING.replace(/\$\{%/g, () => `\${${next++}`);
}

interface Occasion {
  readonly name: string;
  readonly english: string;
  readonly initials: string;
  readonly purpose: string;
}

const OCCASIONS: readonly Occasion[] = [
  { name: '座谈会讲话', english: 'a symposium', initials: 'zthjh', purpose: '听取大家的意见建议，共同研究${3:……}' },
  { name: '工作推进会讲话', english: 'a progress meeting', initials: 'gztjhjh', purpose: '总结前一阶段${3:……}工作，推进下一阶段重点任务落实' },
  { name: '动员部署会讲话', english: 'a mobilisation meeting', initials: 'dybshjh', purpose: '动员全${3:县}上下迅速行动起来，全力以赴打好${4:……}' },
  { name: '述职评议会点评讲话', english: 'comments at a performance review', initials: 'szpyhdpjh', purpose: '听取${3:各乡镇党委书记}述职，对${4:……}进行点评' },
];

const COUNT_NAMES: Readonly<Record<number, string>> = { 2: '两', 3: '三', 4: '四', 5: '五' };

function skeleton(occasion: Occasion, count: number): Frame {
  const meeting = occasion.name.replace(/讲话$/, '');
  const points = COUNT_NAMES[count] as string;
  const head = `在\${1:全县}\${2:……}${meeting}上的讲话\n同志们：\n今天召开这次${meeting}，主要是${occasion.purpose}。下面，我讲${points}点意见。\n`;
  return {
    id: `skeleton-${occasion.initials}-${count}`,
    label: `${occasion.name}（${points}点意见）`,
    initials: `${occasion.initials}${count}`,
    place: 'start',
    detail: { zh: `整篇讲话框架：${occasion.name}，${points}个一级标题`, en: `Whole speech: ${occasion.english}, ${count} level-1 sections` },
    body: head + sections(count, 10) + '\n' + closing(10 + 2 * count),
  };
}

/**
 * Today's date as a 成文日期 (2026年9月8日: no leading zeros), in snippet variables for the static snippets;
 * the server's completion writes the date itself (todayInFrame), for clients without snippet variables.
 */
export const TODAY = '${CURRENT_YEAR}年${CURRENT_MONTH/^0?(\\d+)$/$1/}月${CURRENT_DATE/^0?(\\d+)$/$1/}日';

interface DocumentType {
  readonly kind: string;
  readonly english: string;
  readonly initials: string;
  readonly addressee: string;
  /** The text from the addressee to the first heading, tab stops from 4. */
  readonly opening: string;
  /** The closing formula, or the closing request of a 请示. */
  readonly closing: string;
  /** What follows the date: the 附注 of a 请示 (联系人、电话). */
  readonly note?: string;
}

const DOCUMENT_TYPES: readonly DocumentType[] = [
  { kind: '通知', english: 'notice', initials: 'tz', addressee: '各乡镇人民政府，县直各单位', opening: '${4:为……}，现将有关事项通知如下：', closing: '特此通知。' },
  { kind: '请示', english: 'request', initials: 'qs', addressee: '县人民政府', opening: '${4:为……}，现就${5:有关事项}请示如下：', closing: '妥否，请批示。', note: '（联系人：${20:姓名}，电话：${21:电话号码}）\n' },
  { kind: '报告', english: 'report', initials: 'bg', addressee: '县人民政府', opening: '现将${4:有关情况}报告如下：', closing: '特此报告。' },
  { kind: '函', english: 'letter', initials: 'han', addressee: '市生态环境局', opening: '${4:为……}，现函告如下：', closing: '特此函告。' },
  { kind: '批复', english: 'reply', initials: 'pf', addressee: '县水利局', opening: '你局《关于${4:……}的请示》（${5:发文字号}）收悉。经研究，批复如下：', closing: '此复。' },
  { kind: '通报', english: 'circular', initials: 'tb', addressee: '各乡镇人民政府，县直各单位', opening: '现将${4:有关情况}通报如下：', closing: '特此通报。' },
];

/** A whole document of one type (GB/T 9704-2012 layout order): title, 主送机关, body, closing, 附件说明, 署名, 成文日期. */
function documentSkeleton(type: DocumentType): Frame {
  return {
    id: `skeleton-${type.initials}`,
    label: `${type.kind}（整篇框架）`,
    initials: type.initials,
    place: 'start',
    detail: { zh: `整篇公文框架：${type.kind}`, en: `Whole document: a ${type.english} (${type.kind})` },
    body: `\${1:青山县人民政府办公室}关于\${2:事由}的${type.kind}\n\${3:${type.addressee}}：\n${type.opening}\n`
      + `一、\${10:标题}\n\${11:内容}\n二、\${12:标题}\n\${13:内容}\n${type.closing}\n附件：\${14:附件名称}\n\${1}\n${TODAY}\n${type.note ?? ''}$0`,
  };
}

/** 纪要: no 主送机关, no 署名; the attendance block (出席、列席、请假) at the end. */
const MINUTES: Frame = {
  id: 'skeleton-jy',
  label: '纪要（整篇框架）',
  initials: 'jy',
  place: 'start',
  detail: { zh: '整篇公文框架：会议纪要', en: 'Whole document: minutes (纪要)' },
  body: '${1:县政府第1次常务会议}纪要\n${2:' + TODAY + '}，${3:县长}主持召开${1}，研究${4:……}。现将会议议定事项纪要如下：\n'
    + '一、${5:关于……}\n${6:内容}\n二、${7:关于……}\n${8:内容}\n出席：${9:姓名}\n列席：${10:单位}\n请假：${11:姓名}\n$0',
};

const SALUTATION: Localized = { zh: '称呼', en: 'Salutation' };
const ENUMERATION: Localized = { zh: '列举', en: 'Enumeration' };

export const FRAMES: readonly Frame[] = [
  { id: 'salutation', label: '同志们：', initials: 'tzm', place: 'start', detail: SALUTATION, body: '同志们：\n$0' },
  { id: 'salutation-leaders', label: '各位领导、同志们：', initials: 'gwldtzm', place: 'start', detail: SALUTATION, body: '各位领导、同志们：\n$0' },
  {
    id: 'meeting-purpose',
    label: '今天召开这次会议，主要任务是……',
    initials: 'jtzkzchy',
    place: 'opening',
    detail: { zh: '开场：会议目的', en: 'Opening: the purpose of the meeting' },
    body: '今天召开${1:全县}${2:……}会议，主要任务是${3:总结}${4:……}，${5:安排部署}${6:……}。$0',
  },
  { id: 'transition', label: '下面，我讲几点意见', initials: 'xmwjjdyj', place: 'opening', detail: { zh: '开场：过渡句', en: 'Opening: announcing the points' }, body: '下面，我讲${1|三,两,四,五|}点意见。\n$0' },
  { id: 'heading-with-subsections', label: '一级标题和（一）（二）（三）', initials: 'yjbt', place: 'body', detail: { zh: '一级标题及三个二级标题', en: 'A level-1 heading with three level-2 headings' }, body: '${1:一}、${2:标题}\n（一）${3:标题}\n${4:内容}\n（二）${5:标题}\n${6:内容}\n（三）${7:标题}\n${8:内容}\n$0' },
  { id: 'shi-items', label: '一是……二是……三是……', initials: 'yseszss', place: 'body', detail: ENUMERATION, body: '一是${1:……}；二是${2:……}；三是${3:……}。$0' },
  { id: 'sequence-items', label: '首先……其次……再次……最后……', initials: 'sxqczczh', place: 'body', detail: ENUMERATION, body: '首先，${1:……}；其次，${2:……}；再次，${3:……}；最后，${4:……}。$0' },
  {
    id: 'report-block',
    label: '成绩、问题、下步打算',
    initials: 'cjwtxbds',
    place: 'body',
    detail: { zh: '工作总结：成绩 + 问题 + 下步打算', en: 'Work report: results, problems, next steps' },
    body: '${1:一}、${2:今年}工作成绩\n${3:内容}\n${4:二}、存在的问题\n${5:内容}\n${6:三}、下步打算\n${7:内容}\n$0',
  },
  { id: 'call-to-action', label: '同志们，……让我们……！', initials: 'tzmrwm', place: 'closing', detail: { zh: '结束语：号召', en: 'Closing: a call to action' }, body: closing(1) },
  { id: 'thanks', label: '谢谢大家！', initials: 'xxdj', place: 'closing', detail: { zh: '结束语', en: 'Closing' }, body: '谢谢大家！' },
  ...OCCASIONS.flatMap((occasion) => [3, 2, 4, 5].map((count) => skeleton(occasion, count))),
  {
    id: 'skeleton-annual-report',
    label: '年度工作总结和下年工作安排',
    initials: 'ndgzzjhxngzap',
    place: 'start',
    detail: { zh: '整篇框架：年度总结 + 下年安排', en: 'Whole document: the year’s report and next year’s plan' },
    body: '${1:2025}年工作总结和${2:2026}年工作安排\n一、${1}年工作总结\n（一）主要成绩\n${3:内容}\n（二）存在问题\n${4:内容}\n二、${2}年工作安排\n（一）总体思路\n${5:内容}\n（二）重点任务\n${6:内容}\n（三）保障措施\n${7:内容}\n$0',
  },
  ...DOCUMENT_TYPES.map(documentSkeleton),
  MINUTES,
];

/** A frame's body with today's date written out where the static snippet has snippet variables. */
export function todayInFrame(body: string, today: Date): string {
  return body.split(TODAY).join(`${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`);
}

/** The static snippets file's content: the same frames for users who turn the server off. */
export function staticSnippets(): Record<string, { prefix: string[]; body: string[]; description: string }> {
  const snippets: Record<string, { prefix: string[]; body: string[]; description: string }> = {};
  for (const frame of FRAMES) {
    snippets[frame.label] = { prefix: [frame.label, frame.initials], body: frame.body.split('\n'), description: frame.detail.zh };
  }
  return snippets;
}
