import { doubledWordRule } from './doubled-word';
import { overusedPhraseRule } from './overused-phrase';
import { placeholderRule } from './placeholder';
import { repeatedPhraseRule } from './repeated-phrase';
import type { Rule } from './rule';
import { webResidueRule } from './web-residue';

/** Every rule, in the order their findings are reported. */
export const RULES: readonly Rule[] = [placeholderRule, webResidueRule, doubledWordRule, repeatedPhraseRule, overusedPhraseRule];
