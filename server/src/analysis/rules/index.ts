import { addresseeRule } from './addressee';
import { announcedCountRule } from './announced-count';
import { attachmentNoteRule } from './attachment-note';
import { closingPhraseRule } from './closing-phrase';
import { dateFormatRule } from './date-format';
import { documentNumberRule } from './document-number';
import { documentTitleRule } from './document-title';
import { minutesAttendanceRule } from './minutes-attendance';
import { requestMatterRule } from './request-matter';
import { weekdayRule } from './weekday';
import { doubledWordRule } from './doubled-word';
import { emptySectionRule } from './empty-section';
import { fullwidthPunctuationRule } from './fullwidth-punctuation';
import { enumerationOrderRule } from './enumeration-order';
import { headingLevelRule } from './heading-level';
import { headingMarkerRule } from './heading-marker';
import { headingNumberingRule } from './heading-numbering';
import { missingWordRule } from './missing-word';
import { numberUsageRule } from './number-usage';
import { overusedPhraseRule } from './overused-phrase';
import { placeholderRule } from './placeholder';
import { repeatedPhraseRule } from './repeated-phrase';
import { standardTermRule } from './standard-term';
import { typoRule } from './typo';
import { confusableRule } from './confusable';
import { redundancyRule } from './redundancy';
import type { Rule } from './rule';
import { webResidueRule } from './web-residue';

/** Every rule of gongwen, in the order their findings are reported. */
export const RULES: readonly Rule[] = [
  placeholderRule,
  webResidueRule,
  doubledWordRule,
  repeatedPhraseRule,
  overusedPhraseRule,
  headingNumberingRule,
  headingMarkerRule,
  headingLevelRule,
  announcedCountRule,
  enumerationOrderRule,
  emptySectionRule,
  typoRule,
  confusableRule,
  redundancyRule,
  standardTermRule,
  missingWordRule,
  fullwidthPunctuationRule,
  numberUsageRule,
  documentTitleRule,
  documentNumberRule,
  addresseeRule,
  requestMatterRule,
  closingPhraseRule,
  attachmentNoteRule,
  dateFormatRule,
  weekdayRule,
  minutesAttendanceRule,
];
