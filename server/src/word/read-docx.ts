/**
 * A .docx as gongwen text: one line per paragraph (a table's cell paragraphs in reading order), each
 * automatically numbered paragraph starting with the number Word shows, tracked insertions in and
 * deletions out. Text boxes, footnotes and endnotes, headers, footers and comments are not part of the
 * text; what was left out is counted. Every character of the text knows where it came from in
 * word/document.xml, so findings can be anchored there.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Localized } from '../analysis';
import { Numbering } from './numbering';
import { attribute, decodeEntities, scanXml, type XmlTag } from './xml';

export const DOCUMENT_PART = 'word/document.xml';

/** A stretch of the text and where it is in word/document.xml. */
export interface TextPiece {
  readonly textStart: number;
  readonly textEnd: number;
  /**
   * text: the characters of a w:t (xmlStart/xmlEnd bound its content, entities and all); label: an
   * automatic number, or tab: a w:tab, both without characters of their own in the XML (xmlStart is where
   * the piece's run or paragraph content begins).
   */
  readonly kind: 'text' | 'label' | 'tab';
  readonly xmlStart: number;
  readonly xmlEnd: number;
}

export interface WordParagraph {
  /** Offsets of the paragraph's line in the text. */
  readonly start: number;
  readonly end: number;
  /** Where the paragraph's content begins in word/document.xml (after its w:pPr). */
  readonly xmlContentStart: number;
  readonly inTable: boolean;
  /** The number Word shows before it, if any. */
  readonly label: string | null;
}

export interface WordText {
  readonly text: string;
  readonly paragraphs: readonly WordParagraph[];
  readonly pieces: readonly TextPiece[];
  /** Tracked insertions, deletions and moves not yet accepted or rejected. */
  readonly revisions: number;
  /** What is not part of the text, by kind: text boxes, footnote and endnote references. */
  readonly skipped: { readonly textBoxes: number; readonly notes: number };
  /** The file's parts as read, for a writer that changes some and keeps the rest. */
  readonly parts: Readonly<Record<string, Uint8Array>>;
  readonly documentXml: string;
}

/** A file that is no .docx gongwen can read, with the reason in both languages. */
export class WordFileError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** "EncryptionInfo" as an OLE directory stores stream names: UTF-16LE. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const SAVE_AS_DOCX: Localized = { zh: '请在 Word 或 WPS 中另存为 .docx 后再试', en: 'save it as .docx in Word or WPS and try again' };

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((byte, at) => bytes[at] === byte);

function unzipped(bytes: Uint8Array): Record<string, Uint8Array> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO);
    throw new WordFileError(encrypted
      ? { zh: `文件设有打开密码（已加密），读不了：请取消密码，${SAVE_AS_DOCX.zh}`, en: `the file is encrypted (it has an open password): remove the password, ${SAVE_AS_DOCX.en}` }
      : { zh: `这是旧版 Word（.doc）或 WPS（.wps）格式，读不了：${SAVE_AS_DOCX.zh}`, en: `this is the old Word (.doc) or WPS (.wps) format: ${SAVE_AS_DOCX.en}` });
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new WordFileError({ zh: `不是 Word 文件（.docx）：${SAVE_AS_DOCX.zh}`, en: `not a Word file (.docx): ${SAVE_AS_DOCX.en}` });
  }
  try {
    return unzipSync(bytes);
  } catch (error) {
    throw new WordFileError({ zh: `Word 文件已损坏，无法解压（${String(error)}）`, en: `the Word file is damaged and cannot be unzipped (${String(error)})` });
  }
}

/** Walks word/document.xml once, building the text, its paragraphs and its map back to the XML. */
class BodyReader {
  text = '';
  readonly paragraphs: WordParagraph[] = [];
  readonly pieces: TextPiece[] = [];
  revisions = 0;
  textBoxes = 0;
  notes = 0;
  private paragraph: { start: number; styleId?: string; numbering: { numId?: string; ilvl?: number }; contentStart: number; labelled: boolean; label: string | null } | null = null;
  private inParagraphProperties = false;
  private inText: number | null = null;
  private tableDepth = 0;

  constructor(private readonly xml: string, private readonly numbering: Numbering) {}

  read(): void {
    scanXml(this.xml, (tag) => this.onTag(tag), (start, end) => this.onText(start, end));
    if (this.text.endsWith('\n')) {
      this.text = this.text.slice(0, -1);
    }
  }

  private onTag(tag: XmlTag): 'skip' | void {
    const { name, kind } = tag;
    if (name === 'w:ins' || name === 'w:del' || name === 'w:moveFrom' || name === 'w:moveTo') {
      this.revisions += kind === 'close' ? 0 : 1;
      // A deletion (or the old place of a move) is not in the text; the paragraph mark's own marks are empty elements.
      return (name === 'w:del' || name === 'w:moveFrom') && !this.inParagraphProperties ? 'skip' : undefined;
    }
    switch (name) {
      case 'w:tbl':
        this.tableDepth += kind === 'open' ? 1 : kind === 'close' ? -1 : 0;
        return;
      case 'w:p':
        return kind === 'close' ? this.endParagraph() : this.startParagraph(tag);
      case 'w:pPr':
        this.inParagraphProperties = kind === 'open';
        if (kind !== 'open' && this.paragraph) {
          this.paragraph.contentStart = tag.end;
        }
        return;
      case 'w:txbxContent':
        this.textBoxes++;
        return 'skip';
      case 'mc:Fallback':
      case 'w:instrText':
      case 'w:sectPr':
      case 'w:rPr':
      // The properties before a tracked change of formatting: the paragraph's style and numbering are the current ones.
      case 'w:pPrChange':
        return 'skip';
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        this.notes++;
        return;
    }
    if (!this.paragraph) {
      return;
    }
    if (this.inParagraphProperties) {
      this.readParagraphProperty(tag);
      return;
    }
    this.labelParagraph();
    if (name === 'w:t') {
      this.inText = kind === 'open' ? tag.end : null;
    } else if (name === 'w:tab' && kind === 'empty') {
      this.pieces.push({ textStart: this.text.length, textEnd: this.text.length + 1, kind: 'tab', xmlStart: tag.start, xmlEnd: tag.start });
      this.text += '\t';
    }
  }

  private readParagraphProperty(tag: XmlTag): void {
    const paragraph = this.paragraph;
    if (!paragraph) {
      return;
    }
    if (tag.name === 'w:pStyle') {
      paragraph.styleId = attribute(tag, 'w:val');
    } else if (tag.name === 'w:numId') {
      paragraph.numbering.numId = attribute(tag, 'w:val');
    } else if (tag.name === 'w:ilvl') {
      paragraph.numbering.ilvl = Number(attribute(tag, 'w:val') ?? 0);
    }
  }

  private onText(start: number, end: number): void {
    if (this.inText === null || !this.paragraph) {
      return;
    }
    const content = decodeEntities(this.xml.slice(start, end));
    this.pieces.push({ textStart: this.text.length, textEnd: this.text.length + content.length, kind: 'text', xmlStart: start, xmlEnd: end });
    this.text += content;
  }

  private startParagraph(tag: XmlTag): void {
    this.paragraph = { start: this.text.length, numbering: {}, contentStart: tag.end, labelled: false, label: null };
    if (tag.kind === 'empty') {
      this.endParagraph();
    }
  }

  /** Once the paragraph's properties are read: the number Word shows before it. */
  private labelParagraph(): void {
    const paragraph = this.paragraph;
    if (!paragraph || paragraph.labelled) {
      return;
    }
    paragraph.labelled = true;
    paragraph.label = this.numbering.label(paragraph.numbering, paragraph.styleId);
    if (paragraph.label) {
      this.pieces.push({ textStart: this.text.length, textEnd: this.text.length + paragraph.label.length, kind: 'label', xmlStart: paragraph.contentStart, xmlEnd: paragraph.contentStart });
      this.text += paragraph.label;
    }
  }

  private endParagraph(): void {
    this.labelParagraph();
    const paragraph = this.paragraph;
    if (!paragraph) {
      return;
    }
    this.paragraphs.push({ start: paragraph.start, end: this.text.length, xmlContentStart: paragraph.contentStart, inTable: this.tableDepth > 0, label: paragraph.label });
    this.text += '\n';
    this.paragraph = null;
    this.inParagraphProperties = false;
  }
}

/** Reads a .docx: its text paragraph by paragraph with Word's automatic numbers, and the map back to its XML. */
export function readWord(bytes: Uint8Array): WordText {
  const parts = unzipped(bytes);
  const document = parts[DOCUMENT_PART];
  if (!document) {
    throw new WordFileError({ zh: `不是 Word 文档：缺少 ${DOCUMENT_PART}；${SAVE_AS_DOCX.zh}`, en: `not a Word document: ${DOCUMENT_PART} is missing; ${SAVE_AS_DOCX.en}` });
  }
  const part = (name: string): string | undefined => (parts[name] ? strFromU8(parts[name]) : undefined);
  const documentXml = strFromU8(document);
  const reader = new BodyReader(documentXml, new Numbering(part('word/numbering.xml'), part('word/styles.xml')));
  reader.read();
  return {
    text: reader.text,
    paragraphs: reader.paragraphs,
    pieces: reader.pieces,
    revisions: reader.revisions,
    skipped: { textBoxes: reader.textBoxes, notes: reader.notes },
    parts,
    documentXml,
  };
}
