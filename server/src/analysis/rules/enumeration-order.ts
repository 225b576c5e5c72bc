import { chineseNumeral, MAX_MARKER_NUMBER } from '../model/numerals';
import type { ItemFamily, ItemNode } from '../model/types';
import { itemRunIsUnambiguous, itemRuns } from './outline-lists';
import { defineRule, type RuleContext } from './rule';
import type { Finding, Fix } from '../vocabulary';

const FIRST: Readonly<Record<ItemFamily, string>> = { shi: '一是', yao: '一要', sequence: '首先', ordinal: '第一' };
const SEQUENCE_WORDS = ['', '首先', '其次', '再次'];

/** The marker an item should have as the `position`-th of its run. */
function markerAt(item: ItemNode, position: number): string {
  if (item.family === 'sequence') {
    return SEQUENCE_WORDS[position] ?? item.marker;
  }
  return item.marker.replace(/[一二三四五六七八九十]+/, chineseNumeral(position));
}

/**
 * One fix for the run: 一是 二是 四是 → 一是 二是 三是. Not offered for 首先/其次 (there is no 四 of them),
 * nor for a run longer than 九十九 (its markers could not be read back). It enters fix-all only when the
 * run leaves no doubt (itemRunIsUnambiguous).
 */
function renumber(run: readonly ItemNode[], runs: readonly (readonly ItemNode[])[]): Fix | undefined {
  if ((run[0] as ItemNode).family === 'sequence' || run.length > MAX_MARKER_NUMBER) {
    return undefined;
  }
  const edits = run.flatMap((item, index) => {
    const wanted = markerAt(item, index + 1);
    return wanted === item.marker ? [] : [{ start: item.start, end: item.start + item.marker.length, newText: wanted }];
  });
  const sample = run.slice(0, 3).map((item, index) => markerAt(item, index + 1).replace(/[，,、：:]$/, '')).join('、');
  return { title: { zh: `重新编号（${sample}…）`, en: `Renumber (${sample}…)` }, edits, preferred: true, safe: itemRunIsUnambiguous(run, runs) };
}

function check({ model }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const runs = itemRuns(model);
  for (const run of runs) {
    let expected = 1;
    /** Made once per run, at its first wrong number (null: no renumbering for this run). */
    let fix: Fix | null | undefined;
    for (const item of run) {
      const number = item.number;
      if (number === null) {
        // 最后: the last of any count, right after whatever came before.
        break;
      }
      if (number !== expected) {
        const wanted = markerAt(item, expected);
        const first = FIRST[item.family];
        const message = expected === 1
          ? { zh: `“${item.marker}”前面没有“${first}”`, en: `“${item.marker}” has no “${first}” before it` }
          : number < expected
            ? { zh: `“${item.marker}”与前面的序号重复，应为“${wanted}”`, en: `“${item.marker}” repeats an earlier number; it should be “${wanted}”` }
            : { zh: `“${item.marker}”跳过了序号，应为“${wanted}”`, en: `“${item.marker}” skips a number; it should be “${wanted}”` };
        if (fix === undefined) {
          fix = renumber(run, runs) ?? null;
        }
        const runFix = fix;
        findings.push({ start: item.start, end: item.start + item.marker.length, message, ...(runFix ? { fixes: () => [runFix] } : {}) });
      }
      expected = number + 1;
    }
  }
  return findings;
}

export const enumerationOrderRule = defineRule({
  id: 'enumeration-order',
  defaultSeverity: 'warning',
  check,
  settings: [],
});
