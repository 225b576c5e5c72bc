/**
 * Whole-process time of `node dist/cli.js check --format json FILE` against AutoCorrect's CLI
 * (`autocorrect --lint --format json FILE`, from the bench cache) on one 1,000,000-character file:
 * the real seed speeches of ../shared/seeds repeated when they are there, the generated speech otherwise.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/fixture';

const CACHE = process.env.GONGWEN_BENCH_CACHE || join(homedir(), '.cache', 'gongwen-bench');
/** Pairs of runs, gongwen then AutoCorrect, back to back: this machine's speed drifts, a pair's ratio much less. */
const RUNS = 9;
const SIZE = 1_000_000;

export interface ProcessTimes {
  readonly source: string;
  readonly characters: number;
  readonly runs: number;
  readonly gongwenMs: number;
  readonly gongwenFindings: number;
  readonly autocorrectMs?: number;
  /** The median of the pairs' gongwen / AutoCorrect ratios. */
  readonly ratio?: number;
  readonly note: string;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

/** Wall time of one run of a command, its stdout going to a file (as `> out.json` would), and that output. */
function timed(command: string, args: readonly string[], outFile: string): { ms: number; stdout: string } {
  const out = openSync(outFile, 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', out, 'ignore'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(out);
  if (result.error) {
    throw result.error;
  }
  return { ms, stdout: readFileSync(outFile, 'utf8') };
}

function realSpeech(): { text: string; source: string } | undefined {
  const seeds = join(REPO_ROOT, '..', 'shared', 'seeds');
  if (!existsSync(seeds)) {
    return undefined;
  }
  const all = readdirSync(seeds).sort().map((name) => readFileSync(join(seeds, name), 'utf8')).join('\n');
  return { text: all.repeat(Math.ceil(SIZE / all.length)).slice(0, SIZE), source: 'the five seed documents, repeated' };
}

export function cliProcesses(generated: string): ProcessTimes {
  const { text, source } = realSpeech() ?? { text: generated, source: 'the generated speech' };
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-bench-'));
  try {
    const file = join(dir, 'speech.txt');
    writeFileSync(file, text);
    const gongwen = (): { ms: number; stdout: string } => timed(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', file], join(dir, 'gongwen.json'));
    const first = gongwen();
    const gongwenFindings = (JSON.parse(first.stdout) as Array<{ diagnostics: unknown[] }>)[0]?.diagnostics.length ?? 0;
    const autocorrect = join(CACHE, 'node_modules', '.bin', 'autocorrect');
    if (!existsSync(autocorrect)) {
      const ms = median(Array.from({ length: RUNS }, () => gongwen().ms));
      return { source, characters: text.length, runs: RUNS, gongwenMs: ms, gongwenFindings, note: `not run: ${autocorrect} is missing (scripts/setup-bench.sh installs it)` };
    }
    const theirs = (): { ms: number; stdout: string } => timed(autocorrect, ['--lint', '--format', 'json', file], join(dir, 'autocorrect.json'));
    const lines = (JSON.parse(theirs().stdout) as { messages: Array<{ lines: unknown[] }> }).messages.reduce((sum, message) => sum + message.lines.length, 0);
    const pairs = Array.from({ length: RUNS }, () => [gongwen().ms, theirs().ms] as const);
    return {
      source,
      characters: text.length,
      runs: RUNS,
      gongwenMs: median(pairs.map(([ours]) => ours)),
      gongwenFindings,
      autocorrectMs: median(pairs.map(([, other]) => other)),
      ratio: median(pairs.map(([ours, other]) => ours / other)),
      note: `${lines} findings`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
