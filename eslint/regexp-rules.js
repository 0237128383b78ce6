// eslint-plugin-regexp rules for code that runs patterns over untrusted text (the pipeline reads
// any article it is given). The two super-linear rules are the point: a pattern whose quantifiers
// can trade characters (/\s*\s*$/) or that re-scans a run from every start (/\s+$/ on a long run
// of spaces followed by a letter) takes seconds to hours on a hostile article. The others catch
// patterns that do not mean what they say (an alternative that can never match, an assertion that
// contradicts its neighbour, an invalid or obscure range). Purely stylistic rules of the
// plugin's recommended set are left out: they would churn many working patterns for no gain.

/** @type {import('eslint').Linter.RulesRecord} */
export const REGEXP_RULES = {
  'regexp/no-super-linear-backtracking': 'error',
  'regexp/no-super-linear-move': 'error',
  'regexp/no-dupe-disjunctions': 'error',
  'regexp/optimal-quantifier-concatenation': 'error',
  'regexp/no-misleading-capturing-group': 'error',
  'regexp/no-contradiction-with-assertion': 'error',
  'regexp/no-useless-assertions': 'error',
  'regexp/no-optional-assertion': 'error',
  'regexp/no-lazy-ends': 'error',
  'regexp/no-useless-quantifier': 'error',
  'regexp/no-zero-quantifier': 'error',
  'regexp/no-empty-alternative': 'error',
  'regexp/no-empty-group': 'error',
  'regexp/no-empty-capturing-group': 'error',
  'regexp/no-empty-character-class': 'error',
  'regexp/no-empty-lookarounds-assertion': 'error',
  'regexp/no-invalid-regexp': 'error',
  'regexp/no-obscure-range': 'error',
  'regexp/no-misleading-unicode-character': 'error',
  'regexp/no-useless-backreference': 'error',
  'regexp/no-potentially-useless-backreference': 'error',
  'regexp/no-missing-g-flag': 'error',
  'regexp/no-escape-backspace': 'error',
  'regexp/match-any': 'error',
  'regexp/strict': 'error',
};
