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

/**
 * Takes whole fixes in document order, dropping any fix whose edits would touch an edit already taken
 * (two insertions at one point count as touching). Linear after the sort.
 */
function nonOverlapping(fixes: readonly Fix[]): OffsetEdit[] {
  const ordered = fixes
    .map((fix) => [...fix.edits].sort((a, b) => a.start - b.start))
    .filter((edits) => edits.length > 0)
    .sort((a, b) => (a[0] as OffsetEdit).start - (b[0] as OffsetEdit).start);
  const taken: OffsetEdit[] = [];
  let reached = -1;
  let insertedAt = -1;
  for (const edits of ordered) {
    if (!fitsAfter(edits, reached, insertedAt)) {
      continue;
    }
    for (const edit of edits) {
      taken.push(edit);
      reached = edit.end;
      insertedAt = edit.start === edit.end ? edit.start : -1;
    }
  }
  return taken;
}

/** Whether sorted edits follow one another, and the text already reached, without touching. */
function fitsAfter(edits: readonly OffsetEdit[], reached: number, insertedAt: number): boolean {
  for (const edit of edits) {
    const touches = edit.start < reached || (edit.start === edit.end && edit.start === insertedAt);
    if (touches) {
      return false;
    }
    insertedAt = edit.start === edit.end ? edit.start : -1;
    reached = edit.end;
  }
  return true;
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
