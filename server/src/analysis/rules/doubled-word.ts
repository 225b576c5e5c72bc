import { CodeSet, isHanCode, sameChars } from '../model/text';
import { defineRule, type RuleContext } from './rule';
import type { Finding } from '../vocabulary';
import { FUNCTION_CHARS, wordBoundaries } from './words';

/**
 * Policy (docs/rules/doubled-word.md): a doubled single character is a slip only for function words
 * that standard Chinese never reduplicates (的的, 在在, 和和), and only when both copies stand as words
 * of their own (目的的, 现在在座, 要要求 are a word plus the same character). Any longer word written
 * twice is a slip (治党治党, 进一步进一步) except verbs that reduplicate as ABAB (研究研究) and 一步一步.
 * AABB reduplication (认认真真, 的的确确, 家家户户) and content-word AA (谢谢, 常常, 人人) are words.
 */
/** Doubled wherever they stand: 们们 follows 我 in a word (我们们) yet is never right. */
const ALWAYS_DOUBLED_BY_MISTAKE = new Set(['们']);

const ABAB_VERBS = new Set(
  '研究 讨论 学习 商量 考虑 了解 调查 检查 总结 交流 沟通 休息 活动 锻炼 琢磨 打听 收拾 整理 比较 思考 体验 感受 尝试 分析 介绍 表扬 批评 教育 提醒 准备 清理 放松 熟悉 适应 反思 梳理 对比 核实 议论 合计 盘算 研判 对照 检验 走访 调研 摸排 核对 复习 练习 帮助 关心 照顾 汇报 展示 宣传 鼓励 高兴 热闹 轻松 舒服 明白 打扫 清洁 比划 演练 操练 碰头 聊聊'.split(' '),
);

/** Full-width punctuation that is never right twice in a row (…… and —— are single marks). */
const DOUBLE_PUNCTUATION = new CodeSet('，、；：。');

export const LONGEST_WORD = 12;

/** The end of the run of Han characters that contains `at`. */
function hanRunEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isHanCode(text.charCodeAt(end))) {
    end++;
  }
  return end;
}

/** The length of the shortest X such that X X starts at `at` (X all Han, within the run ending at `runEnd`, at most LONGEST_WORD), or 0. */
function doubledLength(text: string, at: number, runEnd: number): number {
  const longest = Math.min(LONGEST_WORD, (runEnd - at) >> 1);
  const first = text.charCodeAt(at);
  for (let length = 1; length <= longest; length++) {
    if (text.charCodeAt(at + length) === first && sameChars(text, at + 1, at + length + 1, length - 1)) {
      return length;
    }
  }
  return 0;
}

function standsAsWords(text: string, at: number, length: number): boolean {
  const boundaries = wordBoundaries(text, at, at + 2 * length);
  return boundaries.has(at) && boundaries.has(at + length) && boundaries.has(at + 2 * length);
}

/** Part of an AABB reduplication: 认认真真, 的的确确, 是是非非, 家家户户. */
function isAabb(text: string, at: number): boolean {
  return (text[at + 2] === text[at + 3] && isHanCode(text.charCodeAt(at + 2))) || (at >= 2 && text[at - 2] === text[at - 1] && isHanCode(text.charCodeAt(at - 1)));
}

/** 构建共建共治共享: the 建共建共 inside is a run of 共X, not a word written twice. */
function isAlternation(text: string, at: number, length: number): boolean {
  return length === 2 && text[at + 5] === text[at + 1];
}

/** How many times the `length` characters at `at` (all Han) stand in a row (at least 2 when called). */
function copiesAt(text: string, at: number, length: number): number {
  let copies = 2;
  while (at + (copies + 1) * length <= text.length && sameChars(text, at, at + copies * length, length)) {
    copies++;
  }
  return copies;
}

function isSlip(text: string, at: number, length: number, copies: number): boolean {
  const word = text.slice(at, at + length);
  if (copies > 2) {
    // Three times in a row is no reduplication: 的的的, 治党治党治党 (but 哈哈哈, 啊啊啊 are interjections).
    return length === 1 ? FUNCTION_CHARS.has(word) || ALWAYS_DOUBLED_BY_MISTAKE.has(word) : new Set(word).size > 1;
  }
  if (length === 1) {
    if (ALWAYS_DOUBLED_BY_MISTAKE.has(word)) {
      return true;
    }
    return FUNCTION_CHARS.has(word) && !isAabb(text, at) && standsAsWords(text, at, length);
  }
  if (new Set(word).size === 1 || ABAB_VERBS.has(word) || /^一./.test(word) || isAlternation(text, at, length)) {
    return false;
  }
  return standsAsWords(text, at, length);
}

/** One finding for the whole run of copies, its fix keeping the first: 的的的 → 的, in one step. */
function finding(text: string, at: number, length: number, copies: number): Finding {
  const word = text.slice(at, at + length);
  const end = at + copies * length;
  const message = copies === 2
    ? { zh: `“${word}”重复书写：“${word}${word}”`, en: `“${word}” is written twice` }
    : { zh: `“${word}”连写了 ${copies} 遍`, en: `“${word}” is written ${copies} times` };
  return {
    start: at,
    end,
    message,
    fixes: () => [
      {
        title: { zh: `删除重复的“${word}”`, en: `Delete the repeated “${word}”` },
        edits: [{ start: at + length, end, newText: '' }],
        preferred: true,
        safe: true,
      },
    ],
  };
}

function check({ text }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  let runEnd = 0;
  for (let at = 0; at < text.length - 1; at++) {
    const code = text.charCodeAt(at);
    if (!isHanCode(code)) {
      if (DOUBLE_PUNCTUATION.has(code) && text.charCodeAt(at + 1) === code && text.charCodeAt(at + 2) !== code && text.charCodeAt(at - 1) !== code) {
        findings.push(finding(text, at, 1, 2));
        at += 1;
      }
      continue;
    }
    if (runEnd <= at) {
      runEnd = hanRunEnd(text, at);
    }
    const length = doubledLength(text, at, runEnd);
    if (length === 0) {
      continue;
    }
    const copies = copiesAt(text, at, length);
    if (isSlip(text, at, length, copies)) {
      findings.push(finding(text, at, length, copies));
      at += copies * length - 1;
    }
  }
  return findings;
}

export const doubledWordRule = defineRule({
  id: 'doubled-word',
  defaultSeverity: 'warning',
  check,
  settings: [],
});
