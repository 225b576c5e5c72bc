import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../server/src/cli';
import { encodeFile } from '../../server/src/cli/encoding';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-'));
const speech = '同志们：\n今年完成投资XX亿元。\n一、抓项目\n（一）抓谋划。要早谋划、早储备。\n';

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('gongwen check', () => {
  it('reports the exact flagged text as JSON with LSP positions, and exits 1 for a warning', () => {
    const result = runCli(['check', '--format', 'json', file('a.txt', speech)]);
    assert.equal(result.exit, 1);
    const [report] = JSON.parse(result.stdout.join('\n'));
    assert.deepEqual(report.diagnostics.map((d: { code: string; text: string; range: unknown; severity: string }) => [d.code, d.text, d.range, d.severity]), [
      ['placeholder', 'XX', { start: { line: 1, character: 6 }, end: { line: 1, character: 8 } }, 'warning'],
    ]);
  });

  it('exits 0 on a clean file', () => {
    assert.equal(runCli(['check', file('clean.txt', '同志们：\n一、抓项目\n要抓好项目建设。\n')]).exit, 0);
  });

  it('exits 2 naming the file for a missing file, a directory and a binary file, and still checks the rest', () => {
    const result = runCli(['check', join(dir, 'none.txt'), dir, file('b.bin', Buffer.from([0x89, 0x50, 0x00, 0x01])), file('ok.txt', speech)]);
    assert.equal(result.exit, 2);
    assert.match(result.stderr.join('\n'), /none\.txt：文件不存在/);
    assert.match(result.stderr.join('\n'), /是目录/);
    assert.match(result.stderr.join('\n'), /b\.bin：这是二进制文件/);
    assert.match(result.stdout.join('\n'), /ok\.txt:2:7: warning \[placeholder\]/);
  });

  it('exits 2 with usage for an unknown option or command', () => {
    assert.equal(runCli(['check', '--colour', 'x.txt']).exit, 2);
    assert.equal(runCli(['lint']).exit, 2);
    assert.equal(runCli([]).exit, 2);
  });

  it('reads UTF-8 with BOM, UTF-16 with BOM and GB18030 alike', () => {
    const gb18030 = Buffer.from([0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0xa3, 0xba, 0x0a, 0x58, 0x58, 0xcf, 0xd8, 0x0a]); // 同志们：\nXX县\n
    const inputs = [
      file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('同志们：\nXX县\n')])),
      file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('同志们：\nXX县\n', 'utf16le')])),
      file('gbk.txt', gb18030),
    ];
    for (const input of inputs) {
      const [report] = JSON.parse(runCli(['check', '--format', 'json', input]).stdout.join('\n'));
      assert.deepEqual(report.diagnostics.map((d: { text: string; range: { start: unknown } }) => [d.text, d.range.start]), [['XX', { line: 1, character: 0 }]], input);
    }
  });
});

describe('gongwen outline', () => {
  it('prints the tree as JSON with kinds, levels and children', () => {
    const result = runCli(['outline', '--format', 'json', file('o.txt', speech)]);
    assert.equal(result.exit, 0);
    const [salutation, section] = JSON.parse(result.stdout.join('\n'));
    assert.equal(salutation.kind, 'salutation');
    assert.deepEqual([section.kind, section.level, section.marker, section.name], ['heading', 1, '一、', '一、抓项目']);
    assert.deepEqual(section.children.map((c: { name: string; level: number }) => [c.name, c.level]), [['（一）抓谋划', 2]]);
  });

  it('prints an indented text tree with line numbers', () => {
    assert.deepEqual(runCli(['outline', file('o2.txt', speech)]).stdout.join('\n').split('\n'), [
      '    1  【称呼】同志们：',
      '    3  一、抓项目',
      '    4    （一）抓谋划',
    ]);
  });
});

describe('gongwen fix', () => {
  const slip = '同志们：\r\n今年完成了了投资。\r\n推荐访问：讲话稿 范文\r\n一、抓项目\r\n要抓好项目建设。\r\n';
  const fixed = '同志们：\r\n今年完成了投资。\r\n一、抓项目\r\n要抓好项目建设。\r\n';

  it('applies the safe fixes to a UTF-8 file with BOM and CRLF, keeping both, and leaves no temporary file', () => {
    const dirOf = mkdtempSync(join(tmpdir(), 'gongwen-fix-'));
    const path = join(dirOf, 'speech.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(slip)]));
    const result = runCli(['fix', '--lang', 'zh', path]);
    assert.equal(result.exit, 0, result.stderr.join('\n'));
    assert.match(result.stdout[0] ?? '', /speech\.txt：已修复 2 处$/);
    assert.deepEqual(readFileSync(path), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixed)]));
    assert.deepEqual(readdirSync(dirOf), ['speech.txt']);
    assert.match(runCli(['fix', path]).stdout.join('\n'), /无需修改|nothing to fix/);
  });

  it('writes GB18030 and UTF-16LE files back in their own encoding (𠮷 included)', () => {
    const text = slip.replace('同志们', '𠮷同志们');
    const gb = file('gb.txt', Buffer.from(encodeFile(text, 'gb18030', false)));
    assert.equal(new TextDecoder('gb18030').decode(readFileSync(gb)), text, 'the test file really is GB18030');
    assert.equal(runCli(['fix', gb]).exit, 0);
    assert.equal(new TextDecoder('gb18030', { fatal: true }).decode(readFileSync(gb)), fixed.replace('同志们', '𠮷同志们'));
    const utf16 = file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(slip, 'utf16le')]));
    assert.equal(runCli(['fix', utf16]).exit, 0);
    assert.deepEqual(readFileSync(utf16), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixed, 'utf16le')]));
  });

  it('--dry-run prints the diff and writes nothing', () => {
    const path = file('dry.txt', slip);
    const before = statSync(path).mtimeMs;
    const result = runCli(['fix', '--dry-run', path]);
    assert.equal(result.exit, 0);
    assert.deepEqual(result.stdout.slice(2), ['@@ -1,4 +1,3 @@', ' 同志们：', '-今年完成了了投资。', '-推荐访问：讲话稿 范文', '+今年完成了投资。', ' 一、抓项目']);
    assert.equal(readFileSync(path, 'utf8'), slip);
    assert.equal(statSync(path).mtimeMs, before);
  });

  it('leaves a file it cannot decode untouched, says why, exits 2, and still fixes the others', () => {
    const bad = file('bad.txt', Buffer.from([0xd5, 0xfd, 0xff, 0xff, 0x41]));
    const good = file('good.txt', slip);
    const result = runCli(['fix', bad, good]);
    assert.equal(result.exit, 2);
    assert.match(result.stderr.join('\n'), /bad\.txt：无法识别文件编码/);
    assert.deepEqual(readFileSync(bad), Buffer.from([0xd5, 0xfd, 0xff, 0xff, 0x41]));
    assert.equal(readFileSync(good, 'utf8'), fixed);
  });

  it('check never writes', () => {
    const path = file('check-only.txt', slip);
    runCli(['check', path]);
    assert.equal(readFileSync(path, 'utf8'), slip);
  });
});
