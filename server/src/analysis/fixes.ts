import type { Analysis } from './analyze';
import type { Finding, Fix, OffsetEdit } from './rules/rule';

/** The fixes "fix all" applies: each finding's first safe fix, skipping any that would overlap one already taken. */
export function fixAllEdits(analysis: Analysis, ruleId?: string): OffsetEdit[] {
  const fixes: Fix[] = [];
  for (const result of analysis.results) {
    if (ruleId !== undefined && result.rule.id !== ruleId) {
      continue;
    }
    for (const finding of result.findings) {
      const fix = safeFix(finding);
      if (fix) {
        fixes.push(fix);
      }
    }
  }
  return nonOverlapping(fixes);
}

export function safeFix(finding: Finding): Fix | undefined {
  return finding.fixes?.find((fix) => fix.safe && !fix.snippet);
}

/** Takes whole fixes in document order, dropping a fix any of whose edits touches an edit already taken. */
function nonOverlapping(fixes: readonly Fix[]): OffsetEdit[] {
  const ordered = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  const taken: OffsetEdit[] = [];
  for (const fix of ordered) {
    const clashes = fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)));
    if (!clashes) {
      taken.push(...fix.edits);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((edit) => edit.start));
}

function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  const bothInsertAtOnePoint = a.start === a.end && b.start === b.end && a.start === b.start;
  return (a.start < b.end && b.start < a.end) || bothInsertAtOnePoint;
}

/** Applies non-overlapping edits to `text`. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}
