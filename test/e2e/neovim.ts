import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Neovim (Debian's, installed by scripts/setup-e2e.sh) as an independent LSP client: it starts the
 * bundled server with --stdio on a speech with CJK Extension B characters and emoji, and we check
 * that what it shows lands on the right bytes — Neovim converts our UTF-16 positions to byte columns.
 */

interface NeovimDiagnostic {
  readonly lnum: number;
  readonly col: number;
  readonly end_col: number;
  readonly source: string;
  readonly code: string;
}

interface NeovimSymbol {
  readonly name: string;
  readonly depth: number;
  readonly line: number;
  readonly character: number;
  readonly byte: number;
}

interface NeovimResult {
  readonly filetype: string;
  readonly lines: string[];
  readonly attached: boolean;
  readonly diagnostics: NeovimDiagnostic[];
  readonly symbols: NeovimSymbol[];
  readonly error?: string;
}

const ROOT = join(__dirname, '..', '..', '..');
const DIR = join(ROOT, 'test', 'e2e', 'neovim');

/** Byte offset of the `occurrence`-th `text` in `line`, the way Neovim counts columns (UTF-8). */
function byteColumn(line: string, text: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = line.indexOf(text, at + 1);
  }
  assert.ok(at >= 0, `${text} in ${line}`);
  return Buffer.byteLength(line.slice(0, at));
}

function runNeovim(): NeovimResult {
  const scratch = mkdtempSync(join(tmpdir(), 'gongwen-nvim-'));
  const out = join(scratch, 'result.json');
  try {
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(DIR, 'check.lua')}`, join(DIR, 'speech.txt')], {
      env: { ...process.env, GONGWEN_NVIM_OUT: out, GONGWEN_SERVER: join(ROOT, 'dist', 'server.js') },
      encoding: 'utf8',
      timeout: 60000,
    });
    assert.equal(run.status, 0, `nvim exited with ${run.status}: ${run.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8')) as NeovimResult;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function main(): void {
  const result = runNeovim();
  assert.equal(result.error, undefined);
  assert.ok(result.attached, 'diagnostics arrived');
  const lines = result.lines;
  const found = result.diagnostics
    .map((d) => [d.code, d.lnum, d.col, d.end_col, d.source])
    .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]));
  const expected = [
    ['placeholder', 2, byteColumn(lines[2]!, 'XX'), byteColumn(lines[2]!, 'XX') + 2, 'gongwen'],
    ['placeholder', 4, byteColumn(lines[4]!, 'X'), byteColumn(lines[4]!, 'X') + 1, 'gongwen'],
    ['doubled-word', 6, byteColumn(lines[6]!, '的的'), byteColumn(lines[6]!, '的的') + 6, 'gongwen'],
  ];
  assert.deepEqual(found, expected);
  console.log(`ok - Neovim ${result.filetype} buffer: ${found.length} diagnostics on the right byte columns (XX at byte ${expected[0]![2]} after 👉𠮷)`);
  const symbols = result.symbols.map((s) => [s.name, s.depth, s.line, s.byte]);
  assert.deepEqual(symbols, [
    ['👉在青山县防汛工作会议上的讲话', 0, 0, 0],
    ['同志们：', 0, 1, 0],
    ['一、🌧提高认识', 0, 3, 0],
    ['（一）𠮷压实责任', 1, 4, 0],
    ['一是排查隐患，各乡镇要在X月底前完成', 2, 4, byteColumn(lines[4]!, '一是')],
    ['二、抓好落实', 0, 5, 0],
  ]);
  console.log(`ok - Neovim document symbols: ${symbols.length} in the 一、（一）一是 tree, 一是 at byte ${byteColumn(lines[4]!, '一是')} after （一）𠮷`);
}

main();
