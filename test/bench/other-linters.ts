/**
 * AutoCorrect (autocorrect-node) and zhlint on the same text, for a comparison that holds on a noisy
 * machine. scripts/setup-bench.sh installs them into GONGWEN_BENCH_CACHE (default ~/.cache/gongwen-bench).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

const CACHE = process.env.GONGWEN_BENCH_CACHE || join(homedir(), '.cache', 'gongwen-bench');
const fromCache = (name: string): unknown => require(join(CACHE, 'node_modules', name));

export interface OtherLinter {
  readonly name: string;
  readonly ms?: number;
  readonly note: string;
}

/** Lines of `text` in chunks of about `size` characters: AutoCorrect's parser stops ("call limit reached") on one 1M-character input. */
function chunks(text: string, size: number): string[] {
  const result: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const line of text.split('\n')) {
    current.push(line);
    length += line.length + 1;
    if (length >= size) {
      result.push(current.join('\n'));
      current = [];
      length = 0;
    }
  }
  if (current.length > 0) {
    result.push(current.join('\n'));
  }
  return result;
}

export function otherLinters(text: string, time: (work: () => unknown) => number): OtherLinter[] {
  const linters: OtherLinter[] = [];
  try {
    const autocorrect = fromCache('autocorrect-node') as { lintFor(text: string, file: string): { lines: unknown[]; error: string } };
    const parts = chunks(text, 20_000);
    let findings = 0;
    const ms = time(() => {
      findings = 0;
      for (const part of parts) {
        findings += autocorrect.lintFor(part, 'speech.txt').lines.length;
      }
    });
    linters.push({ name: 'AutoCorrect', ms, note: `lintFor on ${parts.length} chunks of ~20k characters, ${findings} findings` });
  } catch (error) {
    linters.push({ name: 'AutoCorrect', note: `not run: ${String(error)}` });
  }
  try {
    const zhlint = fromCache('zhlint') as { run(text: string): { validations: unknown[] } };
    const sample = text.slice(0, 100_000);
    let findings = 0;
    const start = process.hrtime.bigint();
    findings = zhlint.run(sample).validations.length;
    const ms100k = Number(process.hrtime.bigint() - start) / 1e6;
    linters.push({ name: 'zhlint', ms: ms100k * (text.length / sample.length), note: `run once on the first 100k characters (${ms100k.toFixed(0)} ms, ${findings} findings), scaled ×${(text.length / sample.length).toFixed(0)}: the whole 1M takes minutes` });
  } catch (error) {
    linters.push({ name: 'zhlint', note: `not run: ${String(error)}` });
  }
  return linters;
}
