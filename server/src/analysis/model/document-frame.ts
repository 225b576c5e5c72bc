/**
 * The parts of an official document around its body (GB/T 9704-2012 第7章): 版头 lines, 发文字号, 标题,
 * 主送机关 at the top; 附件说明, 发文机关署名, 成文日期 and 附注 at the end. Found by their shape alone,
 * so that a speech or a summary, which has none of them, gets no frame.
 */
import { isStatutory, kindOfTitle, type DocumentKind } from './document-kind';
import { matchSalutation } from './blocks';
import { matchHeadingMarker } from './markers';
import { YEAR_NUMERALS } from './numerals';
import { CodeSet, skipSpaces, trimEndOffset, withoutSpaces, type Line } from './text';
import type { DocumentFrame, FramePart, FramePartName, FramesOf } from './types';

/** 份号 (six digits), 密级 and 保密期限, 紧急程度, and the 发文机关标志 (…文件). */
const HEADER_LINE = /^(?:[0-9０-９]{6}|(?:绝密|机密|秘密)(?:[★\s\u3000].*)?|特急|加急|平急|特提|[^\s，。：:；;！？]{2,30}文件)$/u;
/**
 * 市政办发〔2026〕5号, with the brackets, 第, zeros and a letter O in the year as drafters and copies write them,
 * a template's blanks (〔20××〕×号), 签发人：… on the same line, or in parentheses under the title as a reposted copy prints it.
 */
const DOCUMENT_NUMBER = /^[（(]?\p{Script=Han}[\p{Script=Han}\s\u3000]{0,20}[〔［\[【(（]\s*(?:[0-9０-９][0-9０-９OoＯ]{3}|(?:19|20|２０)?[×XxＸ*＊]{2,4})\s*[〕］\]】)）]\s*第?\s*(?:[0-9０-９]+|[×XxＸ*＊]{1,3})\s*号(?:[）)]|[\s\u3000]+签发人[：:].*)?$/u;
/** No sentence punctuation, and none of a web page's navigation (首页 > 通知公告, • 索引号, 政务服务丨…). */
const TITLE_LINE = /^[^，。！？；：,!?;:>＞›»•|｜丨/\\]{2,50}$/u;
const HAN = /\p{Script=Han}/u;
/** The rule under a 版头 (a line of dashes in a text copy): no part, skipped. */
const SEPARATOR_LINE = /^[-—_=─━－\s\u3000]{3,}$/u;
const SEPARATOR_START = new CodeSet('-—_=─━－');
/**
 * 2026年9月8日, the forms date-format corrects (2026年09月08日, 二〇二六年九月八日, full-width digits, 2026.09.08,
 * 2026-9-8), and a template's blank date (××××年×月×日, 20XX年X月X日, 二〇XX年八月十一日: placeholder reports it).
 */
const DATE = `(?:[0-9０-９×XxＸ*＊${YEAR_NUMERALS}]{2,4}\\s*年\\s*[0-9０-９〇零一二三四五六七八九十×XxＸ*＊]{1,3}\\s*月\\s*[0-9０-９〇零一二三四五六七八九十×XxＸ*＊]{1,3}\\s*日|[0-9０-９]{4}[.．/-][0-9０-９]{1,2}[.．/-][0-9０-９]{1,2})`;
export const DATE_LINE = new RegExp(`^${DATE}$`, 'u');
/** A date in figures only (2026.09.08): the 成文日期 only under a 署名, a page's posting date elsewhere. */
const FIGURES_DATE = /^[0-9０-９]{4}[.．/-]/u;
/** A 署名 and its date on one line (××部 2015.03.11), as a copy that lost the line break prints them. */
const SIGNED_DATE_LINE = new RegExp(`^(.+?)[\\s\\u3000]+${DATE}$`, 'u');
/** An organ's name, or a template's blank for it (××省人民政府). */
const SIGNATURE_LINE = /^[\p{Script=Han}A-Za-z0-9（）()·×＊*\s\u3000]{2,40}$/u;
/** How the name of an organ ends: …人民政府, …办公室, …街道. */
const ORGAN_ENDINGS = '政府|委员会|委|党委|党组|局|厅|办公室|办|部|院|会|公司|中心|处|科|所|站|队|办事处|街道|镇|乡|村|社区|学校|集团';
/** A second or third 署名 line (联合行文) names an organ too. */
const ORGAN_NAME = new RegExp(`(?:${ORGAN_ENDINGS})$`, 'u');
/** Lines that close a body: a closing formula is the body's last line, never a 署名. */
export const CLOSING_FORMULA = /^(?:特此\p{Script=Han}{1,2}|此复|妥否，?请批示|当否，?请批复)[。.]?$/u;
/**
 * The closing that asks a superior to decide: 妥否，请批示 / 当否，请批复 / 如无不妥，请批准 / 请予批准.
 * 请批转 (a 报告 asking that it be forwarded to others) asks no decision and is not one.
 */
export const REQUEST_CLOSING = /(?:妥否|当否)[，,]?\s*请(?:批示|批复|审批|审示|示复|指示)|(?:如无不妥|如无不当)[，,]?\s*请(?:予)?(?:批准|批复|批示|审批)|请予(?:批准|批复|审批)|特此请示/u;
/** A line that ends with a closing request: 以上请示妥否，请批示。 */
export const REQUEST_CLOSING_LINE = new RegExp(`(?:${REQUEST_CLOSING.source})[。.]?$`, 'u');
const NOTE_LINE = /^[（(].+[）)]$/u;
const ATTACHMENT_START = /^附\s*件\s*[：:]/u;
const ATTACHMENT_LINE = /^[^。！？]{1,80}$/u;
/** A 主送机关 line: organs and one colon at its end (a portal's fields, 索引号：… 成文日期：, hold several). */
const ADDRESSEE_LINE = /^\p{Script=Han}[^。！？!?：:]{1,119}[：:]$/u;
/** A 主送机关 and the body's first sentence after it on the same line: the addressee, then white space. */
const ADDRESSEE_RUN_INTO_BODY = /^(\p{Script=Han}[^。！？!?：:\s]{1,119}[：:])[ \t\u3000]*(?=[^。！？!?]*[。！？!?])/u;
/** The opening sentence of a body also ends with a colon: 现将有关事项通知如下：, 为做好…，现就…请示如下：. */
const OPENING_SENTENCE = /如下|^(?:为|根据|按照|依据|经|现|近|今年|鉴于|自|由于)/u;
/** Where a statutory title ends inside a line that runs on into its 主送机关: …的请示|最高人民法院： */
const TITLE_TYPE_END = /的(?:通知|通报|报告|请示|批复|函|意见|决定|决议|纪要|公告|通告|议案)/gu;
/** The last organ of a 主送机关 names an organ or a kind of them: …人民政府, …各高等院校, …有关单位. */
const ADDRESSED_ORGAN = new RegExp(`(?:${ORGAN_ENDINGS}|院校|单位|部门|机构|企业)$`, 'u');
/** How the name of an issuing organ ends: an organ's ending, or 中央 (中共中央). */
const ISSUING_ORGAN = `(?:${ORGAN_ENDINGS}|中央)`;
/**
 * A title's line before its 关于 that names the issuing organ: 中共中央 国务院, …人民政府办公厅, and organs issuing
 * together what the title names (…人民政府 …人民法院印发 / 关于…的意见的通知).
 */
const ISSUER = new RegExp(`${ISSUING_ORGAN}(?:印发|转发|批转)?$`, 'u');
const HAN_ONLY = /^\p{Script=Han}{2,30}$/u;
const ISSUING_ORGAN_NAME = new RegExp(`${ISSUING_ORGAN}$`, 'u');

/**
 * A line that only names an organ, or organs issuing together: 辽宁省沈阳市人民政府, 全国人民代表大会常务委员会,
 * 对外贸易经济合作部, 财政部、司法部.
 */
export function isOrganName(line: string): boolean {
  return line.split(/[、\s\u3000]+/u).every((name) => HAN_ONLY.test(name) && ISSUING_ORGAN_NAME.test(name));
}
/** An addressee line whose colon was left off ends with the kind of body it names. */
const ADDRESSEE_WITHOUT_COLON = /^各[^。！？!?：:]{1,150}(?:政府|委员会|部门|单位|机关|机构|党委|党组|局|厅|委|办|公司|学校|处|科室|街道)$/u;
/** How far into a page the document may start (after a portal's or a sharing site's debris), in non-empty lines. */
const LEADING_DEBRIS_LINES = 12;
const MAX_TITLE_LINES = 4;
/** Lines of a page between one sample's date and the next sample (篇2, 【第二篇】, a counter). */
const SAMPLE_LABEL_LINES = 2;
const MAX_SIGNATURE_LINES = 3;
const MAX_ATTACHMENT_LINES = 12;

/** A date line is short: 二〇二六年十二月三十一日 with spaces is under this; longer lines are not read for one. */
const MAX_DATE_LENGTH = 30;
const MAX_SIGNED_DATE_LENGTH = 60;
/** A top's first line is short: a 版头 line, a 发文字号, a title's line, or at most a title run on into its 主送机关. */
const MAX_TOP_LINE_LENGTH = 180;

/** A non-empty line without its leading and trailing white space; its text is sliced only when a pattern reads it. */
class TextLine {
  private sliced: string | undefined;

  constructor(private readonly source: string, readonly index: number, readonly start: number, readonly end: number) {}

  get text(): string {
    this.sliced ??= this.source.slice(this.start, this.end);
    return this.sliced;
  }
}

/** The document's non-empty lines, the dashed rule under a 版头 left out. */
function nonEmptyLines(text: string, lines: readonly Line[]): TextLine[] {
  const found: TextLine[] = [];
  lines.forEach((line, index) => {
    const start = skipSpaces(text, line.start, line.end);
    const end = trimEndOffset(text, start, line.end);
    const candidate = new TextLine(text, index, start, end);
    if (end > start && !(SEPARATOR_START.has(text.charCodeAt(start)) && SEPARATOR_LINE.test(candidate.text))) {
      found.push(candidate);
    }
  });
  return found;
}

function isHeadingLine(text: string, line: TextLine): boolean {
  return matchHeadingMarker(text, line.start, 'line', false) !== null;
}

/** A title found at the top: its kind, the line after it (an index of the non-empty lines), its last line. */
interface FoundTitle {
  readonly kind: DocumentKind | null;
  readonly next: number;
  readonly framed: boolean;
  /** The title's last line, or the part of it before a 主送机关 run into it. */
  readonly last: TextLine;
  /** The 主送机关 written on the title's last line. */
  readonly addressee?: TextLine;
}

/** The document after another on the same page: its top, and its first line (an index of the non-empty lines). */
interface NextDocument {
  readonly top: Top;
  readonly first: number;
}

/** The top of a document as read from one line: its parts, its kind, where its body starts. */
interface Top {
  readonly kind: DocumentKind | null;
  readonly parts: FramePart[];
  /** The line (of the non-empty lines) the body starts on. */
  readonly next: number;
  /** The body's first line when it shares a line with the 主送机关 (市直有关部门： 为切实做好……). */
  readonly bodyFirst: TextLine | null;
  /** Where the document's 署名 and date may be read up to (exclusive): the end of the text unless a part says less. */
  readonly end?: number;
}

function framePart(name: FramePartName, first: TextLine, last: TextLine = first): FramePart {
  return { name, start: first.start, end: last.end, firstLine: first.index, lastLine: last.index };
}

class FrameReader {
  private parts: FramePart[] = [];

  constructor(private readonly text: string, private readonly lines: readonly TextLine[]) {}

  private add(name: FramePartName, first: TextLine, last: TextLine = first): void {
    this.parts.push(framePart(name, first, last));
  }

  /**
   * The documents of the text, one after another: a page of sample documents (范文 篇1, 篇2…) holds several, each
   * with its own title, 主送机关, closing, 署名 and date.
   */
  read(): FramesOf {
    const frames: DocumentFrame[] = [];
    let start = 0;
    for (let top = this.readTop(); top; ) {
      const next = this.documentAfter(top);
      const end = Math.min(top.end ?? this.lines.length, next?.first ?? this.lines.length);
      const nextStart = next ? (this.lines[next.first] as TextLine).start : this.text.length;
      frames.push({ ...this.frameOf(top, end), start, end: nextStart });
      start = nextStart;
      top = next?.top ?? null;
    }
    const [first, ...rest] = frames;
    return first ? [first, ...rest] : [{ kind: null, parts: [], start: 0, end: this.text.length }];
  }

  /** The kind and parts of the document whose top is `top`, its 署名 and date read up to the line `end` (exclusive). */
  private frameOf(top: Top, end: number): Pick<DocumentFrame, 'kind' | 'parts'> {
    this.parts = [...top.parts];
    const bodyEnd = this.readBottom(top.next, end);
    if (top.next < bodyEnd) {
      this.add('body', top.bodyFirst ?? (this.lines[top.next] as TextLine), this.lines[bodyEnd - 1] as TextLine);
    }
    const framed = this.parts.some((part) => part.name === 'header' || part.name === 'number' || part.name === 'addressee');
    return { kind: top.kind, parts: framed || isStatutory(top.kind) ? this.parts.sort((a, b) => a.start - b.start) : [] };
  }

  /**
   * The next document after the one whose top is `top`: a statutory title with its 发文字号 or 主送机关 (a forwarded
   * document printed whole is a document of its own), or the next sample of a page of them a few lines under a date
   * line (after a label such as 篇2).
   */
  private documentAfter(top: Top): NextDocument | null {
    if (!isStatutory(top.kind)) {
      return null;
    }
    let dateAt = -1;
    for (let at = top.next; at < this.lines.length; at++) {
      const line = this.lines[at] as TextLine;
      const titled = line.end - line.start <= MAX_TOP_LINE_LENGTH ? this.readTopFrom(at, true) : null;
      if (titled && isStatutory(titled.kind) && titled.parts.some((part) => part.name === 'number' || part.name === 'addressee')) {
        return { top: this.laterCopyOf(titled) ?? titled, first: at };
      }
      const sample = dateAt >= 0 && at - dateAt <= SAMPLE_LABEL_LINES + 1 ? this.sampleAt(at, titled, top) : null;
      if (sample) {
        return { top: sample, first: at };
      }
      if (line.end - line.start <= MAX_DATE_LENGTH && DATE_LINE.test(line.text)) {
        dateAt = at;
      }
    }
    return null;
  }

  /**
   * The next sample of a page of them at the line `at`, `titled` the top read there: a title of the same kind as the
   * last sample's over a sentence (2关于要求…的请示 / 我组坐落在…。), or a 请示 printed from its 主送机关 as the last one
   * was. Not the text a 通知 issues (…印发…的意见的通知 / 关于…的意见 under its date): a kind of its own.
   */
  private sampleAt(at: number, titled: Top | null, last: Top): Top | null {
    const body = titled ? this.lines[titled.next] : undefined;
    if (titled && titled.kind === last.kind && body && /[。！？]/u.test(body.text)) {
      return titled;
    }
    return last.parts.some((part) => part.name === 'title') ? null : this.untitledRequest(at, at + 1);
  }

  /** Reads 版头, 发文字号, 标题 and 主送机关 from the first lines that hold a title. */
  private readTop(): Top | null {
    const limit = Math.min(this.lines.length, LEADING_DEBRIS_LINES);
    for (let from = 0; from < limit; from++) {
      const top = this.readTopFrom(from);
      if (top) {
        return this.laterCopyOf(top) ?? top;
      }
    }
    return this.untitledRequest();
  }

  /**
   * A 请示 printed without its title, as a template site keeps it from the 主送机关 on: an organ addressed among the
   * first lines, and a line of the text after it that closes with a request (以上请示妥否，请批示。). Its 署名 and
   * date are read just under that closing, so that a page holding a second 请示 below is not read as one.
   */
  private untitledRequest(from = 0, limit = Math.min(this.lines.length, LEADING_DEBRIS_LINES)): Top | null {
    for (let at = from; at < limit; at++) {
      const addressee = this.addresseeAt(at, false);
      if (addressee && /[：:]$/u.test(addressee.text) && ADDRESSED_ORGAN.test(addressee.text.slice(0, -1))) {
        const closing = this.lines.findIndex((line, index) => index > at && REQUEST_CLOSING_LINE.test(line.text));
        const end = Math.min(this.lines.length, closing + MAX_SIGNATURE_LINES + 3);
        return closing > at ? { kind: '请示', parts: [framePart('addressee', addressee)], next: at + 1, bodyFirst: null, end } : null;
      }
    }
    return null;
  }

  /**
   * A page prints the title (and the 发文字号, the date) above the document it shows: when the same title is
   * read again in the next lines, framed or bare (a law site prints it three times, its issuer field between),
   * the last reading is the document's own top and the ones before copies (page-copies reports them).
   */
  private laterCopyOf(top: Top): Top | undefined {
    const title = this.words(top);
    const limit = Math.min(this.lines.length, top.next + LEADING_DEBRIS_LINES);
    for (let from = top.next; from < limit; from++) {
      const again = this.readTopFrom(from, true);
      if (again && this.words(again) === title) {
        return this.laterCopyOf(again) ?? again;
      }
    }
    return undefined;
  }

  /** A top's title without white space: a title split over lines reads as the same title. */
  private words(top: Top): string {
    const title = top.parts.find((part) => part.name === 'title');
    return title ? withoutSpaces(this.text.slice(title.start, title.end)) : '';
  }

  /** The top read from the line `from`; below the first line only a framed title's, unless `bare` allows a bare title. */
  private readTopFrom(from: number, bare = false): Top | null {
    let at = from;
    const header: TextLine[] = [];
    for (let line = this.lineAt(at, HEADER_LINE); line; line = this.lineAt(at, HEADER_LINE)) {
      header.push(line);
      at++;
    }
    const numberBefore = this.lineAt(at, DOCUMENT_NUMBER);
    if (numberBefore) {
      at++;
    }
    const title = this.titleAt(at, header.length > 0 || numberBefore !== null);
    if (!title || (from > 0 && !title.framed && !bare)) {
      return null;
    }
    const parts = header.map((line) => framePart('header', line));
    if (numberBefore) {
      parts.push(framePart('number', numberBefore));
    }
    parts.push(framePart('title', this.lines[this.titleStart(at, title)] as TextLine, title.last));
    const top = { kind: title.kind, parts, bodyFirst: null };
    if (title.addressee) {
      parts.push(framePart('addressee', title.addressee));
      return { ...top, next: title.next };
    }
    at = title.next;
    const numberAfter = numberBefore ? null : this.lineAt(at, DOCUMENT_NUMBER);
    if (numberAfter) {
      parts.push(framePart('number', numberAfter));
      at++;
    }
    if (!isStatutory(title.kind) && title.kind !== null) {
      return { ...top, next: at };
    }
    const addressee = this.addresseeAt(at, title.kind === '请示');
    if (addressee) {
      parts.push(framePart('addressee', addressee));
      return { ...top, next: at + 1 };
    }
    const runOn = this.addresseeRunIntoBody(at, title.kind === '请示');
    if (runOn) {
      parts.push(framePart('addressee', runOn.addressee));
      return { ...top, next: at, bodyFirst: runOn.body };
    }
    return { ...top, next: at };
  }

  private lineAt(at: number, pattern: RegExp): TextLine | null {
    const line = this.lines[at];
    return line && pattern.test(line.text) ? line : null;
  }

  /**
   * A title of one to four lines starting at `at` that ends with a kind; `framed` when a 版头 or 发文字号 comes
   * before it. A one-line title naming no kind is still the title when a 发文字号 comes before it and a 主送机关
   * after it (document-title reports the missing kind).
   */
  private titleAt(at: number, numbered: boolean): FoundTitle | null {
    let joined = '';
    for (let next = at; next < this.lines.length && next < at + MAX_TITLE_LINES; next++) {
      const line = this.lines[next] as TextLine;
      // A title ended with a full stop is still the title (document-title reports the stop).
      const words = line.text.replace(/[。.]$/u, '');
      // A date line ends what stands above a title (the 署名 and date of the document before it on a page).
      if (isHeadingLine(this.text, line) || DATE_LINE.test(line.text)) {
        break;
      }
      if (!TITLE_LINE.test(words) || !HAN.test(words) || CLOSING_FORMULA.test(line.text)) {
        const runOn = this.titleRunIntoAddressee(next, joined);
        if (runOn) {
          return runOn;
        }
        break;
      }
      joined += words;
      const request = kindOfTitle(joined, false) === '请示';
      const framed = numbered || this.lineAt(next + 1, DOCUMENT_NUMBER) !== null || this.addresseeAt(next + 1, request) !== null || this.addresseeRunIntoBody(next + 1, request) !== null;
      const kind = kindOfTitle(joined, framed);
      if (kind) {
        return { kind, next: next + 1, framed, last: line };
      }
    }
    const first = this.lines[at];
    // A title without its type under the 发文字号; not the 发文字号 a page prints twice (京政办发〔2016〕26号 / 京政办发〔2016〕26号).
    const untyped = numbered && first !== undefined && TITLE_LINE.test(first.text) && HAN.test(first.text) && !isHeadingLine(this.text, first) && !CLOSING_FORMULA.test(first.text) && !DOCUMENT_NUMBER.test(first.text);
    return untyped && this.addresseeAt(at + 1, false) ? { kind: null, next: at + 1, framed: true, last: first } : null;
  }

  /**
   * The first line of a title found from `at`: the lines before its 关于 name the issuing organ (中共中央 国务院 /
   * 关于…); a line that names none ([例文1], a chapter heading) is a page's debris run into the title, and so is
   * an organ's name above a line that names its organ itself (a law site's 浙江省舟山市人民政府 above
   * 舟山市人民政府关于…的通知).
   */
  private titleStart(at: number, title: FoundTitle): number {
    let start = at;
    for (let line = this.lines[start] as TextLine; line.start < title.last.start; line = this.lines[++start] as TextLine) {
      const next = this.lines[start + 1] as TextLine;
      const rest = this.text.slice(next.start, title.last.end);
      const namesItsOrgan = next.text.indexOf('关于') > 0;
      if (line.text.includes('关于') || !rest.includes('关于') || (ISSUER.test(line.text) && !namesItsOrgan)) {
        break;
      }
    }
    return start;
  }

  /**
   * The last line of a title that runs on into the 主送机关 (…的请示最高人民法院：, a copy that lost its line
   * break): the title up to its type, the addressee after it. `joined`: the title's lines before this one.
   */
  private titleRunIntoAddressee(at: number, joined: string): FoundTitle | null {
    const line = this.lines[at] as TextLine;
    if (!/[：:]$/u.test(line.text)) {
      return null;
    }
    for (const match of line.text.matchAll(TITLE_TYPE_END)) {
      const split = match.index + match[0].length;
      const title = line.text.slice(0, split);
      const addressee = line.text.slice(split);
      const kind = kindOfTitle(joined + title, true);
      if (kind && TITLE_LINE.test(title) && ADDRESSEE_LINE.test(addressee) && !OPENING_SENTENCE.test(addressee) && ADDRESSED_ORGAN.test(addressee.slice(0, -1))) {
        return {
          kind,
          next: at + 1,
          framed: true,
          last: new TextLine(this.text, line.index, line.start, line.start + split),
          addressee: new TextLine(this.text, line.index, line.start + split, line.end),
        };
      }
    }
    return null;
  }

  /**
   * The 主送机关 at `at`. A line shaped like a speech's salutation (公司领导：) is one only under the title of a
   * 请示 (`request`), which is never a speech.
   */
  private addresseeAt(at: number, request: boolean): TextLine | null {
    const line = this.lines[at];
    if (!line || isHeadingLine(this.text, line) || (!request && matchSalutation(this.text, line.start) >= 0)) {
      return null;
    }
    const shaped = ADDRESSEE_LINE.test(line.text) || ADDRESSEE_WITHOUT_COLON.test(line.text);
    return shaped && !OPENING_SENTENCE.test(line.text) ? line : null;
  }

  /**
   * A 主送机关 with the body run on after it on one line (市直有关部门： 为切实做好……。), as a page prints a copy:
   * the addressee and the start of the body, or null.
   */
  private addresseeRunIntoBody(at: number, request: boolean): { addressee: TextLine; body: TextLine } | null {
    const line = this.lines[at];
    const parts = line ? ADDRESSEE_RUN_INTO_BODY.exec(line.text) : null;
    const written = parts?.[1];
    if (!line || !parts || written === undefined || isHeadingLine(this.text, line) || OPENING_SENTENCE.test(written) || !ADDRESSED_ORGAN.test(written.slice(0, -1))) {
      return null;
    }
    if (!request && matchSalutation(this.text, line.start) >= 0) {
      return null;
    }
    return {
      addressee: new TextLine(this.text, line.index, line.start, line.start + written.length),
      body: new TextLine(this.text, line.index, line.start + parts[0].length, line.end),
    };
  }

  /**
   * Reads 附件说明, 署名, 成文日期 and 附注 from the last date line before `end` (a line index, exclusive); returns
   * where the body ends (exclusive).
   */
  private readBottom(bodyStart: number, end: number): number {
    for (let at = end - 1; at > bodyStart; at--) {
      const line = this.lines[at] as TextLine;
      if (line.end - line.start <= MAX_DATE_LENGTH && DATE_LINE.test(line.text)) {
        const signatureStart = this.readSignature(bodyStart, at);
        if (signatureStart < at || !FIGURES_DATE.test(line.text)) {
          return this.readAttachments(bodyStart, this.addDate(at, line, signatureStart));
        }
      }
      const signed = this.signedDate(line);
      if (signed) {
        this.add('signature', signed.signature);
        return this.readAttachments(bodyStart, this.addDate(at, signed.date, at));
      }
    }
    return this.readAttachments(bodyStart, end);
  }

  /** Adds the date (of the line `at`) and a 附注 under it; returns `end`, where the body ends. */
  private addDate(at: number, date: TextLine, end: number): number {
    this.add('date', date);
    const note = this.lineAt(at + 1, NOTE_LINE);
    if (note) {
      this.add('note', note);
    }
    return end;
  }

  /** A line holding an organ's 署名 and then the date: the two parts, or null. */
  private signedDate(line: TextLine): { signature: TextLine; date: TextLine } | null {
    const parts = line.end - line.start <= MAX_SIGNED_DATE_LENGTH ? SIGNED_DATE_LINE.exec(line.text) : null;
    const name = parts?.[1];
    if (!parts || name === undefined || !SIGNATURE_LINE.test(name) || !ORGAN_NAME.test(name)) {
      return null;
    }
    return {
      signature: new TextLine(this.text, line.index, line.start, line.start + name.length),
      date: new TextLine(this.text, line.index, skipSpaces(this.text, line.start + name.length, line.end), line.end),
    };
  }

  private readSignature(bodyStart: number, dateAt: number): number {
    let first = dateAt;
    while (first - 1 > bodyStart && dateAt - first < MAX_SIGNATURE_LINES) {
      const line = this.lines[first - 1] as TextLine;
      if (!SIGNATURE_LINE.test(line.text) || !HAN.test(line.text) || CLOSING_FORMULA.test(line.text) || isHeadingLine(this.text, line) || ATTACHMENT_START.test(line.text)) {
        break;
      }
      if (first < dateAt && !ORGAN_NAME.test(line.text)) {
        break;
      }
      first--;
    }
    if (first < dateAt) {
      this.add('signature', this.lines[first] as TextLine, this.lines[dateAt - 1] as TextLine);
    }
    return first;
  }

  /** 附件：1.… and its continuation lines, just before `end`. */
  private readAttachments(bodyStart: number, end: number): number {
    for (let at = end - 1; at > bodyStart && end - at <= MAX_ATTACHMENT_LINES; at--) {
      const line = this.lines[at] as TextLine;
      if (ATTACHMENT_START.test(line.text)) {
        this.add('attachments', line, this.lines[end - 1] as TextLine);
        return at;
      }
      if (!ATTACHMENT_LINE.test(line.text) || CLOSING_FORMULA.test(line.text)) {
        break;
      }
    }
    return end;
  }
}

/**
 * The frames of the documents in `text`: each one's kind and parts, in document order (one without parts for a speech
 * or a summary).
 */
export function readFrames(text: string, lines: readonly Line[]): FramesOf {
  return new FrameReader(text, nonEmptyLines(text, lines)).read();
}

/** The parts of all the documents of a text, in document order. */
export function partsOf(frames: FramesOf): FramePart[] {
  return frames.flatMap((frame) => frame.parts);
}
