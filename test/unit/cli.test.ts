import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../../server/src/cli';
import { encodeFile } from '../../server/src/cli/encoding';
import { VERSION } from '../../server/src/version';
import { REPO_ROOT } from '../support/fixture';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const speech = '同志们：\n今年完成投资XX亿元。\n一、抓项目\n（一）抓谋划。要早谋划、早储备。\n';

/** Writes a file under the test's temporary folder (removed after the tests), making its folders. */
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const json = (result: { stdout: string[] }) => JSON.parse(result.stdout.join('\n')) as Array<{ file: string; diagnostics: Array<{ code: string; text: string; severity: string; message: string }> }>;

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

  it('exits 2 naming the file for a missing file, a folder with no documents and a binary file, and still checks the rest', () => {
    mkdirSync(join(dir, 'empty-folder'), { recursive: true });
    const result = runCli(['check', '--lang', 'zh', join(dir, 'none.txt'), join(dir, 'empty-folder'), file('b.bin', Buffer.from([0x89, 0x50, 0x00, 0x01])), file('ok.txt', speech)]);
    assert.equal(result.exit, 2);
    assert.match(result.stderr.join('\n'), /none\.txt：文件不存在/);
    assert.match(result.stderr.join('\n'), /empty-folder：文件夹中没有公文文档/);
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
    const dirOf = mkdtempSync(join(dir, 'fix-'));
    const path = join(dirOf, 'speech.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(slip)]));
    const result = runCli(['fix', '--lang', 'zh', path]);
    assert.equal(result.exit, 0, result.stderr.join('\n'));
    assert.match(result.stdout[0] ?? '', /speech\.txt：已修复 2 处$/);
    assert.deepEqual(readFileSync(path), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixed)]));
    assert.deepEqual(readdirSync(dirOf), ['speech.txt']);
    assert.match(runCli(['fix', '--lang', 'zh', path]).stdout.join('\n'), /无需修改/);
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
    const result = runCli(['fix', '--lang', 'zh', bad, good]);
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

describe('gongwen: help, version, folders and globs', () => {
  it('prints the version and the help of a command, exiting 0', () => {
    for (const flag of ['--version', '-v']) {
      assert.deepEqual(runCli([flag]), { exit: 0, stdout: [VERSION], stderr: [] });
    }
    const help = runCli(['check', '--help', '--lang', 'en']);
    assert.equal(help.exit, 0);
    assert.match(help.stdout.join('\n'), /^Usage:\n {2}gongwen check /);
    assert.doesNotMatch(help.stdout.join('\n'), /gongwen fix/);
    assert.match(runCli(['help', 'fix', '--lang', 'zh']).stdout.join('\n'), /^用法：\n {2}gongwen fix /);
  });

  it('checks the documents of a folder recursively: .gw and .gongwen always, .txt and .md when mostly Chinese', () => {
    file('tree/a.gw', 'XX report\n');
    file('tree/sub/b.txt', speech);
    file('tree/sub/notes.txt', 'Shopping list: XX eggs, milk and bread for the weekend.\n');
    file('tree/sub/c.md', speech);
    file('tree/sub/d.docx.bak', speech);
    file('tree/node_modules/e.txt', speech);
    file('tree/.hidden/f.txt', speech);
    const reports = json(runCli(['check', '--format', 'json', join(dir, 'tree')]));
    assert.deepEqual(reports.map((r) => r.file.slice(dir.length + 1)), ['tree/a.gw', 'tree/sub/b.txt', 'tree/sub/c.md']);
  });

  it('expands a glob the shell left alone (* within a folder, ** across folders)', () => {
    file('glob/one.gw', speech);
    file('glob/deep/two.gw', speech);
    file('glob/deep/three.txt', speech);
    const names = (pattern: string) => json(runCli(['check', '--format', 'json', join(dir, pattern)])).map((r) => r.file.slice(dir.length + 1));
    assert.deepEqual(names('glob/*.gw'), ['glob/one.gw']);
    assert.deepEqual(names('glob/**/*.gw'), ['glob/deep/two.gw', 'glob/one.gw']);
    const none = runCli(['check', '--lang', 'en', join(dir, 'glob/*.doc')]);
    assert.equal(none.exit, 2);
    assert.match(none.stderr.join('\n'), /glob\/\*\.doc: no file matches/);
  });

  it('speaks English everywhere with --lang en: findings, input errors and usage', () => {
    const result = runCli(['check', '--lang', 'en', join(dir, 'missing.txt'), file('en.txt', speech)]);
    assert.match(result.stdout.join('\n'), /en\.txt:2:7: warning \[placeholder\] Unfilled placeholder/);
    assert.match(result.stdout.join('\n'), /1 file\(s\), 1 problem\(s\)\./);
    assert.deepEqual(result.stderr, [`gongwen: ${join(dir, 'missing.txt')}: no such file`]);
    const usage = runCli(['check', '--colour', '--lang', 'en']);
    assert.equal(usage.exit, 2);
    assert.match(usage.stderr.join('\n'), /^gongwen: unknown option --colour\n\nUsage:/);
    assert.doesNotMatch(usage.stderr.join('\n'), /[\u4e00-\u9fff]{4}/);
  });
});

describe('gongwen: the editor’s settings', () => {
  it('reads the workspace’s .vscode/settings.json (JSONC), as the editor does', () => {
    file('ws/.vscode/settings.json', '{\n  // house style\n  "gongwen.rules.placeholder": "off",\n  "gongwen.terms": {"县委办": "县委办公室"},\n  "editor.fontSize": 14,\n}\n');
    const path = file('ws/docs/speech.gw', '同志们：\n县委办完成投资XX亿元。\n');
    const [report] = json(runCli(['check', '--format', 'json', path]));
    assert.deepEqual(report?.diagnostics.map((d) => [d.code, d.text]), [['standard-term', '县委办']]);
  });

  it('takes --config over the workspace’s settings, and names unknown keys and rule ids', () => {
    const config = file('config.jsonc', '{ "gongwen.rules.placeholder": "error", "gongwen.rules.placholder": "off", "gongwen.speakingrate": 180, }');
    const path = file('ws/docs/speech2.gw', '同志们：\n完成投资XX亿元。\n');
    const result = runCli(['check', '--format', 'json', '--lang', 'zh', '--config', config, path]);
    assert.deepEqual(json(result)[0]?.diagnostics.map((d) => [d.code, d.severity]), [['placeholder', 'error']]);
    assert.equal(result.stderr.length, 2);
    assert.match(result.stderr[0] ?? '', /config\.jsonc: gongwen\.rules\.placholder：没有名为 placholder 的规则，已忽略$/);
    assert.match(result.stderr[1] ?? '', /gongwen\.speakingrate：未知的设置，已忽略$/);
  });

  it('says which settings file is broken and exits 2', () => {
    const config = file('broken.json', '{ "gongwen.enable": ');
    const result = runCli(['check', '--lang', 'en', '--config', config, file('s.gw', speech)]);
    assert.equal(result.exit, 2);
    assert.match(result.stderr.join('\n'), /broken\.json: not a valid JSON settings file/);
  });

  it('fixes with the user’s placeholder values, as source.fixAll.gongwen does', () => {
    const config = file('values.json', '{ "gongwen.placeholderValues": { "XX": "12" } }');
    const path = file('values.gw', '同志们：\n完成投资XX亿元。\n');
    assert.equal(runCli(['fix', '--config', config, path]).exit, 0);
    assert.equal(readFileSync(path, 'utf8'), '同志们：\n完成投资12亿元。\n');
  });

  it('runs every rule on a document of any size (gongwen.maxDocumentSize guards editor typing only)', () => {
    const config = file('small-limit.json', '{ "gongwen.maxDocumentSize": 10000 }');
    const path = file('long.gw', '同志们：\n要做好的的工作。\n' + '要抓好项目建设。'.repeat(2000));
    const codes = json(runCli(['check', '--format', 'json', '--config', config, path]))[0]?.diagnostics.map((d) => d.code);
    assert.ok(codes?.includes('doubled-word'), String(codes));
  });

  it('outlines as the editor does: a heading after a disable comment stays in the outline', () => {
    const path = file('disabled.gw', '同志们：\n<!-- gongwen-disable-line -->一、总体要求\n内容。\n二、工作措施\n');
    assert.deepEqual(runCli(['outline', path]).stdout.join('\n').split('\n').map((line) => line.trim()), ['1  【称呼】同志们：', '2  一、总体要求', '4  二、工作措施']);
  });
});

describe('the bundled CLI (node dist/cli.js)', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });

  it('runs as a process: version, a check with workspace settings read through the bundled JSONC parser, exit codes', () => {
    assert.equal(run('--version').stdout.trim(), VERSION);
    file('bundled/.vscode/settings.json', '{ "gongwen.rules.web-residue": "off", /* a comment */ }');
    const path = file('bundled/s.gw', '同志们：\n完成投资XX亿元。\n推荐访问：讲话稿 范文\n');
    const checked = run('check', '--lang', 'en', path);
    assert.equal(checked.status, 1, checked.stderr);
    assert.match(checked.stdout, /s\.gw:2:5: warning \[placeholder\]/);
    assert.doesNotMatch(checked.stdout, /web-residue/);
    assert.equal(run('check', '--nope').status, 2);
  });
});
