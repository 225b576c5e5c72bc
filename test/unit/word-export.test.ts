import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createAnalyzer, type LayoutBlock, type PageLayout } from '../../server/src/analysis';
import { runCliAsync } from '../../server/src/cli';
import { pageGrid, printedWidth } from '../../server/src/export/geometry';
import { titleLines } from '../../server/src/export/title-lines';
import { exportOptions, wordDocument } from '../../server/src/export/write-docx';
import { FIXTURES_DIR } from '../support/fixture';
import { attribute, wordParagraphs, wordParts } from '../support/word-file';

const sample = (name: string): string => readFileSync(join(FIXTURES_DIR, 'export', name), 'utf8');
const analyzer = createAnalyzer({ docsBase: 'https://example.com/rules' });

const roles = (layout: PageLayout): string[] => layout.blocks.map((block: LayoutBlock) => (block.role === 'heading' && 'level' in block ? `heading${block.level}` : block.role));

async function exported(text: string, settings: Record<string, unknown> = {}, preset?: 'document' | 'speech'): Promise<Record<string, string>> {
  const configured = createAnalyzer({ docsBase: 'https://example.com/rules', settings });
  return wordParts(await wordDocument(configured.layout(text, preset ? { preset } : {}), exportOptions(configured.settings)));
}

describe('page layout: what each paragraph is on paper', () => {
  it('reads an official document’s parts, its heading levels and its run-in headings', () => {
    const layout = analyzer.layout(sample('notice.gw'));
    assert.equal(layout.preset, 'document');
    const found = roles(layout);
    assert.deepEqual(found.slice(0, 5), ['header', 'number', 'title', 'addressee', 'body']);
    assert.deepEqual(found.slice(-5), ['attachments', 'attachments', 'signature', 'date', 'note']);
    for (const level of [1, 2, 3, 4]) {
      assert.ok(found.includes(`heading${level}`), `heading${level}`);
    }
    const runIn = layout.blocks.find((block) => block.role === 'heading' && 'headLength' in block && block.headLength !== undefined);
    assert.ok(runIn && 'runs' in runIn);
    assert.equal(runIn.runs.map((run) => run.text).join('').slice(0, runIn.headLength), '（一）深入开展村庄清洁行动。');
  });

  it('lays a speech out with its speaker line and salutation', () => {
    const layout = analyzer.layout(sample('speech.gw'));
    assert.equal(layout.preset, 'speech');
    assert.deepEqual(roles(layout).slice(0, 4), ['title', 'subtitle', 'salutation', 'body']);
    assert.equal(analyzer.layout(sample('speech.gw'), { preset: 'document' }).preset, 'document');
  });

  it('keeps every character of the text but blank lines and Markdown syntax', () => {
    const text = sample('notice.gw');
    const laid = analyzer.layout(text).blocks.map((block) => (block.role === 'title' ? block.lines.join('') : block.role === 'table' ? block.rows.flat().join('') : block.runs.map((run) => run.text).join(''))).join('');
    assert.equal(laid, text.replace(/\s/g, ''));
    const markdown = analyzer.layout('# 关于做好冬季防火工作的通知\n\n## 一、总体要求\n\n要**压实责任**。\n\n- 检查线路\n\n| 单位 | 人数 |\n| --- | --- |\n| 消防队 | 12 |\n', { markdown: true });
    assert.deepEqual(roles(markdown), ['title', 'heading1', 'body', 'body', 'table']);
    const body = markdown.blocks[2];
    assert.ok(body && 'runs' in body);
    assert.deepEqual(body.runs, [{ text: '要', bold: false }, { text: '压实责任', bold: true }, { text: '。', bold: false }]);
    assert.deepEqual(markdown.blocks[4], { role: 'table', rows: [['单位', '人数'], ['消防队', '12']] });
  });

  it('lays out a title run on into its 主送机关 as the title and the addressee', () => {
    const layout = analyzer.layout('县农业农村局关于拨付高标准农田\n建设补助资金的请示县人民政府：\n现将有关事项请示如下：\n妥否，请批示。\n');
    assert.deepEqual(roles(layout), ['title', 'addressee', 'body', 'body']);
    assert.deepEqual(layout.blocks[0], { role: 'title', lines: ['县农业农村局关于拨付高标准农田', '建设补助资金的请示'] });
    const addressee = layout.blocks[1];
    assert.ok(addressee && 'runs' in addressee);
    assert.equal(addressee.runs.map((run) => run.text).join(''), '县人民政府：');
    const bodyLine = analyzer.layout('县政府关于秋冬季森林防火工作的通知要求：\n各乡镇要落实责任。\n');
    assert.ok(!roles(bodyLine).includes('addressee'));
  });

  it('lays out a 署名 and its date on one line as the signature and the date', () => {
    const layout = analyzer.layout('关于购置档案柜的请示\n公司领导：\n拟购置档案柜两组。\n妥否，请批示。\n综合部 2026.03.11\n');
    assert.deepEqual(roles(layout), ['title', 'addressee', 'body', 'body', 'signature', 'date']);
    const [signature, date] = layout.blocks.slice(-2).map((block) => ('runs' in block ? block.runs.map((run) => run.text).join('') : ''));
    assert.deepEqual([signature, date], ['综合部', '2026.03.11']);
    const bodyLine = analyzer.layout('关于购置档案柜的请示\n公司领导：\n拟购置档案柜两组。\n会议时间 2026年3月11日\n');
    assert.ok(!roles(bodyLine).includes('signature'));
  });

  it('splits a line pasted without its breaks at each heading in it', () => {
    const layout = analyzer.layout('关于做好防汛工作的通知\n各乡镇：\n现就有关事项通知如下：一、提高认识。要高度重视。二、落实责任。要压实责任。\n');
    assert.deepEqual(roles(layout).slice(-3), ['body', 'heading1', 'heading1']);
    const speech = analyzer.layout('在全县工作会议上的讲话 同志们： 今年工作成效明显。一、抓项目。要抓好项目建设。二、抓改革。要深化改革。\n');
    assert.deepEqual(speech.blocks.map((block) => (block.role === 'title' ? block.lines.join('') : 'runs' in block ? `${block.role}:${block.runs.map((run) => run.text).join('')}` : block.role)), [
      '在全县工作会议上的讲话', 'salutation:同志们：', 'body:今年工作成效明显。', 'heading:一、抓项目。要抓好项目建设。', 'heading:二、抓改革。要深化改革。',
    ]);
  });
});

describe('title lines', () => {
  it('counts quotes and dashes a whole character wide, digits and Latin letters half', () => {
    assert.equal(printedWidth('关于“放管服”改革——2026年'), 14);
  });

  it('breaks a long title at a word boundary, the upper line longer, each line fitting', () => {
    const lines = titleLines(['关于进一步做好全县农村人居环境整治和美丽乡村建设工作的通知'], 20);
    assert.deepEqual(lines, ['关于进一步做好全县农村人居环境', '整治和美丽乡村建设工作的通知']);
    assert.deepEqual(titleLines(['关于做好防汛工作的通知'], 20), ['关于做好防汛工作的通知']);
    assert.deepEqual(titleLines(['关于进一步做好全县农村', '人居环境整治工作的通知'], 20), ['关于进一步做好全县农村', '人居环境整治工作的通知']);
    for (const line of titleLines(['国务院办公厅关于印发全国深化放管服改革优化营商环境电视电话会议重点任务分工方案和有关配套措施的通知'], 20)) {
      assert.ok(line.length <= 20 && !/^[的和与及]/.test(line), line);
    }
  });
});

describe('the Word file', () => {
  it('has the A4 page, margins and line pitch of GB/T 9704, and narrows characters so 28 fill a line', async () => {
    const parts = await exported(sample('notice.gw'));
    const document = parts['word/document.xml'] ?? '';
    assert.equal(attribute(document, 'w:pgSz', 'w:w'), '11906');
    assert.equal(attribute(document, 'w:pgSz', 'w:h'), '16838');
    assert.deepEqual(['w:top', 'w:left', 'w:right', 'w:bottom'].map((side) => attribute(document, 'w:pgMar', side)), ['2098', '1587', '1474', '1984']);
    const styles = parts['word/styles.xml'] ?? '';
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    assert.equal(attribute(defaults, 'w:spacing w:before', 'w:line'), '579');
    assert.equal(attribute(defaults, 'w:spacing w:before', 'w:lineRule'), 'exact');
    assert.equal(attribute(defaults, 'w:widowControl', 'w:val'), '0');
    assert.equal(attribute(defaults, 'w:rFonts', 'w:eastAsia'), '仿宋_GB2312');
    assert.equal(attribute(defaults, 'w:rFonts', 'w:hint'), 'eastAsia');
    const spacing = Number(attribute(defaults, 'w:spacing w:val', 'w:val'));
    const advance = 320 + spacing;
    const width = 11906 - 1587 - 1474;
    assert.ok(28 * advance <= width && 29 * advance > width, `28 characters of ${advance} twips fill ${width}`);
    assert.ok(22 * 579 <= 16838 - 2098 - 1984 && 23 * 579 > 16838 - 2098 - 1984);
  });

  it('sets each paragraph kind in its font: title 小标宋, headings 黑体/楷体 from their styles, the rest 仿宋 on every run', async () => {
    const parts = await exported(sample('notice.gw'));
    const styles = parts['word/styles.xml'] ?? '';
    const style = (id: string): string => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    assert.equal(attribute(style('Title'), 'w:rFonts', 'w:eastAsia'), '方正小标宋简体');
    assert.equal(attribute(style('Title'), 'w:sz', 'w:val'), '44');
    assert.equal(attribute(style('Heading1'), 'w:rFonts', 'w:eastAsia'), '黑体');
    assert.equal(attribute(style('Heading2'), 'w:rFonts', 'w:eastAsia'), '楷体_GB2312');
    assert.equal(attribute(style('Heading2Char'), 'w:rFonts', 'w:eastAsia'), '楷体_GB2312');
    assert.equal(attribute(style('Heading3'), 'w:rFonts', 'w:eastAsia'), '仿宋_GB2312');
    const paragraphs = wordParagraphs(parts['word/document.xml'] ?? '');
    const headings = paragraphs.filter((paragraph) => /^Heading\d$/.test(paragraph.style));
    assert.deepEqual(headings.map((paragraph) => paragraph.text), ['一、总体要求', '二、重点任务', '（二）推进生活垃圾治理', '三、工作步骤', '四、保障措施']);
    for (const heading of headings) {
      assert.doesNotMatch(heading.xml, /<w:rPr>|<w:ind /, `no direct formatting in ${heading.text}`);
    }
    const runIn = paragraphs.find((paragraph) => paragraph.text.startsWith('（一）深入开展'));
    assert.match(runIn?.xml ?? '', /<w:rStyle w:val="Heading2Char"\/><\/w:rPr><w:t[^>]*>（一）深入开展村庄清洁行动。<\/w:t>/);
    for (const paragraph of paragraphs.filter((p) => p.style === 'Normal' || p.style === 'Title')) {
      for (const [run] of paragraph.xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*<\/w:r>/g)) {
        if (!run.includes('w:rStyle')) {
          assert.match(run, /<w:rFonts [^>]*w:eastAsia="[^"]+"[^>]*w:hint="eastAsia"|<w:rFonts [^>]*w:hint="eastAsia"[^>]*w:eastAsia=/, `fonts on ${run.slice(0, 200)}`);
        }
      }
    }
    const title = paragraphs.find((paragraph) => paragraph.style === 'Title');
    assert.equal(title?.text, '关于进一步做好全县农村人居环境整治和美丽乡村建设工作的通知');
    assert.equal((title?.xml.match(/<w:br\/>/g) ?? []).length, 1);
  });

  it('places the 署名 two characters from the right and the date under it two characters further right; a date that would come closer than two to the margin keeps two and the 署名 moves left', async () => {
    const paragraphs = wordParagraphs((await exported(sample('notice.gw')))['word/document.xml'] ?? '');
    const at = paragraphs.findIndex((paragraph) => paragraph.text === '临江县人民政府办公室');
    const [blank, signature, date, note] = [paragraphs[at - 1], paragraphs[at], paragraphs[at + 1], paragraphs[at + 2]];
    assert.equal(blank?.text, '');
    assert.equal(attribute(signature?.xml ?? '', 'w:jc', 'w:val'), 'right');
    assert.equal(date?.text, '2026年11月20日');
    // The date prints 7 characters and 5 quarter-character spaces between digits and Chinese: 8.25. Two right of
    // a 署名 of 10 set two from the right it would end 28 − 16 − 2 − 8.25 = 1.75 characters from the margin, under
    // two; so it keeps two (flush right) and the 署名 moves left to 8.25 + 4 − 10 = 2.25 characters from the right.
    assert.equal(attribute(date?.xml ?? '', 'w:jc', 'w:val'), 'right');
    assert.equal(attribute(date?.xml ?? '', 'w:ind', 'w:right'), String(2 * 315));
    assert.equal(attribute(signature?.xml ?? '', 'w:ind', 'w:right'), String(Math.round(2.25 * 315)));
    const short = wordParagraphs((await exported(sample('request.gw')))['word/document.xml'] ?? '');
    const shortAt = short.findIndex((paragraph) => paragraph.text === '县农业农村局');
    // A 署名 of 6 two from the right starts 20 characters in; the date two further, 22, ends 28 − 22 − 8.25 = −2.25:
    // too far, so it keeps two and the 署名 moves to 8.25 + 4 − 6 = 6.25 from the right.
    assert.equal(attribute(short[shortAt]?.xml ?? '', 'w:ind', 'w:right'), String(Math.round(6.25 * 315)));
    assert.equal(attribute(short[shortAt + 1]?.xml ?? '', 'w:ind', 'w:right'), String(2 * 315));
    const long = wordParagraphs((await exported('关于做好冬季防火工作的通知\n各乡镇：\n请做好防火工作。\n\n临江县应急管理局临江县林业局\n2026年1月5日\n'))['word/document.xml'] ?? '');
    const longAt = long.findIndex((paragraph) => paragraph.text === '临江县应急管理局临江县林业局');
    // A 署名 of 14 two from the right starts 12 characters in; the date (7.25) two further, 14, ends 6.75 from the right.
    assert.equal(attribute(long[longAt]?.xml ?? '', 'w:ind', 'w:right'), String(2 * 315));
    assert.equal(attribute(long[longAt + 1]?.xml ?? '', 'w:ind', 'w:right'), String(Math.round(6.75 * 315)));
    assert.equal(note?.text, '（此件公开发布）');
    const attachments = paragraphs.filter((paragraph) => /^(?:附件：1\.|2\.各乡镇农村厕所)/.test(paragraph.text));
    assert.deepEqual(attachments.map((paragraph) => [attribute(paragraph.xml, 'w:ind', 'w:left'), attribute(paragraph.xml, 'w:ind', 'w:hanging')]), [
      [String(6 * 315), String(4 * 315)],
      [String(6 * 315), String(1 * 315)],
    ]);
  });

  it('numbers pages — 1 — in 4号宋体: odd right and even left for a document, centred for a speech', async () => {
    const document = await exported(sample('notice.gw'));
    assert.match(document['word/settings.xml'] ?? '', /<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(?:true|1)"\/>/);
    const footers = Object.entries(document).filter(([path]) => /^word\/footer\d+\.xml$/.test(path)).map(([, xml]) => xml);
    assert.equal(footers.length, 2);
    for (const footer of footers) {
      assert.match(footer, /<w:instrText[^>]*>PAGE<\/w:instrText>/);
      assert.match(footer, /— <\/w:t>[\s\S]*PAGE[\s\S]*> —<\/w:t>/);
      assert.equal(attribute(footer, 'w:rFonts', 'w:eastAsia'), '宋体');
      assert.equal(attribute(footer, 'w:sz', 'w:val'), '28');
    }
    assert.deepEqual(footers.map((footer) => attribute(footer, 'w:jc', 'w:val')).sort(), ['left', 'right']);
    const speech = await exported(sample('speech.gw'));
    assert.doesNotMatch(speech['word/settings.xml'] ?? '', /<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(?:true|1)"\/>/);
    const speechFooters = Object.entries(speech).filter(([path]) => /^word\/footer\d+\.xml$/.test(path)).map(([, xml]) => xml);
    assert.deepEqual(speechFooters.map((footer) => attribute(footer, 'w:jc', 'w:val')), ['center']);
    const subtitle = wordParagraphs(speech['word/document.xml'] ?? '').find((paragraph) => paragraph.style === 'Subtitle');
    assert.equal(subtitle?.text, '（县政府副县长  2026年9月18日）');
  });

  it('takes the fonts and the grid from the settings', async () => {
    const parts = await exported(sample('speech.gw'), { 'export.fonts.body': '仿宋', 'export.fonts.heading1': 'SimHei', 'export.linesPerPage': 20, 'export.charactersPerLine': 26 });
    const styles = parts['word/styles.xml'] ?? '';
    assert.equal(attribute(styles, 'w:rFonts', 'w:eastAsia'), '仿宋');
    assert.match(styles, /w:styleId="Heading1"[\s\S]*?w:eastAsia="SimHei"/);
    const grid = pageGrid(20, 26);
    assert.equal(attribute(styles, 'w:spacing w:before', 'w:line'), String(grid.linePitch));
    assert.equal(grid.linePitch, Math.floor((16838 - 2098 - 1984) / 20));
    assert.ok(26 * grid.advance <= 8845 && 27 * grid.advance > 8845);
  });

  it('gives a Markdown table its column widths', async () => {
    const configured = createAnalyzer({ docsBase: 'x' });
    const parts = wordParts(await wordDocument(configured.layout('# 统计表\n\n| 单位 | 完成情况说明 |\n| --- | --- |\n| 甲 | 已完成 |\n', { markdown: true }), exportOptions(configured.settings)));
    const columns = [...(parts['word/document.xml'] ?? '').matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    assert.equal(columns.length, 2);
    assert.ok((columns[0] ?? 0) < (columns[1] ?? 0) && (columns[0] ?? 0) + (columns[1] ?? 0) <= 8845);
  });
});

describe('gongwen export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-export-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes FILE.docx next to the draft, lists the unresolved warnings placeholders first, and exits 0', async () => {
    const draft = join(dir, '讲话.gw');
    const text = '在XX县秋粮收购工作会议上的讲话\n\n同志们：\n\n今年秋粮收购工作安排如下，请各单位认真贯彻落实落实。\n\n一、抓好收购\n\n收购XX万吨。\n';
    writeFileSync(draft, text);
    const result = await runCliAsync(['export', '--lang', 'zh', draft]);
    assert.equal(result.exit, 0, result.stderr.join('\n'));
    assert.ok(existsSync(join(dir, '讲话.docx')));
    assert.match(result.stdout[0] ?? '', /还有 \d+ 个未处理的警告（其中未填写的占位符 2 个）/);
    assert.match(result.stdout[1] ?? '', /^ {2}1:2 \[placeholder\]/);
    assert.match(result.stdout[2] ?? '', /\[placeholder\]/);
    assert.match(result.stdout.at(-1) ?? '', /已导出 .*讲话\.docx（讲话稿版式）/);
    assert.equal(readFileSync(draft, 'utf8'), text);
    const paragraphs = wordParagraphs(wordParts(readFileSync(join(dir, '讲话.docx')))['word/document.xml'] ?? '');
    assert.equal(paragraphs.find((paragraph) => paragraph.style === 'Title')?.text, '在XX县秋粮收购工作会议上的讲话');
  });

  it('takes --preset and --out, and never writes over the draft', async () => {
    const draft = join(dir, 'notice.gw');
    writeFileSync(draft, sample('notice.gw'));
    const out = join(dir, 'out', '..', '通知.docx');
    const result = await runCliAsync(['export', '--lang', 'en', '--preset', 'speech', '--out', out, draft]);
    assert.equal(result.exit, 0);
    assert.match(result.stdout.at(-1) ?? '', /speech layout/);
    assert.doesNotMatch(wordParts(readFileSync(join(dir, '通知.docx')))['word/settings.xml'] ?? '', /<w:evenAndOddHeaders\/>/);
    const same = await runCliAsync(['export', '--lang', 'en', '--out', join(dir, 'notice.docx'), join(dir, 'notice.docx')]);
    assert.equal(same.exit, 2);
    assert.match(same.stderr.join('\n'), /a Word file; export takes a text draft/);
    const notDocx = await runCliAsync(['export', '--lang', 'en', '--out', join(dir, 'x.txt'), draft]);
    assert.equal(notDocx.exit, 2);
    assert.match(notDocx.stderr.join('\n'), /--out must name a \.docx file/);
    assert.equal((await runCliAsync(['export', '--lang', 'en', '--preset', 'letter', draft])).exit, 2);
    assert.match((await runCliAsync(['export', '--lang', 'en', join(dir, 'missing.gw')])).stderr.join('\n'), /no such file/);
    assert.equal((await runCliAsync(['check', '--lang', 'en', '--out', 'x.docx', draft])).exit, 2);
  });
});
