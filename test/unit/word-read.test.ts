import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createAnalyzer, findingsInOrder } from '../../server/src/analysis';
import { runCli } from '../../server/src/cli';
import { annotateWord } from '../../server/src/word/annotate';
import { formatNumber } from '../../server/src/word/number-format';
import { Numbering } from '../../server/src/word/numbering';
import { readWord, WordFileError } from '../../server/src/word/read-docx';
import { numberedDraft } from '../support/word-drafts';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-word-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let draft: Uint8Array;
let draftFile: string;
before(async () => {
  draft = await numberedDraft();
  draftFile = join(dir, '通知.docx');
  writeFileSync(draftFile, draft);
});

/** A .docx made of the given parts (only what the reader needs). */
function wordFile(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));
}
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const body = (paragraphs: string): string => `<w:document ${W}><w:body>${paragraphs}</w:body></w:document>`;
const numbered = (numId: number, ilvl: number, text: string): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const lvl = (ilvl: number, format: string, text: string, extra = ''): string => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

describe('reading a .docx', () => {
  it('shows automatic numbering as Word does, takes tracked insertions and leaves deletions, reads table cells in order', () => {
    const word = readWord(draft);
    assert.deepEqual(word.text.split('\n'), [
      '关于做好冬季森林防火工作的通知',
      '一、总体要求',
      '要坚持预防为主、积极消灭的方针，确保不发生重大森林火灾。',
      '（一）压实责任',
      '1.检查线路。各乡镇要对林区电力线路逐段排查。',
      '2.检查设备。要对扑火机具逐台检修。',
      '（二）加强宣传',
      '1.进村入户。要把防火知识送到每家每户。',
      '二、重点任务',
      '①严控野外用火。',
      '②严查进山人员。',
      '今年全县投入防火资金XX万元，比上年增长两成。',
      '责任单位',
      'XX镇人民政府',
      '二、保障措施',
      '要落实值班值守制度。',
    ]);
    assert.equal(word.revisions, 2);
    assert.equal(word.paragraphs.length, 16);
    assert.deepEqual(word.paragraphs.filter((paragraph) => paragraph.inTable).map((paragraph) => word.text.slice(paragraph.start, paragraph.end)), ['责任单位', 'XX镇人民政府']);
  });

  it('is checked like text: the inserted placeholder and the table cell’s are reported, the deleted ** never, the typed 二、 as the duplicate it is', () => {
    const analyzer = createAnalyzer({ docsBase: 'x' });
    const text = readWord(draft).text;
    const found = findingsInOrder(analyzer.analyze(text)).filter(({ severity }) => severity === 'warning').map(({ ruleId, finding }) => [ruleId, text.slice(finding.start, finding.end)]);
    assert.deepEqual(found, [['placeholder', 'XX'], ['placeholder', 'XX'], ['heading-numbering', '二、']]);
    assert.ok(!text.includes('**'));
  });

  it('follows restarts, start overrides, never-restarting levels, legal numbering and numbering styles', () => {
    const numbering = `<w:numbering ${W}>`
      + `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCountingThousand', '%1、')}${lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')}${lvl(2, 'decimal', '%1.%2.%3', '<w:isLgl/>')}</w:abstractNum>`
      + `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>`
      + `<w:abstractNum w:abstractNumId="2">${lvl(0, 'ideographTraditional', '%1．')}</w:abstractNum>`
      + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
      + '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
      + '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
      + '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>'
      + '</w:numbering>';
    const styles = `<w:styles ${W}><w:style w:type="numbering" w:styleId="ListStyle"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style></w:styles>`;
    const text = readWord(wordFile({
      'word/document.xml': body(numbered(1, 0, '甲') + numbered(1, 1, '乙') + numbered(1, 0, '丙') + numbered(1, 1, '丁') + numbered(1, 2, '戊') + numbered(2, 0, '己') + numbered(3, 0, '庚') + numbered(3, 0, '辛')),
      'word/numbering.xml': numbering,
      'word/styles.xml': styles,
    })).text;
    assert.deepEqual(text.split('\n'), ['一、甲', '1.乙', '二、丙', '2.丁', '2.2.1戊', '五、己', '甲．庚', '乙．辛']);
  });

  it('writes the counters in the formats Chinese documents use', () => {
    assert.deepEqual([1, 10, 11, 20, 21, 100, 101].map((n) => formatNumber(n, 'chineseCounting')), ['一', '十', '十一', '二十', '二十一', '一百', '一百零一']);
    assert.deepEqual([1, 3, 20].map((n) => formatNumber(n, 'decimalEnclosedCircle')), ['①', '③', '⑳']);
    assert.deepEqual([formatNumber(3, 'decimalEnclosedParen'), formatNumber(2, 'ideographTraditional'), formatNumber(12, 'chineseLegalSimplified'), formatNumber(27, 'lowerLetter'), formatNumber(14, 'upperRoman'), formatNumber(7, 'decimalZero'), formatNumber(2026, 'ideographDigital')],
      ['⑶', '乙', '壹拾贰', 'aa', 'XIV', '07', '二〇二六']);
    assert.equal(new Numbering(undefined, undefined).label({ numId: '1' }, undefined), null);
  });

  it('leaves text boxes and footnotes out and counts them; ignores field codes but keeps their results', () => {
    const word = readWord(wordFile({ 'word/document.xml': body(
      '<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>框中文字</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></w:r>'
      + '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
      + '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> &amp; 𠮷&#x20BB7;</w:t></w:r></w:p>',
    ) }));
    assert.equal(word.text, '正文\n3 & 𠮷𠮷');
    const restyled = readWord(wordFile({
      'word/document.xml': body('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:pPrChange w:id="5" w:author="李明"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p>'),
      'word/numbering.xml': `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    }));
    assert.equal(restyled.text, '一、总体要求', 'the numbering as it is now, not before a tracked change of formatting');
    assert.deepEqual(word.skipped, { textBoxes: 1, notes: 1 });
  });

  it('says to save as .docx for old Word, WPS and encrypted files, and names what is wrong with the rest', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const encrypted = new Uint8Array([...ole, ...Buffer.from('EncryptionInfo', 'utf16le')]);
    const message = (bytes: Uint8Array): string => {
      try {
        readWord(bytes);
      } catch (error) {
        assert.ok(error instanceof WordFileError);
        return error.localized.zh;
      }
      return 'read';
    };
    assert.match(message(ole), /旧版 Word（\.doc）或 WPS.*另存为 \.docx/);
    assert.match(message(encrypted), /加密.*另存为 \.docx/);
    assert.match(message(strToU8('plain text')), /不是 Word 文件/);
    assert.match(message(wordFile({ 'word/other.xml': '<x/>' })), /缺少 word\/document\.xml/);
    assert.match(message(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), /损坏/);
  });
});

describe('annotating a .docx', () => {
  it('anchors one comment per finding on the flagged text, keeps the text, the old comment and every other part', () => {
    const word = readWord(draft);
    const comments = [
      { start: word.text.indexOf('XX'), end: word.text.indexOf('XX') + 2, text: '未填写的占位符“XX”' },
      { start: word.text.indexOf('XX镇'), end: word.text.indexOf('XX镇') + 2, text: '单元格里的占位符' },
      { start: word.text.indexOf('积极消灭'), end: word.text.indexOf('积极消灭') + 4, text: 'a & <b>' },
    ];
    const annotated = annotateWord(word, comments, '公文助手', new Date('2026-11-22T08:00:00Z'));
    const again = readWord(annotated);
    assert.equal(again.text, word.text);
    const xml = again.documentXml;
    const anchored = (id: number): string => {
      const between = xml.slice(xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`), xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`));
      return [...between.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    };
    assert.deepEqual([1, 2, 3].map(anchored), ['XX', 'XX', '积极消灭']);
    assert.equal(anchored(0), '比上年增长两成');
    const parts = unzipSync(annotated);
    const commentsXml = strFromU8(parts['word/comments.xml'] ?? new Uint8Array());
    assert.deepEqual([...commentsXml.matchAll(/<w:comment w:id="(\d+)" w:author="([^"]+)"/g)].map((match) => [match[1], match[2]]), [['0', '李明'], ['1', '公文助手'], ['2', '公文助手'], ['3', '公文助手']]);
    assert.match(commentsXml, /a &amp; &lt;b&gt;/);
    for (const [name, bytes] of Object.entries(word.parts)) {
      if (name !== 'word/document.xml' && name !== 'word/comments.xml') {
        assert.deepEqual(parts[name], bytes, `${name} unchanged`);
      }
    }
  });

  it('marks a finding on an automatic number as a point at its paragraph’s start', () => {
    const word = readWord(draft);
    const label = word.text.indexOf('一、总体要求');
    const xml = readWord(annotateWord(word, [{ start: label, end: label + 2, text: '编号' }], '公文助手', new Date())).documentXml;
    const start = xml.indexOf('<w:commentRangeStart w:id="1"/>');
    assert.ok(start > 0 && xml.indexOf('<w:commentRangeEnd w:id="1"/>') === start + '<w:commentRangeStart w:id="1"/>'.length);
    assert.match(xml.slice(start), /^<w:commentRangeStart w:id="1"\/><w:commentRangeEnd w:id="1"\/><w:r><w:commentReference w:id="1"\/><\/w:r><w:r><w:t[^>]*>总体要求/);
  });

  it('adds the comments part, its relationship and content type to a file that had none', () => {
    const plain = wordFile({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
      'word/_rels/document.xml.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
      'word/document.xml': body('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>完成投资XX亿元</w:t></w:r></w:p>'),
    });
    const parts = unzipSync(annotateWord(readWord(plain), [{ start: 4, end: 6, text: '占位符' }], '公文助手', new Date()));
    assert.match(strFromU8(parts['word/document.xml'] ?? new Uint8Array()),
      /<w:t>完成投资<\/w:t><\/w:r><w:commentRangeStart w:id="0"\/><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">XX<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/><\/w:r><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">亿元<\/w:t>/);
    assert.match(strFromU8(parts['word/_rels/document.xml.rels'] ?? new Uint8Array()), /relationships\/comments" Target="comments\.xml"/);
    assert.match(strFromU8(parts['[Content_Types].xml'] ?? new Uint8Array()), /PartName="\/word\/comments\.xml"/);
  });
});

describe('gongwen with Word files', () => {
  it('checks and outlines a .docx, naming paragraphs, and says once what it took as accepted', () => {
    const checked = runCli(['check', '--lang', 'zh', draftFile]);
    assert.equal(checked.exit, 1);
    assert.deepEqual(checked.stdout.slice(0, 3).map((line) => line.replace(draftFile, 'F')), [
      'F:第12段第11字: warning [placeholder] 未填写的占位符“XX”：此处缺少数字。',
      'F:第14段第1字: warning [placeholder] 未填写的占位符“XX”：此处缺少地名或单位名称。',
      'F:第15段第1字: warning [heading-numbering] 标题编号应为“三、”：与上一个标题编号重复',
    ]);
    assert.deepEqual(checked.stderr, [`gongwen: ${draftFile}：有 2 处修订尚未接受或拒绝，按接受全部修订后的文字检查`]);
    const json = JSON.parse(runCli(['check', '--format', 'json', draftFile]).stdout.join('\n')) as [{ diagnostics: [{ text: string; range: { start: { line: number } } }] }];
    assert.deepEqual(json[0].diagnostics[0].range.start.line, 11);
    const outline = runCli(['outline', draftFile]).stdout.join('\n');
    assert.match(outline, /一、总体要求[\s\S]*（一）压实责任[\s\S]*1\.检查线路[\s\S]*二、重点任务[\s\S]*二、保障措施/);
  });

  it('annotates a copy and never the draft; fix leaves Word files alone; old formats get a clear message', () => {
    const annotated = runCli(['annotate', '--lang', 'en', draftFile]);
    assert.equal(annotated.exit, 0, annotated.stderr.join('\n'));
    assert.match(annotated.stdout[0] ?? '', /wrote .*通知-批注\.docx \(3 comment\(s\)\)/);
    assert.deepEqual(readFileSync(draftFile), Buffer.from(draft));
    const comments = strFromU8(unzipSync(readFileSync(join(dir, '通知-批注.docx')))['word/comments.xml'] ?? new Uint8Array());
    assert.match(comments, /Unfilled placeholder “XX”: a number is missing here\. Suggested: Fill in “XX”… \(placeholder\)/);
    assert.match(comments, /Suggested: /);
    assert.equal(runCli(['annotate', '--out', draftFile, draftFile]).exit, 2);
    const fixed = runCli(['fix', '--lang', 'en', draftFile]);
    assert.equal(fixed.exit, 2);
    assert.match(fixed.stderr.join('\n'), /fix does not change Word files/);
    const old = join(dir, '旧稿.doc');
    writeFileSync(old, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    const result = runCli(['check', old]);
    assert.equal(result.exit, 2);
    assert.match(result.stderr.join('\n'), /另存为 \.docx 后再试/);
  });
});
