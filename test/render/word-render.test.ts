/**
 * The exported Word files as printed: LibreOffice (scripts/setup-render.sh installs it) converts them to PDF
 * and poppler measures the pages — A4, the text block at the margins, 22 lines on every full page, 28
 * characters on every full line, — N — where the preset puts it, the title, 署名 and 成文日期 in their
 * places, and not a character of the draft lost. GONGWEN_SCREENSHOT_DIR set: pages 1 and 2 of each
 * preset are also drawn to PNG there for the README.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCliAsync } from '../../server/src/cli';
import { printedWidth as width } from '../../server/src/export/geometry';
import { FIXTURES_DIR } from '../support/fixture';
import { convert, HAS_LIBREOFFICE, LIBREOFFICE_SKIP } from '../support/libreoffice';
import { pdfPages, type PdfLine, type PdfPage } from '../support/pdf-lines';

const POINTS_PER_MM = 72 / 25.4;
const LEFT = 28 * POINTS_PER_MM;
const RIGHT = (210 - 26) * POINTS_PER_MM;
const TOP = 37 * POINTS_PER_MM;
const BOTTOM = (297 - 35) * POINTS_PER_MM;
const CHARACTER = (RIGHT - LEFT) / 28;
const LINE_PITCH = 28.95;
/** Characters that may not start a line: the line before gives one up to go with them (Word and LibreOffice alike). */
const NO_LINE_START = /^[、，。；：？！）》”’」』…—]/u;

const dir = mkdtempSync(join(tmpdir(), 'gongwen-render-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Rendered {
  readonly source: string;
  readonly pdf: string;
  readonly pages: readonly PdfPage[];
}

/** Exports a sample of test/fixtures/export and prints it; `pictures`: also the README's pictures of its first pages. */
async function render(sample: string, preset: 'document' | 'speech', pictures = true): Promise<Rendered> {
  const source = join(dir, sample);
  copyFileSync(join(FIXTURES_DIR, 'export', sample), source);
  const exported = await runCliAsync(['export', '--preset', preset, source]);
  assert.equal(exported.exit, 0, exported.stderr.join('\n'));
  const pdf = convert(source.replace(/\.gw$/, '.docx'), 'pdf', dir, dir);
  const shots = process.env.GONGWEN_SCREENSHOT_DIR;
  if (shots && pictures) {
    execFileSync('pdftoppm', ['-f', '1', '-l', '2', '-r', '60', '-png', pdf, join(shots, `export-${preset}`)]);
  }
  return { source: readFileSync(source, 'utf8'), pdf, pages: pdfPages(pdf) };
}

const bodyLines = (page: PdfPage): PdfLine[] => page.lines.filter((line) => line.yMax <= BOTTOM + 1);
const pageNumberLine = (page: PdfPage): PdfLine | undefined => page.lines.find((line) => line.yMin > BOTTOM);
const near = (actual: number, expected: number, tolerance: number, what: string): void => {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual.toFixed(1)} pt, expected ${expected.toFixed(1)} ± ${tolerance}`);
};

function assertPage(rendered: Rendered, preset: 'document' | 'speech'): { lines: number[]; fullLines: number; characters: Set<number> } {
  const { pages } = rendered;
  assert.ok(pages.length >= 3, `${pages.length} pages`);
  const lines: number[] = [];
  const characters = new Set<number>();
  let fullLines = 0;
  pages.forEach((page, index) => {
    near(page.width, 595.3, 1, 'page width (A4)');
    near(page.height, 841.9, 1, 'page height (A4)');
    const body = bodyLines(page);
    lines.push(body.length);
    if (index > 0 && index < pages.length - 1) {
      assert.equal(body.length, 22, `lines on page ${index + 1}`);
      near(body[0]?.yMin ?? 0, TOP + (LINE_PITCH - 16) / 2, 6, `first line's top on page ${index + 1}`);
      near(Math.min(...body.map((line) => line.xMin)), LEFT, 2, `text block's left edge on page ${index + 1}`);
    }
    for (const [at, line] of body.entries()) {
      assert.ok(line.xMax <= RIGHT + 2, `line within the right margin: ${line.text}`);
      const next = body[at + 1];
      if (next) {
        // Lines sit on the grid: a whole number of line pitches apart (a blank line is one pitch; a bigger type's glyphs sit a little lower in theirs).
        const gap = next.yMax - line.yMax;
        const sameType = Math.abs((next.yMax - next.yMin) - (line.yMax - line.yMin)) < 1;
        near(gap, Math.max(1, Math.round(gap / LINE_PITCH)) * LINE_PITCH, sameType ? 0.5 : 4, `line pitch under ${line.text}`);
      }
      // A full line reaches the right margin; one without half-width characters holds exactly 28, or 27 when its last moved down with a mark.
      if (line.xMax >= RIGHT - CHARACTER / 2 && /^[^\x20-\x7e]+$/.test(line.text)) {
        fullLines++;
        const held = width(line.text) + Math.round((line.xMin - LEFT) / CHARACTER);
        characters.add(held);
        const gaveOne = next !== undefined && NO_LINE_START.test(next.text.slice(1)) && held === 27;
        assert.ok(held === 28 || gaveOne, `28 characters on a full line (an indent counted): ${line.text} (${held})`);
      }
    }
    const number = pageNumberLine(page);
    assert.equal(number?.text.replace(/\s/g, ''), `—${index + 1}—`, `page number of page ${index + 1}`);
    near((number?.yMin ?? 0) - BOTTOM, 7 * POINTS_PER_MM, 4, 'page number 7 mm under the text block');
    const fourthSize = 14;
    if (preset === 'speech') {
      near(((number?.xMin ?? 0) + (number?.xMax ?? 0)) / 2, (LEFT + RIGHT) / 2, 4, 'a speech’s page number centred');
    } else if (index % 2 === 0) {
      near(number?.xMax ?? 0, RIGHT - fourthSize, 4, 'an odd page’s number one character from the right');
    } else {
      near(number?.xMin ?? 0, LEFT + fourthSize, 4, 'an even page’s number one character from the left');
    }
  });
  const printed = pages.flatMap((page) => bodyLines(page).map((line) => line.text)).join('').replace(/\s/g, '');
  assert.equal(printed, rendered.source.replace(/\s/g, ''), 'the printed text is the draft’s');
  return { lines, fullLines, characters };
}

describe('the exported Word file as LibreOffice prints it', { skip: LIBREOFFICE_SKIP }, () => {
  before(() => assert.ok(HAS_LIBREOFFICE, 'soffice is missing: scripts/setup-render.sh installs it'));

  it('lays out a 通知 in the document preset: 22 lines of 28 characters, the title in two lines, 署名 and date in place, odd/even page numbers', async () => {
    const rendered = await render('notice.gw', 'document');
    const measured = assertPage(rendered, 'document');
    const first = rendered.pages[0]?.lines ?? [];
    const title = first.filter((line) => '关于进一步做好全县农村人居环境整治和美丽乡村建设工作的通知'.includes(line.text));
    assert.equal(title.length, 2, 'title in two lines');
    for (const line of title) {
      near((line.xMin + line.xMax) / 2, (LEFT + RIGHT) / 2, 3, `title line centred: ${line.text}`);
    }
    assert.ok(width(title[0]?.text ?? '') >= width(title[1]?.text ?? ''), 'the upper title line is the longer');
    near(first.find((line) => line.text.startsWith('各乡镇人民政府'))?.xMin ?? 0, LEFT, 2, '主送机关 flush left');
    const lines = rendered.pages.flatMap((page) => bodyLines(page));
    const signature = lines.find((line) => line.text === '临江县人民政府办公室');
    const date = lines[lines.findIndex((line) => line === signature) + 1];
    // 7.3.5.2: the 署名 two characters from the right and the date's first character two right of the 署名's;
    // a date that would then come closer than two characters to the margin (2026年11月20日 does, with the space
    // printed between digits and Chinese) keeps two, and the 署名 moves left.
    near(date?.xMax ?? 0, RIGHT - 2 * CHARACTER, 4, 'date two characters from the right, on one line');
    assert.ok((signature?.xMax ?? 0) <= RIGHT - 2 * CHARACTER + 3, '署名 at least two characters from the right');
    near(date?.xMin ?? 0, (signature?.xMin ?? 0) + 2 * CHARACTER, 4, 'date two characters right of the 署名');
    const attachments = lines.filter((line) => /^(?:附件：1\.|2\.各乡镇农村厕所)/.test(line.text));
    near(attachments[0]?.xMin ?? 0, LEFT + 2 * CHARACTER, 2, '附件 two characters in');
    near(attachments[1]?.xMin ?? 0, LEFT + 5 * CHARACTER, 3, 'the second attachment under the first’s number');
    console.log(`document preset: ${rendered.pages.length} pages, body lines per page ${measured.lines.join('/')}, ${measured.fullLines} full lines of ${[...measured.characters].join('/')} characters`);
  });

  it('prints a short 署名’s date on one line, its first character two right of the 署名’s (a title run on into its addressee laid out apart)', async () => {
    const rendered = await render('request.gw', 'document', false);
    const lines = rendered.pages.flatMap((page) => bodyLines(page));
    assert.ok(lines.some((line) => line.text === '县人民政府：'), 'the addressee on its own line');
    const signature = lines.find((line) => line.text === '县农业农村局');
    const date = lines[lines.findIndex((line) => line === signature) + 1];
    assert.equal(date?.text.replace(/\s/g, ''), '2026年10月12日', 'the date on one line');
    near(date?.xMin ?? 0, (signature?.xMin ?? 0) + 2 * CHARACTER, 4, 'date two characters right of the 署名');
  });

  it('lays out a speech in the speech preset: speaker line centred under the title, 同志们 flush left, centred page numbers', async () => {
    const rendered = await render('speech.gw', 'speech');
    const measured = assertPage(rendered, 'speech');
    const first = rendered.pages[0]?.lines ?? [];
    const speaker = first.find((line) => line.text.startsWith('（县政府副县长'));
    near(((speaker?.xMin ?? 0) + (speaker?.xMax ?? 0)) / 2, (LEFT + RIGHT) / 2, 3, 'speaker line centred');
    near(first.find((line) => line.text === '同志们：')?.xMin ?? 0, LEFT, 2, '同志们 flush left');
    console.log(`speech preset: ${rendered.pages.length} pages, body lines per page ${measured.lines.join('/')}, ${measured.fullLines} full lines of ${[...measured.characters].join('/')} characters`);
  });
});
