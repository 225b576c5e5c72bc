import { composeEdits } from './compose-edits';
import { countBefore } from './model/sorted';
import type { Analysis } from './analyze';
import type { Finding, Fix, OffsetEdit } from './vocabulary';

/** A fix fix-all may take, with its rule's priority where two fixes touch the same text. */
interface Candidate {
  readonly edits: readonly OffsetEdit[];
  readonly priority: number;
}

/**
 * The fixes "fix all" applies in one pass: each finding's first safe fix, skipping any that would overlap
 * one already taken; where two start at the same place, the rule with the higher fixPriority wins.
 */
export function fixAllEdits(analysis: Analysis, ruleId?: string): OffsetEdit[] {
  const candidates: Candidate[] = [];
  for (const result of analysis.results) {
    if (ruleId !== undefined && result.rule.id !== ruleId) {
      continue;
    }
    for (const finding of result.findings) {
      const fix = safeFix(finding);
      if (fix) {
        candidates.push({ edits: fix.edits, priority: result.rule.fixPriority ?? 0 });
      }
    }
  }
  return nonOverlapping(candidates);
}

export function safeFix(finding: Finding): Fix | undefined {
  return finding.fixes?.().find((fix) => fix.safe && !fix.snippet);
}

/**
 * Takes whole fixes in document order, dropping any fix with an edit that would touch an edit already taken
 * (two insertions at one point count as touching). A fix's edits may lie far apart (a renumbering of
 * 一、…三、): fixes between them are still taken when they touch none of its edits. The taken edits are
 * kept sorted; each check is a binary search, and inserting is at the end but for spread-out fixes.
 */
function nonOverlapping(candidates: readonly Candidate[]): OffsetEdit[] {
  const ordered = candidates
    .map(({ edits, priority }) => ({ edits: [...edits].sort((a, b) => a.start - b.start), priority }))
    .filter(({ edits }) => edits.length > 0)
    .sort((a, b) => (a.edits[0] as OffsetEdit).start - (b.edits[0] as OffsetEdit).start || b.priority - a.priority);
  const taken: OffsetEdit[] = [];
  for (const { edits } of ordered) {
    if (edits.every((edit, index) => index === 0 || !touches(edits[index - 1] as OffsetEdit, edit)) && edits.every((edit) => fits(taken, edit))) {
      for (const edit of edits) {
        taken.splice(insertionPoint(taken, edit), 0, edit);
      }
    }
  }
  return taken;
}

function touches(a: OffsetEdit, b: OffsetEdit): boolean {
  const bothInsertAtOnePoint = a.start === a.end && b.start === b.end && a.start === b.start;
  return bothInsertAtOnePoint || (a.start < b.end && b.start < a.end);
}

/** The index of the first taken edit that starts after `edit` (insertions before replacements at one point). */
function insertionPoint(taken: readonly OffsetEdit[], edit: OffsetEdit): number {
  return countBefore(taken, (other) => other.start < edit.start || (other.start === edit.start && other.end <= edit.end));
}

function fits(taken: readonly OffsetEdit[], edit: OffsetEdit): boolean {
  const at = insertionPoint(taken, edit);
  const before = taken[at - 1];
  const after = taken[at];
  return !(before && touches(before, edit)) && !(after && touches(after, edit));
}

/** Applies non-overlapping edits to `text`; at one offset an insertion lands before a replacement. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    pieces.push(text.slice(cursor, edit.start), edit.newText);
    cursor = edit.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

/** Passes of fix-all before it gives up looking for problems its own fixes made (的的的 → 的的 needs none; 三、四个三、四个 needs two). */
const MAX_FIX_PASSES = 4;

/**
 * Fix-all that fixing again would not change: the safe fixes of `analysis`, then those of the text
 * they make, and so on (at most MAX_FIX_PASSES passes), composed into one list of non-overlapping
 * edits of `text`. `reanalyse` analyses a text with the same settings.
 */
export function stableFixAllEdits(text: string, analysis: Analysis, reanalyse: (text: string) => Analysis): OffsetEdit[] {
  let edits = fixAllEdits(analysis);
  let current = applyEdits(text, edits);
  for (let pass = 1; pass < MAX_FIX_PASSES && edits.length > 0; pass++) {
    const next = fixAllEdits(reanalyse(current));
    if (next.length === 0) {
      break;
    }
    edits = composeEdits(current, edits, next);
    current = applyEdits(current, next);
  }
  return edits;
}
