import { TYPO_LISTS } from '../data/typos';
import { memoized } from '../locale';
import { dropOverlaps } from '../model/spans';
import { WordMatcher } from '../model/word-matcher';
import type { Settings } from '../settings';
import type { Finding } from '../vocabulary';
import { PhraseTable, type PhraseEntry, type PhraseMatch } from './phrase-table';
import { changeTo, defineRule, type RuleContext } from './rule';

type TypoSettings = Pick<Settings, 'typos' | 'allowWords'>;

/** The built-in pairs: one table for the rule's lifetime, scanned with confusable's and redundancy's. */
const BUILT_IN = new PhraseTable(TYPO_LISTS.flatMap((list) => Object.entries(list.pairs).map(([phrase, right]) => ({ phrase, right }))));

interface OfficeWords {
  /** The office's own pairs (`gongwen.typos`), which win over a built-in pair for the same wrong form. */
  readonly typos: PhraseTable<PhraseEntry> | undefined;
  /** The user's words that are never flagged, nor any typo overlapping them. */
  readonly allowed: WordMatcher;
}

function officeWordsOf(settings: TypoSettings): OfficeWords {
  const entries = Object.entries(settings.typos).map(([phrase, right]) => ({ phrase, right }));
  return { typos: entries.length > 0 ? new PhraseTable(entries, 'alone') : undefined, allowed: new WordMatcher([...settings.allowWords]) };
}

/** Built once per settings: an analyzer gives each rule one settings object for its lifetime. */
const officeWords = new WeakMap<TypoSettings, OfficeWords>();

/** The office's matches first, so that where both tables match the same text, the office's pair is kept. */
function typoMatches(text: string, office: OfficeWords): PhraseMatch<PhraseEntry>[] {
  const builtIn = BUILT_IN.matches(text);
  return office.typos ? dropOverlaps([...office.typos.matches(text), ...builtIn]) : builtIn;
}

const messageOf = memoized((pair) => {
  const [wrong, right] = pair.split('\t') as [string, string];
  return { zh: `错别字：“${wrong}”应为“${right}”`, en: `Misspelt: “${wrong}” should be “${right}”` };
});

function check({ text }: RuleContext, settings: TypoSettings): Finding[] {
  let office = officeWords.get(settings);
  if (!office) {
    office = officeWordsOf(settings);
    officeWords.set(settings, office);
  }
  const allowed = office.allowed.matches(text);
  const matches = typoMatches(text, office);
  const findings: Finding[] = [];
  const longestAllowed = Math.max(0, ...settings.allowWords.map((word) => word.length));
  let nextAllowed = 0;
  for (const match of matches) {
    // Allowed words come in the order of their ends: skip those ending before this match, look at those
    // that could start before its end.
    while (nextAllowed < allowed.length && (allowed[nextAllowed] as { end: number }).end <= match.start) {
      nextAllowed++;
    }
    let covered = false;
    for (let k = nextAllowed; k < allowed.length && !covered; k++) {
      const word = allowed[k] as { start: number; end: number };
      if (word.end >= match.end + longestAllowed) {
        break;
      }
      covered = word.start < match.end && match.start < word.end;
    }
    if (covered) {
      continue;
    }
    const from = match.entry.phrase;
    const to = match.entry.right;
    findings.push({
      start: match.start,
      end: match.end,
      message: messageOf(`${from}\t${to}`),
      fixes: () => [changeTo(match.start, match.end, to, true)],
    });
  }
  return findings;
}

export const typoRule = defineRule({
  id: 'typo',
  defaultSeverity: 'warning',
  check,
  settings: ['typos', 'allowWords'],
});
