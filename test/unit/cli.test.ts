import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../server/src/cli';

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
