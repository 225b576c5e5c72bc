import { execFileSync } from 'node:child_process';

/** A printed line: its words (pdftotext's, a CJK character or a run of Latin each) on one baseline. */
export interface PdfLine {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly lines: readonly PdfLine[];
}

interface Word {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly text: string;
}

/** Words whose bottoms are this close (points) share a line: a digit in a Latin font sits a little off the CJK baseline. */
const BASELINE_TOLERANCE = 4;

const decode = (text: string): string => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The pages of a PDF as poppler reads them (`pdftotext -bbox`), words grouped into lines by their bottom edges, in points from the top left. */
export function pdfPages(pdf: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => {
    const words: Word[] = [...(body ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map(([, xMin, yMin, xMax, yMax, text]) => ({ xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax), text: decode(text ?? '') }));
    const groups: Word[][] = [];
    for (const word of [...words].sort((a, b) => a.yMax - b.yMax)) {
      const last = groups[groups.length - 1];
      const lastWord = last?.[last.length - 1];
      if (last && lastWord && word.yMax - lastWord.yMax < BASELINE_TOLERANCE) {
        last.push(word);
      } else {
        groups.push([word]);
      }
    }
    const lines = groups.map((line) => {
      const sorted = line.sort((a, b) => a.xMin - b.xMin);
      return {
        text: sorted.map((word) => word.text).join(''),
        xMin: Math.min(...sorted.map((word) => word.xMin)),
        xMax: Math.max(...sorted.map((word) => word.xMax)),
        yMin: Math.min(...sorted.map((word) => word.yMin)),
        yMax: Math.max(...sorted.map((word) => word.yMax)),
      };
    });
    return { width: Number(width), height: Number(height), lines };
  });
}
