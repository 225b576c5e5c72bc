/**
 * Word files through LibreOffice: an annotated copy opens and prints, its comments by 公文助手 intact; a
 * speech exported by gongwen and a draft with automatic numbering, each saved again by LibreOffice (which
 * writes its own numbering.xml and runs), read back to the same text and outline.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, runCliAsync } from '../../server/src/cli';
import { readWord } from '../../server/src/word/read-docx';
import { FIXTURES_DIR, REPO_ROOT } from '../support/fixture';
import { convert, HAS_LIBREOFFICE, LIBREOFFICE_SKIP } from '../support/libreoffice';
import { numberedDraft } from '../support/word-drafts';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-word-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const WORD_2007 = 'docx:MS Word 2007 XML';
/** The real speeches the product was specified from, read where they are present (never copied into the repo). */
const SEEDS = join(REPO_ROOT, '..', 'shared', 'seeds');

describe('Word files through LibreOffice', { skip: LIBREOFFICE_SKIP }, () => {
  before(() => assert.ok(HAS_LIBREOFFICE, 'soffice is missing: scripts/setup-render.sh installs it'));

  it('opens and prints the annotated copy, with one comment by 公文助手 per warning on the flagged text', async () => {
    const draft = join(dir, '通知.docx');
    writeFileSync(draft, await numberedDraft());
    assert.equal(runCli(['annotate', draft]).exit, 0);
    const annotated = join(dir, '通知-批注.docx');
    const pdf = convert(annotated, 'pdf', join(dir, 'pdf'), dir);
    assert.ok(readFileSync(pdf).subarray(0, 5).toString() === '%PDF-', 'a PDF');
    const flat = readFileSync(convert(annotated, 'fodt', join(dir, 'fodt'), dir), 'utf8');
    const ours = [...flat.matchAll(/<office:annotation office:name="([^"]+)"[^>]*>\s*<dc:creator>公文助手<\/dc:creator>[\s\S]*?<\/office:annotation>([\s\S]*?)<office:annotation-end office:name="\1"\/>/g)]
      .map((match) => (match[2] ?? '').replace(/<[^>]+>|\s/g, ''));
    assert.deepEqual(ours, ['XX', 'XX', '二、']);
    assert.match(flat, /<dc:creator>李明<\/dc:creator>/, 'the colleague’s comment is kept');
  });

  it('reads back a speech exported by gongwen and saved again by LibreOffice', async () => {
    const source = join(dir, '讲话.gw');
    copyFileSync(join(FIXTURES_DIR, 'export', 'speech.gw'), source);
    assert.equal((await runCliAsync(['export', source])).exit, 0);
    const saved = convert(join(dir, '讲话.docx'), WORD_2007, join(dir, 'resaved'), dir);
    const word = readWord(readFileSync(saved));
    assert.equal(word.text.replace(/\s/g, ''), readFileSync(source, 'utf8').replace(/\s/g, ''));
    const outline = runCli(['outline', saved]).stdout.join('\n');
    assert.match(outline, /【标题】在全县秋粮收购工作会议上的讲话[\s\S]*一、提高认识[\s\S]*二、突出重点[\s\S]*（六）搞好产销衔接[\s\S]*三、加强领导/);
  });

  it('reads back real speeches exported by gongwen and saved again by LibreOffice', { skip: existsSync(SEEDS) ? false : '../shared/seeds is absent' }, async () => {
    for (const name of readdirSync(SEEDS).filter((file) => file.endsWith('.txt'))) {
      const source = join(dir, `seed-${name}`);
      copyFileSync(join(SEEDS, name), source);
      assert.equal((await runCliAsync(['export', source])).exit, 0);
      const saved = convert(source.replace(/\.txt$/, '.docx'), WORD_2007, join(dir, 'seeds'), dir);
      // Only a line drawn with dashes (a rule under a 版头) is not text.
      const text = readFileSync(source, 'utf8').split(/\r?\n/).filter((line) => !/^[-—=─━－\s\u3000]{3,}$/u.test(line.trim())).join('');
      assert.equal(readWord(readFileSync(saved)).text.replace(/\s/g, ''), text.replace(/\s/g, ''), name);
    }
  });

  it('reads LibreOffice’s own automatic numbering the way Word shows it', async () => {
    const draft = join(dir, '编号.docx');
    writeFileSync(draft, await numberedDraft());
    const saved = convert(draft, WORD_2007, join(dir, 'numbered'), dir);
    assert.equal(readWord(readFileSync(saved)).text, readWord(readFileSync(draft)).text);
  });
});
