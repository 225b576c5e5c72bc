import type { Localized } from '../locale';
import { isHanCode, isInlineSpace, isWhiteSpace, sameChars, shorten, skipSpaces, trimmedLines, withoutSpaces } from '../model/text';
import type { Settings } from '../settings';
import { defineRule, type RuleContext } from './rule';
import type { Finding, Fix, RelatedSpan } from '../vocabulary';
import { CLAUSE_STOPS, hanCount, SENTENCE_STOPS, textUnits, type TextUnit } from './sentences';
import { aloneOnLine, hasLineBreak, lineStartOf, type Span } from '../model/spans';
import { ITEM_NUMBER, PAGE_HEAD, pageCopiesOfFrame } from './page-copies';
import { wholeWords } from './words';
import { LONGEST_WORD } from './doubled-word';
import { kindOfTitle } from '../model/document-kind';
import { isOrganName, partsOf } from '../model/document-frame';
import { isTitleText, matchSalutation } from '../model/blocks';

/**
 * Three kinds of repetition (docs/rules/repeated-phrase.md):
 * - a title written again (whole, or cut short) below itself, as pasted templates do;
 * - a sentence or clause of at least MIN_UNIT_HAN characters repeated anywhere (copy-paste leftovers);
 * - a phrase of at least `minLength` characters repeated within `distance` characters in a paragraph,
 *   shown as a hint only: repetition is how speeches and reports work.
 * Titles and headings are left out of the first two: a title echoed in the opening sentence, a section's
 * heading echoed in its text are deliberate; so are clauses that are standard formulas
 * (以习近平新时代中国特色社会主义思想为指导).
 */
const MIN_UNIT_HAN = 12;

/** Official terms that recur by necessity; a repeated phrase inside one of them is not reported. */
const FIXED_TERMS = [
  '习近平新时代中国特色社会主义思想',
  '以习近平同志为核心的党中央',
  '新时代中国特色社会主义思想',
  '新时代中国特色社会主义',
  '全面建设社会主义现代化国家',
  '社会主义核心价值观',
  '铸牢中华民族共同体意识',
  '坚持以人民为中心的发展思想',
  '中国特色社会主义伟大旗帜',
];

/**
 * What is left of a standard political formula once its fixed terms are taken out (以习近平新时代中国特色
 * 社会主义思想为指导 → 以为指导): a clause that is such a formula recurs in official texts by design.
 */
const FORMULA_FRAMES = new Set(['以为指导', '坚持以为指导', '高举伟大旗帜', '在坚强领导下', '全面贯彻', '深入贯彻', '学习贯彻', '深入学习贯彻']);

/** Whether a clause or sentence is a standard formula: its Chinese characters, fixed terms taken out, are a known frame. */
function isFormula(text: string, start: number, end: number): boolean {
  let rest = text.slice(start, end);
  for (const term of FIXED_TERMS) {
    rest = rest.split(term).join('');
  }
  return FORMULA_FRAMES.has(rest.replace(/[^\p{Script=Han}]/gu, ''));
}

/** A copy followed by one of these is part of a meeting's or a document's name (召开全县安全生产工作会议，部署安全生产工作). */
const NAME_ENDINGS = /^(?:会议|大会|座谈会|推进会|部署会|动员会|现场会|调度会|培训班|论坛|》)/;

/** A fixed term repeated by necessity, or a copy that is part of a name. */
function isDeliberate(text: string, phrase: string, copies: readonly Span[]): boolean {
  return FIXED_TERMS.some((term) => term.includes(phrase)) || copies.some((copy) => NAME_ENDINGS.test(text.slice(copy.end, copy.end + 3)));
}

const EARLIER: Localized = { zh: '前文出现处', en: 'earlier occurrence' };
const IN_FULL: Localized = { zh: '下一行的全文', en: 'the full text on the next line' };

function related(spans: readonly Span[]): RelatedSpan[] {
  return spans.map(({ start, end }) => ({ start, end, message: EARLIER }));
}

/** The first and the nearest of the copies before the last: enough to find them, and bounded however often a text recurs. */
function earlierOf(copies: readonly Span[]): RelatedSpan[] {
  const first = copies[0];
  const nearest = copies[copies.length - 2];
  if (!first || !nearest) {
    return [];
  }
  const firstSpan = { start: first.start, end: first.end, message: EARLIER };
  return first === nearest ? [firstSpan] : [firstSpan, { start: nearest.start, end: nearest.end, message: EARLIER }];
}

const REPEATED_TITLE: Localized = { zh: '标题重复：与前文的标题相同', en: 'The title is written again' };
const TITLE_AGAIN_BELOW: Localized = { zh: '标题重复：下文又印了同一标题，这一处多半是网页或范文集的标题', en: 'The title is printed again below: this copy is most likely the page’s title' };
const LATER: Localized = { zh: '下文的标题', en: 'the title below' };
const REPEATED_SENTENCE: Localized = { zh: '整句重复：这句话前文已出现过', en: 'This sentence repeats an earlier one word for word' };
const REPEATED_CLAUSE: Localized = { zh: '分句重复：这一分句前文已出现过', en: 'This clause repeats an earlier one word for word' };
const DELETE_TITLE: Localized = { zh: '删除重复的标题', en: 'Delete the repeated title' };
const DELETE_SENTENCE: Localized = { zh: '删除重复的这句话', en: 'Delete the repeated sentence' };
const REPEATED_PREVIEW: Localized = { zh: '这一行重复了下一行的开头（网页的摘要预览），应删去', en: 'This line repeats the beginning of the next one (a page’s preview): delete it' };
const DELETE_LINE: Localized = { zh: '删除重复的这一行', en: 'Delete the repeated line' };
/** A preview is a real stretch of the text: this many Chinese characters at least. */
const MIN_PREVIEW_HAN = 30;

function key(text: string, start: number, end: number): string {
  return withoutSpaces(text.slice(start, end));
}

/** Only white space before `start` on its line. */
function beginsItsLine(text: string, start: number): boolean {
  return text.slice(lineStartOf(text, start), start).trim() === '';
}

/** Only white space between the end of one copy and the start of the next (read up to the first other character). */
function adjacent(text: string, earlierStop: number, start: number): boolean {
  if (earlierStop > start) {
    return false;
  }
  for (let i = earlierStop; i < start; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}

/**
 * Deletes `start`…`stop` with the spaces after it, or its whole line when nothing else stands on it. Reads
 * only the copy and the white space around it: a paragraph may be one line of thousands of characters.
 */
function deletion(text: string, start: number, stop: number, title: Localized, safe: boolean): Fix {
  const edit = aloneOnLine(text, start, stop) ?? { start, end: hasLineBreak(text, start, stop) ? stop : skipSpaces(text, stop, text.length) };
  return { title, edits: [{ ...edit, newText: '' }], preferred: true, safe };
}

/**
 * The earlier of two copies of a title, each alone on its line: the page's copy, reported with the later one
 * (the document's own) as related; deleting it is safe when only white space stands between them from `stop`.
 */
function earlierTitleCopy(text: string, earlier: Span, stop: number, later: Span): Finding {
  return {
    start: earlier.start,
    end: earlier.end,
    message: TITLE_AGAIN_BELOW,
    related: [{ start: later.start, end: later.end, message: LATER }],
    fixes: () => [deletion(text, earlier.start, earlier.end, DELETE_TITLE, adjacent(text, stop, later.start))],
  };
}

class Coverage {
  private readonly covered: Uint8Array;
  constructor(length: number) {
    this.covered = new Uint8Array(length + 1);
  }
  add(start: number, end: number): void {
    this.covered.fill(1, start, end);
  }
  touches(start: number, end: number): boolean {
    return this.covered[start] === 1 || this.covered[end - 1] === 1;
  }
}

/** What a 印发 or 转发 notice's title adds to the title of the document it sends out (关于…的意见 → 关于…的意见的通知). */
const SENDS_OUT = /^的(?:通知|通报|函|批复|决定)$/u;

/**
 * Two titles are copies when one is the other, or the other cut short (a page's title cut at its width); the
 * title of a document a notice sends out is not a copy of the notice's title.
 */
function isCopy(one: string, other: string): boolean {
  const [short, long] = one.length <= other.length ? [one, other] : [other, one];
  return long.startsWith(short) && !SENDS_OUT.test(long.slice(short.length));
}

function repeatedTitles({ text, model }: RuleContext, coverage: Coverage): Finding[] {
  const findings: Finding[] = [];
  const earlier: { span: Span; key: string }[] = [];
  for (const node of model.nodes) {
    if (node.kind !== 'title' || coverage.touches(node.start, node.headEnd)) {
      continue;
    }
    const title = key(text, node.start, node.headEnd);
    const copies = earlier.filter((other) => isCopy(other.key, title) && hanCount(title, 0, title.length) >= 8);
    const last = copies[copies.length - 1];
    const here = { start: node.start, end: node.headEnd };
    // The copy printed first is the page's title, the one nearest the text the document's own: the earlier
    // copy is reported, unless this one is the earlier cut short or a copy glued to the text after it.
    const shown = last && title.startsWith(last.key) && aloneOnLine(text, node.start, node.headEnd) ? last.span : here;
    if (last && !coverage.touches(shown.start, shown.end)) {
      coverage.add(shown.start, shown.end);
      findings.push({
        ...shown,
        message: shown === here ? REPEATED_TITLE : TITLE_AGAIN_BELOW,
        related: shown === here ? earlierOf([...copies.map((copy) => copy.span), here]) : [{ ...here, message: LATER }],
        // Safe only when the two copies are titles of their own lines with nothing between: after 第一篇：… (page
        // debris that web-residue deletes) the second is the document's own title.
        fixes: () => [deletion(text, shown.start, shown.end, DELETE_TITLE, adjacent(text, last.span.end, node.start) && beginsItsLine(text, last.span.start))],
      });
    }
    earlier.push({ span: { start: node.start, end: node.headEnd }, key: title });
    const glued = gluedCopy(text, model, node.start, node.headEnd);
    if (glued) {
      coverage.add(glued.start, glued.end);
      findings.push({
        ...glued,
        message: REPEATED_TITLE,
        related: earlierOf([{ start: node.start, end: node.headEnd }, glued]),
        fixes: () => [deletion(text, glued.start, glued.end, DELETE_TITLE, false)],
      });
    }
  }
  return findings;
}

/**
 * What follows a title's words when the sentence is about the title: 是, a comma, 的… (…工作计划是按照…制定的).
 */
const TITLE_AS_SUBJECT = /^[ \t\u3000]*(?:[是为将要旨已的，,]|主要)/u;

/**
 * A title alone on its line, written again at the start of the next line with the text glued to it
 * (厅长在…的讲话*在**省确立了…), as a template site prints its preview: the copy, or undefined. A first
 * sentence that opens with the title's words and goes on about it (…工作计划是按照…制定的) is the text's own.
 */
function gluedCopy(text: string, model: RuleContext['model'], start: number, end: number): Span | undefined {
  const line = aloneOnLine(text, start, end);
  if (!line || hanCount(text, start, end) < 8) {
    return undefined;
  }
  let next = line.end;
  while (next < text.length && isWhiteSpace(text.charCodeAt(next))) {
    next++;
  }
  const title = text.slice(start, end);
  const stop = next + title.length;
  const titled = model.nodes.some((node) => node.start === next && node.kind === 'title');
  return !titled && text.startsWith(title, next) && stop < text.length && !isWhiteSpace(text.charCodeAt(stop)) && !TITLE_AS_SUBJECT.test(text.slice(stop, stop + 3))
    ? { start: next, end: stop }
    : undefined;
}

/** A title glued to copies of itself is this long: at least so many Chinese characters, at most so many characters. */
const MIN_GLUED_TITLE_HAN = 6;
const MAX_GLUED_TITLE = 40;

/**
 * The candidates for a title at the start of the text, shortest first: its first line's opening words (after a
 * sharing site's chunk counter, 1、), up to the first punctuation, leaving room for a copy after them.
 */
function* openingTitles(text: string, model: RuleContext['model']): Generator<{ line: Span; start: number; length: number; title: string }> {
  const line = trimmedLines(text, 0, Math.min(text.length, MAX_GLUED_TITLE * 4))[0];
  if (!line) {
    return;
  }
  const counter = model.chunkCounters.find((chunk) => chunk.start === line.start);
  const start = counter ? skipSpaces(text, counter.end, line.end) : line.start;
  for (let length = MIN_GLUED_TITLE_HAN; length <= MAX_GLUED_TITLE && start + 2 * length <= line.end; length++) {
    const title = text.slice(start, start + length);
    if (/[。，；：！？,;:!?\r\n]/u.test(title)) {
      return;
    }
    yield { line, start, length, title };
  }
}

/**
 * A title printed two or three times in a row at the start of the text, as a sharing site glues its page
 * title to the document (1、政府工作报告（市级） 政府工作报告（市级） 各位代表：……; 总结总结总结随着……): the copies
 * after the first.
 */
function titleRunAtStart(text: string, model: RuleContext['model'], coverage: Coverage): Finding[] {
  for (const { line, start, length, title } of openingTitles(text, model)) {
    const copies: Span[] = [];
    for (let at = skipSpaces(text, start + length, line.end); hanCount(title, 0, length) >= MIN_GLUED_TITLE_HAN && text.startsWith(title, at); at = skipSpaces(text, at + length, line.end)) {
      copies.push({ start: at, end: at + length });
    }
    // Two copies are a title printed twice only when the second stands apart from what follows: a body may
    // open with its title's words (全县经济工作会议 全县经济工作会议是……).
    const last = copies[copies.length - 1];
    const apart = last !== undefined && (last.end === line.end || isWhiteSpace(text.charCodeAt(last.end)));
    if (copies.length >= 2 || apart) {
      const all = [{ start, end: start + length }, ...copies];
      // A word of Chinese characters glued to its copy (XX) is doubled-word's.
      const word = length <= LONGEST_WORD && /^\p{Script=Han}+$/u.test(title);
      return copies.flatMap((copy, index): Finding[] => {
        const before = (all[index] as Span).end;
        if (word && copy.start === before) {
          return [];
        }
        coverage.add(copy.start, copy.end);
        return [{
          ...copy,
          message: REPEATED_TITLE,
          related: earlierOf(all.slice(0, index + 2)),
          fixes: () => [{ title: DELETE_TITLE, edits: [{ start: before, end: copy.end, newText: '' }], preferred: true, safe: true }],
        }];
      });
    }
  }
  return [];
}

/**
 * What a page's copy of a title leaves out or adds: white space, the masks a template site puts over a name
 * (**, 〔…〕, XX, __) and 的 (…座谈会上讲话 over …座谈会上的讲话). Titles equal without them are copies.
 */
const LOOSE_IN_TITLES = /[\s\u3000*＊_＿XxＸ×的]|[〔【［\[]…+[〕】］\]]/gu;

function looseTitle(words: string): string {
  return words.replace(LOOSE_IN_TITLES, '');
}

/** How many characters of 的 and masks a page's title glued to the document's may lack or add. */
const LOOSE_LENGTHS = [0, 1, -1, 2, -2, 3, -3];

/**
 * A sharing site's page title glued to the document's own at the start of the text, the two differing by a 的 or
 * a mask (…座谈会上讲话…座谈会上的讲话同志们：……), or not at all: the first, the page's, is the copy. The title
 * must name its kind (讲话, 报告…): a text may open with its title's words (全县经济工作会议全县经济工作会议是……).
 */
function pageTitleGluedAtStart(text: string, model: RuleContext['model'], coverage: Coverage): Finding[] {
  for (const { line, start, length, title } of openingTitles(text, model)) {
    if (!kindOfTitle(title, false)) {
      continue;
    }
    const at = skipSpaces(text, start + length, line.end);
    const looseWords = looseTitle(title);
    for (const extra of LOOSE_LENGTHS) {
      const end = at + length + extra;
      const copy = text.slice(at, end);
      if (copy.endsWith(title.slice(-1)) && looseTitle(copy) === looseWords && !TITLE_AS_SUBJECT.test(text.slice(end, end + 3)) && !coverage.touches(start, end)) {
        coverage.add(start, end);
        return [{
          start,
          end: start + length,
          message: TITLE_AGAIN_BELOW,
          related: [{ start: at, end, message: LATER }],
          fixes: () => [{ title: DELETE_TITLE, edits: [{ start, end: at, newText: '' }], preferred: true, safe: true }],
        }];
      }
    }
  }
  return [];
}

/**
 * A title glued to the salutation after it at the start of a page pasted as one line (…上的讲话同志们：今天召开……):
 * the opening sentence may echo its words, as it would under a title on its own line.
 */
function titleGluedToSalutation(text: string, model: RuleContext['model']): Span | undefined {
  for (const { start, length, title } of openingTitles(text, model)) {
    if (kindOfTitle(title, false) && matchSalutation(text, start + length) >= 0) {
      return { start, end: start + length };
    }
  }
  return undefined;
}

/** Where `text[start…end)` recurs at `at`, white space aside: the end of the recurrence there, or -1. */
function recursAt(text: string, start: number, end: number, at: number, limit: number): number {
  let i = start;
  let j = at;
  while (i < end) {
    if (isWhiteSpace(text.charCodeAt(i))) {
      i++;
    } else if (j < limit && isWhiteSpace(text.charCodeAt(j))) {
      j++;
    } else if (j < limit && text.charCodeAt(i) === text.charCodeAt(j)) {
      i++;
      j++;
    } else {
      return -1;
    }
  }
  return j;
}

/**
 * Lines that are the beginning of the next line, white space aside (a template page prints the first hundred
 * characters as a preview, then the document): each is the copy, reported whole.
 */
function previewLines(text: string): { span: Span; copy: Span }[] {
  const lines = trimmedLines(text);
  const previews: { span: Span; copy: Span }[] = [];
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (!next || next.end - next.start <= line.end - line.start || text.charCodeAt(line.start) !== text.charCodeAt(next.start) || hanCount(text, line.start, line.end) < MIN_PREVIEW_HAN) {
      return;
    }
    const end = recursAt(text, line.start, line.end, next.start, next.end);
    if (end >= 0 && end < next.end) {
      previews.push({ span: line, copy: { start: next.start, end } });
    }
  });
  return previews;
}

/** A hash of the characters from `start` to `end`, white space left out (copies may differ in spacing). */
function unitHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isInlineSpace(code)) {
      hash = (Math.imul(hash, BASE) + code) | 0;
    }
  }
  return hash;
}

/** Whether two units have the same characters, white space left out. */
function sameUnit(text: string, a: TextUnit, b: TextUnit): boolean {
  let i = a.start;
  let j = b.start;
  for (;;) {
    i = skipSpaces(text, i, a.end);
    j = skipSpaces(text, j, b.end);
    if (i === a.end || j === b.end) {
      return i === a.end && j === b.end;
    }
    if (text.charCodeAt(i) !== text.charCodeAt(j)) {
      return false;
    }
    i++;
    j++;
  }
}

/** The copies seen so far of each unit's text, found by hash and compared character by character. */
class UnitCopies {
  private readonly byHash = new Map<number, TextUnit[][]>();
  constructor(private readonly text: string) {}
  /** Adds `unit` to the copies of its text and returns them, `unit` last. */
  add(unit: TextUnit): TextUnit[] {
    const hash = unitHash(this.text, unit.start, unit.end);
    const groups = this.byHash.get(hash);
    const copies = groups?.find((group) => sameUnit(this.text, group[0] as TextUnit, unit));
    if (copies) {
      copies.push(unit);
      return copies;
    }
    const group = [unit];
    if (groups) {
      groups.push(group);
    } else {
      this.byHash.set(hash, [group]);
    }
    return group;
  }
}

/** What a pass over units reports, and the later copies of title lines it kept as titles (the clause pass leaves them out). */
interface UnitRepeats {
  readonly findings: Finding[];
  readonly keptTitles: Span[];
}

function repeatedUnits({ text, model }: RuleContext, units: readonly TextUnit[], kind: 'sentence' | 'clause', coverage: Coverage, leftOutToo: readonly Span[]): UnitRepeats {
  // Titles and headings are left out: the opening sentence may echo the title, a section its heading. So
  // is all that stands before the salutation (同志们：): a title over two lines, its subtitle, the speaker.
  // An official document's formal parts (版头, 标题, 署名…) are its own, and what a page prints before it is
  // page debris (pageCopiesOfFrame reports the copies of the title there).
  const salutation = model.nodes.find((node) => node.kind === 'salutation');
  const parts = partsOf(model.frames);
  const leftOut: readonly Span[] = [
    ...(salutation ? [{ start: 0, end: salutation.start }] : []),
    ...(parts.length > 0 ? [{ start: 0, end: (parts[0] as Span).start }] : []),
    ...parts.filter((part) => part.name !== 'body'),
    ...model.nodes.filter((node) => node.kind === 'heading' || (node.kind === 'title' && (!salutation || node.start > salutation.start))).map((node) => ({ start: node.start, end: node.headEnd })),
    ...leftOutToo,
  ].sort((a, b) => a.start - b.start);
  let nextLeftOut = 0;
  const seen = new UnitCopies(text);
  const findings: Finding[] = [];
  const keptTitles: Span[] = [];
  for (const unit of units) {
    while (nextLeftOut < leftOut.length && (leftOut[nextLeftOut] as Span).end <= unit.start) {
      nextLeftOut++;
    }
    const skipped = leftOut[nextLeftOut];
    if ((skipped && skipped.start <= unit.start) || isFormula(text, unit.start, unit.end)) {
      continue;
    }
    const copies = seen.add(unit);
    if (copies.length === 1) {
      continue;
    }
    const last = copies[copies.length - 2] as TextUnit;
    // A line with no stop printed again alone on a later line is a title: the earlier is the page's copy.
    const titleLine = unit.stop === unit.end && aloneOnLine(text, unit.start, unit.end) && aloneOnLine(text, last.start, last.end);
    if (titleLine && isOrganName(key(text, unit.start, unit.end))) {
      // An organ's name on two lines: two 署名, or a law site's issuer field (web-residue's), never a title.
      continue;
    }
    const shown = titleLine ? last : unit;
    if (coverage.touches(shown.start, shown.end)) {
      continue;
    }
    coverage.add(shown.start, shown.end);
    const earlierCopies = earlierOf(copies);
    if (titleLine) {
      keptTitles.push({ start: unit.start, end: unit.end });
      findings.push(earlierTitleCopy(text, last, last.stop, unit));
    } else if (kind === 'sentence') {
      findings.push({
        start: unit.start,
        end: unit.end,
        message: REPEATED_SENTENCE,
        related: earlierCopies,
        fixes: () => [deletion(text, unit.start, unit.stop, DELETE_SENTENCE, adjacent(text, last.stop, unit.start))],
      });
    } else {
      findings.push({
        start: unit.start,
        end: unit.end,
        message: REPEATED_CLAUSE,
        related: earlierCopies,
      });
    }
  }
  return { findings, keptTitles };
}

const BUCKETS = 1 << 16;
const BASE = 0x9e3779b1;

/** Phrases of `minLength`+ Chinese characters repeated within `distance` characters of a line: rolling hashes, one pass, linear. */
function nearbyPhrases({ text }: RuleContext, settings: RepeatedPhraseSettings, coverage: Coverage): Finding[] {
  const n = settings['repeatedPhrase.minLength'];
  const distance = settings['repeatedPhrase.distance'];
  const head = new Int32Array(BUCKETS).fill(-1);
  const previous = new Int32Array(text.length);
  let power = 1;
  for (let k = 1; k < n; k++) {
    power = Math.imul(power, BASE);
  }
  const repeats: { start: number; end: number; copies: Span[] }[] = [];
  let lineStart = 0;
  let runStart = 0;
  let hash = 0;
  let reportedUntil = 0;
  for (let end = 0; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (!isHanCode(code)) {
      if (code === 10 || code === 13) {
        lineStart = end + 1;
      }
      runStart = end + 1;
      hash = 0;
      continue;
    }
    if (end - runStart >= n) {
      hash = Math.imul(hash - Math.imul(text.charCodeAt(end - n), power), BASE);
    } else {
      hash = Math.imul(hash, BASE);
    }
    hash = (hash + code) | 0;
    const j = end + 1 - n;
    if (j < runStart) {
      continue;
    }
    const bucket = (hash ^ (hash >>> 16)) & (BUCKETS - 1);
    if (j >= reportedUntil) {
      const found = earlierCopies(text, head[bucket] as number, previous, j, n, lineStart, distance);
      if (found) {
        reportedUntil = found.end;
        const words = wholeWords(text, j, found.end);
        const phrase = text.slice(words.start, words.end);
        const shift = words.start - j;
        const copies = found.copies.map((copy) => ({ start: copy.start + shift, end: copy.start + shift + phrase.length }));
        // A phrase whose earlier copies all stand in what is already reported (the copies of a title) is that report's.
        const reported = copies.length > 0 && copies.every((copy) => coverage.touches(copy.start, copy.end));
        if (words.end - words.start >= n && !coverage.touches(words.start, words.end) && !reported && !isDeliberate(text, phrase, [words, ...copies])) {
          addRepeat(text, repeats, { start: words.start, end: words.end, copies });
        }
      }
    }
    previous[j] = head[bucket] as number;
    head[bucket] = j;
  }
  return repeats.map(({ start, end, copies }) => {
    const phrase = shorten(text.slice(start, end), 20);
    // Repetition is how speeches and reports work: a phrase that recurs nearby is a hint, never a warning.
    return {
      start,
      end,
      message: { zh: `“${phrase}”在同一段${distance}字内重复出现`, en: `“${phrase}” is repeated within ${distance} characters in this paragraph` },
      related: related(copies),
      tentative: true,
    };
  });
}

/** A repeat that continues the last one past a comma (a copied passage, clause after clause) joins it. */
function addRepeat(text: string, repeats: { start: number; end: number; copies: Span[] }[], repeat: { start: number; end: number; copies: Span[] }): void {
  const last = repeats[repeats.length - 1];
  const lastCopy = last?.copies[0];
  const copy = repeat.copies[0];
  const joins = (from: number, to: number) => from <= to && to - from <= 2 && /^[\p{P}\s]*$/u.test(text.slice(from, to));
  if (last && lastCopy && copy && joins(last.end, repeat.start) && joins(lastCopy.end, copy.start)) {
    last.end = repeat.end;
    last.copies = [{ start: lastCopy.start, end: copy.end }];
    return;
  }
  repeats.push(repeat);
}

/**
 * How many earlier places with the phrase's hash are read: more are only in text that repeats one short
 * run over and over (的的的……, 一二一二……), where each would be read to its end, quadratically.
 */
const MAX_CANDIDATES = 8;

/**
 * The earlier copies (nearest first) of the phrase at `j`, within `distance` and the line, and how far
 * the nearest copy's match with the text at `j` runs. Copies that touch the phrase (X X) are left to doubled-word.
 */
function earlierCopies(text: string, first: number, previous: Int32Array, j: number, n: number, lineStart: number, distance: number): { end: number; copies: Span[] } | undefined {
  let length = 0;
  const copies: Span[] = [];
  let examined = 0;
  for (let i = first; i >= lineStart && j - i <= distance && examined++ < MAX_CANDIDATES; i = previous[i] as number) {
    if (i + n > j || !sameChars(text, i, j, n)) {
      continue;
    }
    let reach = n;
    while (i + reach < j && j + reach < text.length && text.charCodeAt(i + reach) === text.charCodeAt(j + reach) && isHanCode(text.charCodeAt(j + reach))) {
      reach++;
    }
    if (i + reach === j) {
      continue;
    }
    if (length === 0) {
      length = reach;
    }
    if (reach >= length) {
      copies.push({ start: i, end: i + length });
    }
  }
  return length === 0 ? undefined : { end: j + length, copies };
}

type RepeatedPhraseSettings = Pick<Settings, 'repeatedPhrase.minLength' | 'repeatedPhrase.distance'>;

/** A page title shorter than MIN_UNIT_HAN (镇巴县人民政府工作规则) is still a title when it names its genre. */
const SHORT_TITLE_HAN = 8;
const RULES_GENRE = /(?:规则|办法|规定|条例|细则|制度|章程|规划|纲要)$/u;

/**
 * A title printed alone at the top of a page and again alone below it (镇巴县人民政府工作规则 / 索引号：… /
 * 镇巴县人民政府工作规则), the page's copy perhaps without the masks or a 的 of the document's (镇2023上半年… over
 * 〔…〕镇2023上半年…): the earlier is the page's copy. A short one must name its genre; longer ones printed
 * word for word are sentences to repeatedUnits; an organ's name is never a title.
 */
function titlesPrintedAgain(text: string, coverage: Coverage): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<string, { span: Span; words: string }>();
  for (const whole of trimmedLines(text, 0, Math.min(text.length, PAGE_HEAD))) {
    // A collection's item number before a copy (第1篇：…) is the collection's, web-residue's to delete.
    const line = { ...whole, start: whole.start + (ITEM_NUMBER.exec(text.slice(whole.start, whole.end))?.[0].length ?? 0) };
    const words = text.slice(line.start, line.end);
    const han = hanCount(text, line.start, line.end);
    const long = han >= MIN_UNIT_HAN;
    if (han < SHORT_TITLE_HAN || !isTitleText(words, true) || (!long && !(RULES_GENRE.test(words) || kindOfTitle(words, true))) || isOrganName(withoutSpaces(words))) {
      continue;
    }
    const key = looseTitle(words);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { span: line, words });
      continue;
    }
    // A long copy word for word is a repeated sentence (repeatedUnits), unless a number glued before it hides it there.
    const numbered = line.start > whole.start;
    if ((long && !numbered && withoutSpaces(earlier.words) === withoutSpaces(words)) || coverage.touches(earlier.span.start, earlier.span.end) || coverage.touches(line.start, line.end)) {
      continue;
    }
    coverage.add(earlier.span.start, earlier.span.end);
    findings.push(earlierTitleCopy(text, earlier.span, earlier.span.end, line));
  }
  return findings;
}

/** The nearby phrases, the words of a title glued to its salutation counted as the title's (not repeated by an echo). */
function nearbyPhrasesBelowTitle(context: RuleContext, settings: RepeatedPhraseSettings, coverage: Coverage): Finding[] {
  const title = titleGluedToSalutation(context.text, context.model);
  if (title) {
    coverage.add(title.start, title.end);
  }
  return nearbyPhrases(context, settings, coverage);
}

function check(context: RuleContext, settings: RepeatedPhraseSettings): Finding[] {
  const { text } = context;
  const coverage = new Coverage(text.length);
  const previews = previewLines(text);
  for (const { span } of previews) {
    coverage.add(span.start, span.end);
  }
  const spans = previews.map(({ span }) => span);
  const frameCopies = pageCopiesOfFrame(text, context.model);
  for (const copy of frameCopies) {
    coverage.add(copy.start, copy.end);
  }
  // In order: each finder leaves out what the ones before it reported.
  const titles = [
    ...frameCopies,
    ...previews.map(({ span, copy }): Finding => ({
      ...span,
      message: REPEATED_PREVIEW,
      related: [{ ...copy, message: IN_FULL }],
      fixes: () => [deletion(text, span.start, span.end, DELETE_LINE, true)],
    })),
    ...titleRunAtStart(text, context.model, coverage),
    ...pageTitleGluedAtStart(text, context.model, coverage),
    ...repeatedTitles(context, coverage),
    ...titlesPrintedAgain(text, coverage),
  ];
  const sentences = repeatedUnits(context, textUnits(text, SENTENCE_STOPS, MIN_UNIT_HAN), 'sentence', coverage, spans);
  // A title line printed again is kept as the title: its clauses are not copies of the page's (……专题党课：从党史中……).
  const clauses = repeatedUnits(context, textUnits(text, CLAUSE_STOPS, MIN_UNIT_HAN), 'clause', coverage, [...spans, ...sentences.keptTitles]);
  return [...titles, ...sentences.findings, ...clauses.findings, ...nearbyPhrasesBelowTitle(context, settings, coverage)];
}

export const repeatedPhraseRule = defineRule({
  id: 'repeated-phrase',
  defaultSeverity: 'warning',
  check,
  settings: ['repeatedPhrase.minLength', 'repeatedPhrase.distance'],
});
