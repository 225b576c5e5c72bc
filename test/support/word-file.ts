import { strFromU8, unzipSync } from 'fflate';

/** A .docx file's XML parts by path (word/document.xml, word/styles.xml…). */
export function wordParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

export interface WordParagraph {
  /** The paragraph style (Normal when none is named). */
  readonly style: string;
  readonly text: string;
  readonly xml: string;
}

/** The paragraphs of a document part in order, with their style and text. */
export function wordParagraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? 'Normal',
    text: [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
    xml: paragraph,
  }));
}

/** The value of attribute `name` on the first `element` in `xml`. */
export function attribute(xml: string, element: string, name: string): string | undefined {
  const tag = new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0];
  return tag === undefined ? undefined : new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}
