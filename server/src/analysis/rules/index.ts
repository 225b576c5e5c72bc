import { placeholderRule } from './placeholder';
import type { Rule } from './rule';
import { webResidueRule } from './web-residue';

/** Every rule, in the order their findings are reported. */
export const RULES: readonly Rule[] = [placeholderRule, webResidueRule];
