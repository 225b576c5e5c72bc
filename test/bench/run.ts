/**
 * `npm run bench`: analysis time on generated speeches of 10k, 20k, 100k and 1M characters (median of
 * several runs), each rule's time and share, the outline alone, the 1M/100k ratio (≈10 is linear),
 * peak memory; text that repeats one short run (的的的……); the LSP round trip on the bundled server (lsp-round-trip.ts); and, in the same run,
 * AutoCorrect (autocorrect-node) and zhlint on the same 1M-character text, with our time over theirs;
 * and the whole CLI process (`gongwen check --format json`) against AutoCorrect's CLI on one 1M-character file;
 * and a 100-page Word file exported, read back and annotated (word-files.ts).
 */
import { createAnalyzer, RULES } from '../../server/src/analysis';
import { configureRules } from '../../server/src/analysis/analyze';
import { cliProcesses } from './cli-process';
import { generateSpeech } from './generate';
import { lspRoundTrip } from './lsp-round-trip';
import { otherLinters } from './other-linters';
import { wordFileTimes } from './word-files';

const SIZES = [10_000, 20_000, 100_000, 1_000_000];
const RUNS = Number(process.env.GONGWEN_BENCH_RUNS ?? 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

const format = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(8);

interface Row {
  size: number;
  total: number;
  outline: number;
  rules: Record<string, number>;
  /** typo, confusable and redundancy together: their one shared scan of the text and their own work. */
  dictionary: number;
  findings: number;
}

/** The rules whose phrase tables share one scan of the text (rules/phrase-table.ts). */
const DICTIONARY_RULES = new Set(['typo', 'confusable', 'redundancy']);

const analyzer = createAnalyzer({ docsBase: 'file:///docs' });
const configured = configureRules(RULES, analyzer.settings);
const rows: Row[] = [];
for (const size of SIZES) {
  const text = generateSpeech(size);
  for (let run = 0; run < 3; run++) {
    analyzer.analyze(text); // warm up: the first size would otherwise measure the compiler
  }
  const { model } = analyzer.parse(text);
  const context = { text, model, markdown: false };
  const rules: Record<string, number> = {};
  const dictionaryRules = configured.filter(({ rule }) => DICTIONARY_RULES.has(rule.id));
  const empty = { text: '', model: analyzer.parse('').model, markdown: false };
  // The shared scan keeps the last text's matches: a check on another text first makes each run scan again.
  const rescan = () => dictionaryRules[0]?.rule.check(empty, dictionaryRules[0].settings);
  for (const { rule, settings } of configured) {
    rules[rule.id] = time(() => (DICTIONARY_RULES.has(rule.id) ? [rescan(), rule.check(context, settings)] : rule.check(context, settings)));
  }
  const dictionary = time(() => [rescan(), ...dictionaryRules.map(({ rule, settings }) => rule.check(context, settings))]);
  const findings = analyzer.analyze(text).results.reduce((sum, result) => sum + result.findings.length, 0);
  rows.push({ size, total: time(() => analyzer.analyze(text)), outline: time(() => analyzer.parse(text)), rules, dictionary, findings });
}

console.log(`gongwen bench · node ${process.version} · ${RUNS} runs per figure, median, milliseconds`);
console.log(['characters'.padStart(10), 'whole'.padStart(8), 'outline'.padStart(8), ...RULES.map((r) => r.id.padStart(16)), 'findings'.padStart(9)].join(' '));
for (const row of rows) {
  console.log([String(row.size).padStart(10), format(row.total), format(row.outline), ...RULES.map((r) => format(row.rules[r.id] as number).padStart(16)), String(row.findings).padStart(9)].join(' '));
}
const at = (size: number) => rows.find((row) => row.size === size) as Row;
const big = at(1_000_000);
const mid = at(100_000);
console.log(`ratio 1M/100k: whole ${(big.total / mid.total).toFixed(1)}, repeated-phrase ${((big.rules['repeated-phrase'] as number) / (mid.rules['repeated-phrase'] as number)).toFixed(1)} (10 is linear)`);
const ruleSum = RULES.reduce((sum, rule) => sum + (big.rules[rule.id] as number), 0);
console.log('at 1M: each rule\'s share of the rules\' time, and its time over the outline\'s (target < 10); typo, confusable and redundancy each with the scan they share');
for (const rule of RULES) {
  const ms = big.rules[rule.id] as number;
  console.log(`  ${rule.id.padEnd(22)} ${format(ms)} ms ${((100 * ms) / ruleSum).toFixed(1).padStart(5)} %  ×${(ms / big.outline).toFixed(2)} outline`);
}
console.log(`  typo + confusable + redundancy together (one shared scan): ${format(big.dictionary)} ms, ${((100 * big.dictionary) / big.total).toFixed(1)} % of the whole analysis (target ≤ 10 %)`);
/** Text that repeats one short run: every place is an earlier copy of every other (repeated-phrase once read them all, quadratically). */
const REPEATED_RUNS = ['的', '高质量发展', '要抓好项目建设，的的'];
console.log(`one short run repeated to 100,000 characters, whole analysis (target < 3,000 ms each): ${REPEATED_RUNS.map((run) => {
  const text = run.repeat(Math.ceil(100_000 / run.length));
  return `${run} ${time(() => analyzer.analyze(text)).toFixed(0)} ms`;
}).join(', ')}`);
console.log(`peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

async function main(): Promise<void> {
  const word = await wordFileTimes(time);
  console.log(`Word file of about 100 pages (${word.characters.toLocaleString('en-US')} characters, ${word.kilobytes} KB): exported in ${word.exportMs.toFixed(0)} ms, read in ${word.readMs.toFixed(1)} ms (target < 300), annotated with ${word.comments} comments in ${word.annotateMs.toFixed(1)} ms`);
  const speech20k = generateSpeech(20_000);
  const trip = await lspRoundTrip(speech20k, generateSpeech(1_000_000));
  console.log(`LSP round trip on dist/server.js --stdio, 20k speech, didChange → publishDiagnostics: median ${trip.roundTripMs.toFixed(1)} ms (${trip.debounceMs} ms of it is the server's typing debounce; work ${(trip.roundTripMs - trip.debounceMs).toFixed(1)} ms)`);
  console.log(`server memory with the 1M-character document open and analysed: peak RSS ${trip.serverPeakMb} MB (target < 150)`);
  const text = generateSpeech(1_000_000);
  const ours = time(() => analyzer.analyze(text));
  const others = otherLinters(text, time);
  console.log(`same run, same 1M text: gongwen whole analysis ${ours.toFixed(1)} ms`);
  for (const other of others) {
    console.log(`  ${other.name}: ${other.ms === undefined ? other.note : `${other.ms.toFixed(1)} ms (${other.note}); gongwen / ${other.name} = ${(ours / other.ms).toFixed(2)}`}`);
  }
  const processes = cliProcesses(text);
  console.log(`whole process on one ${processes.characters.toLocaleString('en-US')}-character file (${processes.source}), ${processes.runs} pairs of runs back to back, medians:`);
  console.log(`  gongwen check --format json: ${processes.gongwenMs.toFixed(0)} ms (${processes.gongwenFindings} findings)`);
  if (processes.autocorrectMs === undefined) {
    console.log(`  AutoCorrect: ${processes.note}`);
  } else {
    console.log(`  autocorrect --lint --format json: ${processes.autocorrectMs.toFixed(0)} ms (${processes.note}); gongwen / AutoCorrect = ${(processes.ratio ?? 0).toFixed(2)}, the median of the pairs' ratios (target ≤ 1.0)`);
  }
}

void main();
