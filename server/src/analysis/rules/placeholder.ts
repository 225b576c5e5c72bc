import { memoized, type Localized } from '../locale';
import type { Settings } from '../settings';
import { defineRule, type RuleContext } from './rule';
import type { Finding, Fix, OffsetEdit } from '../vocabulary';
import { columnOf, dropOverlaps, lineAround, type Span as TextSpan } from '../model/spans';
import { YEAR_NUMERALS } from '../model/numerals';
import { isOrganName } from '../model/document-frame';
import { SENTENCE_STOPS, textUnits, type TextUnit } from './sentences';

/** What a placeholder stands for, told from the characters around it. */
type Missing = 'percentage' | 'year' | 'month' | 'day' | 'number' | 'place' | 'person' | 'title' | 'content';

const MISSING_NAMES: Readonly<Record<Missing, Localized>> = {
  percentage: { zh: '百分比', en: 'a percentage' },
  year: { zh: '年份', en: 'a year' },
  month: { zh: '月份', en: 'a month' },
  day: { zh: '日期', en: 'a day' },
  number: { zh: '数字', en: 'a number' },
  place: { zh: '地名或单位名称', en: 'a place or organisation name' },
  person: { zh: '姓名', en: 'a name' },
  title: { zh: '文件或活动名称', en: 'a document or event name' },
  content: { zh: '内容', en: 'some content' },
};

const HAN = /\p{Script=Han}/u;
const ASCII_LETTER = /[A-Za-z]/;
const DIGIT = /[0-9０-９]/;
const UNIT_AFTER = /^(?:人(?![工民才口])|[个名项次位家条所处户亩元万亿千百倍岁期届批座台辆件篇场轮天周吨套号死伤]|余|多|公里|平方|小时|分钟|个百分点)/;
const PLACE_AFTER = /^(?:[镇村县市区乡街省州旗盟社局委办厂校院所直]|街道|社区|公司|集团|高新区|开发区|园区|部门|单位|系统)/;
const PERSON_AFTER = /^(?:同志|副?(?:书记|主任|局长|县长|市长|镇长|区长|乡长|部长|省长|州长|主席|秘书长|专员)|先生|女士|总书记)/;
/** A single X alone in quotation marks (“X”事故) stands for a name. */
const OPENING_QUOTE = /[“‘「『]/;
const CLOSING_QUOTE = /^[”’」』]/;

/** A date written with slashes or dashes (201X/X/XX, 2026-XX-XX): which part of it the span is. */
function datePart(text: string, start: number, end: number): Missing | undefined {
  const from = Math.max(0, start - 8);
  for (const date of text.slice(from, end + 8).matchAll(/[\dXx]{4}([\/／-])[\dXx]{1,2}\1[\dXx]{1,2}/g)) {
    const dateStart = from + date.index;
    const firstStop = dateStart + 4;
    const secondStop = dateStart + date[0].lastIndexOf(date[1] as string);
    if (start >= dateStart && end <= dateStart + date[0].length) {
      return end <= firstStop ? 'year' : end <= secondStop ? 'month' : 'day';
    }
  }
  return undefined;
}

function missingFrom(text: string, start: number, end: number): Missing {
  const after = text.slice(end, end + 4);
  const before = text[start - 1] ?? '';
  const inDate = datePart(text, start, end);
  if (inDate) {
    return inDate;
  }
  if (/^[.．][\dXx]/.test(after)) {
    return /^[.．][\dXx]+[%％]/.test(after) ? 'percentage' : 'number';
  }
  if (/^[%％]/.test(after) || after.startsWith('个百分点')) {
    return 'percentage';
  }
  if (after.startsWith('年')) {
    const monthFollows = /^年\s*(?:[_＿Xx×*\d０-９]+|[一二三四五六七八九十]+)\s*月/.test(text.slice(end, end + 10));
    return DIGIT.test(before) || monthFollows || /^[0-9Xx*＊]{4}$/.test(text.slice(end - 4, end)) ? 'year' : 'number';
  }
  if (after.startsWith('月')) {
    return 'month';
  }
  if (after.startsWith('日')) {
    return 'day';
  }
  if (before === '《' || after.startsWith('》')) {
    return 'title';
  }
  if (DIGIT.test(before) || DIGIT.test(after[0] ?? '') || UNIT_AFTER.test(after) || before === '第') {
    return 'number';
  }
  if (PERSON_AFTER.test(after)) {
    return 'person';
  }
  if (PLACE_AFTER.test(after) || placeOfAnOrgan(text, start, end)) {
    return 'place';
  }
  return 'content';
}

/** A value whose figures were deleted: a date's year (（一）年2月11日), a whole date (年月日), a percentage's figure (增长%，). */
type EmptyValue = 'year' | 'all' | 'percentage';

interface Span extends TextSpan {
  readonly missing?: Missing;
  readonly emptyValue?: EmptyValue;
  /** A template's note where the seal goes: （盖章） after the 署名. */
  readonly sealNote?: true;
}

/**
 * A template's note where the seal goes, after an organ's name alone on its line, above the document's date
 * (国务院办公厅（盖章） / 二〇二六年一月三日): the seal is stamped over the 署名 and date, and the text does not print
 * the note. A form's field (申报单位（盖章）：), or a form's stamp place above a blank date (年  月  日), is not one.
 */
const SEAL_NOTE = /^[ \t\u3000]*(\p{Script=Han}+)[ \t\u3000]*([（(](?:盖章|签章|公章|印章|加盖公章|单位公章)[）)])[ \t\u3000]*$/gmu;
/** How far below the note its date is read. */
const MAX_DATE_LINE = 40;
/** The line after the note: a date with its figures (2026年1月3日, 二〇××年一月三日). */
const DATED_LINE = /^\s*[^\s年]{2,}年[^\r\n]*月[^\r\n]*日/u;

function sealNotes(text: string, spans: Span[]): void {
  for (const match of text.matchAll(SEAL_NOTE)) {
    const [whole, organ, note] = match as unknown as [string, string, string];
    const after = match.index + whole.length;
    if (isOrganName(organ) && DATED_LINE.test(text.slice(after, after + MAX_DATE_LINE))) {
      const start = match.index + whole.lastIndexOf(note);
      spans.push({ start, end: start + note.length, sealNote: true });
    }
  }
}

/**
 * Where a page or a drafter deleted a date's figures: 年 at the start of a clause before a month in figures
 * (（一）年2月11日), or 年月日 with no figure at all (——年月日在…会议上). 同年2月, 全年, 出生年月日 and a form's
 * blank 年  月  日 (spaces left for handwriting) are not.
 */
const EMPTY_DATE = /(?<=(?:^|[（(）)：:，,、；;。“—])[ \t\u3000]*)年(?:月日|(?=[ \t\u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \t\u3000]*月))/gmu;

function emptyDates(text: string, spans: Span[]): void {
  for (const match of text.matchAll(EMPTY_DATE)) {
    spans.push({ start: match.index, end: match.index + match[0].length, emptyValue: match[0] === '年' ? 'year' : 'all' });
  }
}

/**
 * A percentage whose figure was deleted: % right after a Chinese character, ending its clause (同比增长%，增长%以上).
 * A table's column head (完成率%) has no clause after it, nor does a unit in a caption's brackets (（增幅%）).
 */
const EMPTY_PERCENTAGE = /(?<=\p{Script=Han})[%％](?=[，,。；;、]|以上|以下|左右)/gu;

function emptyPercentages(text: string, spans: Span[]): void {
  for (const match of text.matchAll(EMPTY_PERCENTAGE)) {
    spans.push({ start: match.index, end: match.index + 1, emptyValue: 'percentage' });
  }
}

/** Whether the digits after a masked digit end a figure with its unit (X112元, X00万元, X5%), not a model (X5型). */
function endsAFigure(after: string): boolean {
  const rest = after.replace(/^\d+(?:\.\d+)?/, '');
  return UNIT_AFTER.test(rest) || /^[%％]/.test(rest);
}

/**
 * Runs of X/x standing for a value: XX, xxx, and a single X beside a number or unit (X个, 202X年, x%, x死x伤),
 * in a decimal or a date (X.X%, 201X/X/XX), before a title or role (x县长, X副省长), alone in quotation marks
 * (“X”事故), or masking part of a name (在X委的领导下, 全X系统, 各X直单位).
 */
function letterRuns(text: string, spans: Span[]): void {
  for (const match of text.matchAll(/[Xx]+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text[start - 1] ?? '';
    const after = text.slice(end, end + 4);
    // x86, X11, X5型: a letter glued to digits at a word start names a product, not a blank; X112元 and X00万元
    // are figures with a digit masked.
    const product = match[0].length === 1 && !DIGIT.test(before) && DIGIT.test(after[0] ?? '') && !endsAFigure(text.slice(end, end + 12));
    if (ASCII_LETTER.test(before) || ASCII_LETTER.test(after[0] ?? '') || product) {
      continue;
    }
    const nextToNumber = DIGIT.test(before) || DIGIT.test(after[0] ?? '') || /^[%％]/.test(after) || before === '第';
    const inNumber = /^[.．\/／-][\dXx]/.test(after) || /[\dXx][.．\/／-]$/.test(text.slice(Math.max(0, start - 2), start));
    const beforeRole = PERSON_AFTER.test(after);
    const inName = (HAN.test(before) && PLACE_AFTER.test(after)) || placeOfAnOrgan(text, start, end);
    const quoted = OPENING_QUOTE.test(before) && CLOSING_QUOTE.test(after);
    if (match[0].length >= 2 || nextToNumber || inNumber || beforeRole || inName || quoted || UNIT_AFTER.test(after) || /^[年月日]/.test(after)) {
      spans.push({ start, end });
    }
  }
}

/**
 * A single X where an organ's name begins, the rest of the name after it (X区财政局：, X人民政府, 、X省文物局): the
 * place was left for the drafter. An X-ray (X光机) or a product (X型) names no organ.
 */
function placeOfAnOrgan(text: string, start: number, end: number): boolean {
  if (end - start !== 1 || !/^$|[、，：:\s\u3000]$/u.test(text[start - 1] ?? '')) {
    return false;
  }
  const name = /^\p{Script=Han}+/u.exec(text.slice(end, end + 30))?.[0] ?? '';
  return name !== '' && isOrganName(name);
}

/** Whether the sign at start..end stands between two numbers (30*40, 3 × 4, (2)*3): multiplication, not a blank. */
function betweenNumbers(text: string, start: number, end: number): boolean {
  return /[\d.)）]\s*$/.test(text.slice(Math.max(0, start - 2), start)) && /^\s*[\d(（]/.test(text.slice(end, end + 2));
}

/** ×× and a lone × that is not multiplication. */
function crossRuns(text: string, spans: Span[]): void {
  for (const match of text.matchAll(/×+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].length >= 2 || (!betweenNumbers(text, start, end) && HAN.test(text[end] ?? ''))) {
      spans.push({ start, end });
    }
  }
}

/** Offsets of the stars that are Markdown syntax: emphasis (**bold**, ***both***, *italic*), lines of ***, bullets. */
function markdownStarSyntax(text: string): Set<number> {
  const offsets = new Set<number>();
  const mark = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      offsets.add(i);
    }
  };
  for (const match of text.matchAll(/^[ \t]*(?:\*[ \t]*){3,}$/gm)) {
    mark(match.index, match.index + match[0].length);
  }
  for (const match of text.matchAll(/(\*{1,3})(?=[^\s*])[^*\r\n]{1,200}?(?<=[^\s*])\1(?!\*)/g)) {
    const stars = match[1]?.length ?? 0;
    mark(match.index, match.index + stars);
    mark(match.index + match[0].length - stars, match.index + match[0].length);
  }
  for (const match of text.matchAll(/^[ \t]*\*(?=[ \t])/gm)) {
    mark(match.index, match.index + match[0].length);
  }
  return offsets;
}

/** ** *** ****00 2**0 《***》, and a single * glued to a word (*镇, *位, 以*人工智能…). */
function asteriskRuns(text: string, spans: Span[], markdown: boolean): void {
  const syntax = markdown ? markdownStarSyntax(text) : new Set<number>();
  const isSyntax = (start: number, end: number): boolean => syntax.has(start) && syntax.has(end - 1);
  for (const match of text.matchAll(/\*+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isSyntax(start, end)) {
      continue;
    }
    if (match[0].length >= 2) {
      spans.push({ start, end });
      continue;
    }
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    if (!betweenNumbers(text, start, end) && (HAN.test(after) || (HAN.test(before) && !/^[\s\r\n]?$/.test(after)))) {
      spans.push({ start, end });
    }
  }
}

const SIMPLE_FORMS: ReadonlyArray<[RegExp, Missing | undefined]> = [
  [/某{2,}/g, 'content'],
  [/[□△■☆]{2,}/g, undefined],
  /** 〇〇 and ○○ are blanks, but not the zeros of a year in Chinese numerals (二〇〇八年, 二○○三年). */
  [/(?<![一二三四五六七八九〇○零十])[〇○]{2,}(?![一二三四五六七八九〇○零十年])/g, undefined],
  [/【\s*】|\[ +\]|\[\](?!\()|[（(][ \t\u3000]*[）)]|《\s*》|“\s*”/g, 'content'],
  [/[【\[（(](?:待补充|待填写|待定|待核实|待更新|请填写|请补充|此处填写|此处补充|填写[^】\]）)]{0,12}|补充[^】\]）)]{0,12}|TODO|TBD)[】\]）)]/g, 'content'],
  [/(?<![A-Za-z0-9])_{2,}(?![A-Za-z0-9])|＿+/g, undefined],
  /** One underscore between Chinese characters, where a page masked a name (以_新时代中国特色社会主义思想为指导). */
  [/(?<=\p{Script=Han})_(?=\p{Script=Han})/gu, undefined],
  /** A value masked by a bracketed ellipsis (〔…〕镇, 投资〔…〕万元), as document sites print a name or figure they hide. */
  [/[〔【［\[][ \t\u3000]*(?:…+|\.{3,}|。{3})[ \t\u3000]*[〕】］\]]/g, undefined],
];

/**
 * One space where a web page has collapsed a blank (参合基金 万元，结案率达 %以上): after a label of two characters or
 * more (一 期 of a letter-spaced title has one), before a unit that ends its clause.
 */
const ONE_SPACE_BLANK = /(?<=\p{Script=Han}{2})(?<!单位)[ \u3000](?=(?:人次|万元|亿元|万人|万亩|万吨|公里|平方米|小时|分钟|个百分点|[个名项次位家条所处户亩元倍岁期届批座台辆件篇场轮天周吨套%％])(?:[，,。；;、）)]|以上|以下|左右|$))/gmu;

/** A number left as spaces after its label and before its unit: 完成投资   万元, 同比增长  %, and one space a page left of them. */
function spaceRuns(text: string, spans: Span[]): void {
  for (const match of text.matchAll(/(?<=[\p{Script=Han}：:])[ \u3000]{2,}/gu)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 4);
    if (UNIT_AFTER.test(after) || /^[%％]/.test(after)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  const blanks = Array.from(text.matchAll(ONE_SPACE_BLANK), (match) => match.index);
  if (blanks.length === 0) {
    return;
  }
  const sentences = textUnits(text, SENTENCE_STOPS, 0);
  let next = 0;
  for (const at of blanks) {
    while (next < sentences.length && (sentences[next] as TextUnit).end <= at) {
      next++;
    }
    const sentence = sentences[next];
    if (!sentence || sentence.start > at || !joinedWithSpaces(text, sentence, blanks)) {
      spans.push({ start: at, end: at + 1 });
    }
  }
}

/** One space between two Chinese characters: where a PDF's copy joined two of its lines. */
const LINE_JOIN = /(?<=\p{Script=Han})[ ](?=\p{Script=Han})/gu;

/**
 * Whether a sentence is a PDF's paragraph, its lines joined with spaces (……以及为什 么必须……的全方 位、深层次的思考。):
 * two or more spaces between Chinese characters in it that stand before no unit. A template's sentence of blanks
 * (新增就业 人，投资 亿元，引进项目 个) has spaces before units only.
 */
function joinedWithSpaces(text: string, sentence: TextUnit, blanks: readonly number[]): boolean {
  const joins = Array.from(text.slice(sentence.start, sentence.end).matchAll(LINE_JOIN)).filter((join) => !blanks.includes(sentence.start + join.index));
  return joins.length >= 2;
}

/** A character of a number with blanks in it: a digit, an X, a star. */
const NUMBER_PART = /[0-9０-９Xx*＊]/;

/** Whether text[i] belongs to a number with blanks: one of its characters, or a decimal point between two. */
function inNumber(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  return NUMBER_PART.test(ch) || (/[.．]/.test(ch) && NUMBER_PART.test(text[i - 1] ?? '') && NUMBER_PART.test(text[i + 1] ?? ''));
}

/** A Chinese numeral of a year: 二〇二六, or 二0×× with a zero typed for 〇. */
const CHINESE_DIGIT = new RegExp(`[${YEAR_NUMERALS}]`, 'u');

/**
 * Widens a blank to the whole number it stands in (202x, X.X, 20**, xxx.xx): one value is missing there, not two.
 * A year in Chinese numerals with a zero typed for 〇 (二0××年) keeps its figures: the blank is the crosses.
 */
function wholeNumber(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && inNumber(text, start - 1)) {
    start--;
  }
  if (start < span.start && CHINESE_DIGIT.test(text[start - 1] ?? '')) {
    start = span.start;
  }
  while (end < text.length && inNumber(text, end)) {
    end++;
  }
  return { start, end };
}

function findPlaceholders(context: RuleContext): Span[] {
  const { text, markdown } = context;
  const blanks: Span[] = [];
  letterRuns(text, blanks);
  crossRuns(text, blanks);
  asteriskRuns(text, blanks, markdown);
  const spans = blanks.map((span) => wholeNumber(text, span));
  spaceRuns(text, spans);
  emptyDates(text, spans);
  emptyPercentages(text, spans);
  sealNotes(text, spans);
  for (const [pattern, missing] of SIMPLE_FORMS) {
    for (const match of text.matchAll(pattern)) {
      if (markdown && match[0].startsWith('_') && (match[0].length === 2 || /^[ \t]*_+[ \t]*$/m.test(lineAround(text, match.index)))) {
        continue;
      }
      if (markdown && match[0].startsWith('[') && /^[ \t]*[-*+][ \t]*$/.test(lineAround(text, match.index).slice(0, columnOf(text, match.index)))) {
        continue;
      }
      spans.push({ start: match.index, end: match.index + match[0].length, ...(missing ? { missing } : {}) });
    }
  }
  return dropOverlaps(spans);
}

/** The value the user configured for this placeholder in its context, as an edit over the matched key. */
function configuredValue(context: RuleContext, values: Settings['placeholderValues'], span: Span): Fix | undefined {
  let best: { start: number; key: string; value: string } | undefined;
  for (const [key, value] of Object.entries(values)) {
    if (best && key.length <= best.key.length) {
      continue;
    }
    const from = Math.max(0, span.end - key.length);
    const at = context.text.slice(from, span.start + key.length).indexOf(key);
    if (at >= 0 && from + at <= span.start && from + at + key.length >= span.end) {
      best = { start: from + at, key, value };
    }
  }
  if (!best) {
    return undefined;
  }
  return {
    title: replaceTitle(best.value),
    edits: [{ start: best.start, end: best.start + best.key.length, newText: best.value }],
    preferred: true,
    safe: true,
  };
}

/** Snippet text that selects `placeholder` as the first tab stop, so typing replaces it. */
function selectingSnippet(placeholder: string): string {
  return '${1:' + placeholder.replace(/[$}\\]/g, (ch) => '\\' + ch) + '}';
}

const fillTitle = memoized((placeholder) => ({ zh: `填写“${placeholder}”…`, en: `Fill in “${placeholder}”…` }));
const replaceTitle = memoized((value) => ({ zh: `替换为“${value}”`, en: `Replace with “${value}”` }));
/** Keyed by the kind of value missing, a tab, and the placeholder. */
const messageOf = memoized((key) => {
  const [kind, placeholder] = key.split('\t') as [keyof typeof MISSING_NAMES, string];
  const missing = MISSING_NAMES[kind];
  return { zh: `未填写的占位符“${placeholder}”：此处缺少${missing.zh}。`, en: `Unfilled placeholder “${placeholder}”: ${missing.en} is missing here.` };
});

function fillFix(placeholder: string, span: Span): Fix {
  return {
    title: fillTitle(placeholder),
    edits: [{ start: span.start, end: span.end, newText: selectingSnippet(placeholder) }],
    safe: false,
    snippet: true,
  };
}

/** What a value whose figures were deleted is told, and where its fix types them. */
const EMPTY_VALUES: Readonly<Record<EmptyValue, { message: Localized; title: Localized; edit: (span: TextSpan) => OffsetEdit }>> = {
  year: {
    message: { zh: '日期缺少年份：“年”前面的数字被删去了。', en: 'The date has no year: the figures before “年” were deleted.' },
    title: { zh: '填写年份…', en: 'Fill in the year…' },
    edit: (span) => ({ start: span.start, end: span.start, newText: '${1:年份}' }),
  },
  all: {
    message: { zh: '日期空着：“年月日”前面都没有数字。', en: 'The date is blank: “年月日” has no figures.' },
    title: { zh: '填写日期…', en: 'Fill in the date…' },
    edit: (span) => ({ start: span.start, end: span.end, newText: '${1:年份}年${2:月}月${3:日}日' }),
  },
  percentage: {
    message: { zh: '百分数缺少数字：“%”前面的数字被删去了。', en: 'The percentage has no figure: the figures before “%” were deleted.' },
    title: { zh: '填写数字…', en: 'Fill in the figure…' },
    edit: (span) => ({ start: span.start, end: span.start, newText: '${1:数字}' }),
  },
};

/** Fills a value whose figures were deleted: types the year before 年, the year, month and day, or the figure before %. */
function emptyValueFinding(span: TextSpan, empty: EmptyValue): Finding {
  const { message, title, edit } = EMPTY_VALUES[empty];
  return { start: span.start, end: span.end, message, fixes: () => [{ title, edits: [edit(span)], safe: false, snippet: true }] };
}

const SEAL_NOTE_MESSAGE = {
  zh: '模板的盖章提示：印章盖在署名和成文日期上，正式文本不印这几个字，应删去。',
  en: 'A template’s note where the seal goes: the seal is stamped over the signature and date, and the text does not print it.',
};
const DELETE_SEAL_NOTE = { zh: '删去盖章提示', en: 'Delete the note' };

/** Deleting the note is a quick fix only: a form the drafter prints to be stamped by hand may keep it. */
function sealNoteFinding(span: TextSpan): Finding {
  return {
    start: span.start,
    end: span.end,
    message: SEAL_NOTE_MESSAGE,
    fixes: () => [{ title: DELETE_SEAL_NOTE, edits: [{ start: span.start, end: span.end, newText: '' }], preferred: true, safe: false }],
  };
}

function check(context: RuleContext, settings: Pick<Settings, 'placeholderValues'>): Finding[] {
  return findPlaceholders(context).map((span) => {
    if (span.emptyValue) {
      return emptyValueFinding(span, span.emptyValue);
    }
    if (span.sealNote) {
      return sealNoteFinding(span);
    }
    const placeholder = context.text.slice(span.start, span.end);
    const missing = span.missing ?? missingFrom(context.text, span.start, span.end);
    return {
      start: span.start,
      end: span.end,
      message: messageOf(`${missing}\t${placeholder}`),
      fixes: () => {
        const configured = configuredValue(context, settings.placeholderValues, span);
        return [...(configured ? [configured] : []), fillFix(placeholder, span)];
      },
    };
  });
}

export const placeholderRule = defineRule({
  id: 'placeholder',
  defaultSeverity: 'warning',
  cheap: true,
  check,
  settings: ['placeholderValues'],
});
