/**
 * Whole-process time of `node dist/cli.js check --format json FILE` against AutoCorrect's CLI
 * (`autocorrect --lint --format json FILE`, from the bench cache) on one 1,000,000-character file:
 * the real seed speeches of ../shared/seeds repeated when they are there, the generated speech otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/fixture';

const CACHE = process.env.GONGWEN_BENCH_CACHE || join(homedir(), '.cache', 'gongwen-bench');
const RUNS = 5;
const SIZE = 1_000_000;

export interface ProcessTimes {
  readonly source: string;
  readonly characters: number;
  readonly runs: number;
  readonly gongwenMs: number;
  readonly gongwenFindings: number;
  readonly autocorrectMs?: number;
  readonly note: string;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

/** Median wall time of a command, with the stdout of its last run. */
function timed(command: string, args: readonly string[]): { ms: number; stdout: string } {
  const times: number[] = [];
  let stdout = '';
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.error) {
      throw result.error;
    }
    stdout = result.stdout;
  }
  return { ms: median(times), stdout };
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
    const ours = timed(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', file]);
    const gongwenFindings = (JSON.parse(ours.stdout) as Array<{ diagnostics: unknown[] }>)[0]?.diagnostics.length ?? 0;
    const base = { source, characters: text.length, runs: RUNS, gongwenMs: ours.ms, gongwenFindings };
    const autocorrect = join(CACHE, 'node_modules', '.bin', 'autocorrect');
    if (!existsSync(autocorrect)) {
      return { ...base, note: `not run: ${autocorrect} is missing (scripts/setup-bench.sh installs it)` };
    }
    const theirs = timed(autocorrect, ['--lint', '--format', 'json', file]);
    const lines = (JSON.parse(theirs.stdout) as { messages: Array<{ lines: unknown[] }> }).messages.reduce((sum, message) => sum + message.lines.length, 0);
    return { ...base, autocorrectMs: theirs.ms, note: `${lines} findings` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
