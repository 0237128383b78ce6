// A token trie over every curated surface form (names, aliases, role phrases, places, outlets),
// matched greedily longest-first: "Secretary of State John Kerry" is found as the role phrase
// and the name, never as "State" or "John". One walk per token keeps the stage linear in text.
import { isAllCaps, tokenize, type Token } from './tokens.ts';

/**
 * exact: every token as written (single words: "US" is not "us", "Kerry" is not "KERRY").
 * loose: case-insensitive, but acronyms in the phrase must match exactly and an all-caps word
 * in the text never matches a mixed-case phrase (so a dateline "UNITED NATIONS" is skipped).
 */
export type CaseMode = 'exact' | 'loose';

interface Node<E> {
  readonly next: Map<string, Node<E>>;
  readonly terminals: { readonly phrase: readonly string[]; readonly mode: CaseMode; readonly entry: E }[];
}

export interface TrieMatch<E> {
  readonly startToken: number;
  /** Exclusive. */
  readonly endToken: number;
  readonly entries: readonly E[];
}

const newNode = <E>(): Node<E> => ({ next: new Map(), terminals: [] });

export class PhraseTrie<E> {
  private readonly root = newNode<E>();

  add(phrase: string, entry: E, mode: CaseMode): void {
    const words = tokenize(phrase).map((token) => token.text);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      const key = word.toLowerCase();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    }
    node.terminals.push({ phrase: words, mode, entry });
  }

  /** The longest phrase starting at `start` whose case rules hold, or null. */
  matchAt(tokens: readonly Token[], start: number): TrieMatch<E> | null {
    let node: Node<E> | undefined = this.root;
    let best: TrieMatch<E> | null = null;
    for (let i = start; i < tokens.length; i += 1) {
      node = node.next.get(tokens[i]!.key);
      if (!node) break;
      if (node.terminals.length === 0) continue;
      // A plain loop: this runs at every word that starts a curated phrase, and the filter-then-map
      // it replaces built two arrays each time, most of them for nothing.
      let entries: E[] | null = null;
      for (const t of node.terminals) {
        if (!isCaseMatchAll(t.phrase, tokens, start, t.mode)) continue;
        (entries ??= []).push(t.entry);
      }
      if (entries) best = { startToken: start, endToken: i + 1, entries };
    }
    return best;
  }
}

function isCaseMatchAll(phrase: readonly string[], tokens: readonly Token[], start: number, mode: CaseMode) {
  for (let k = 0; k < phrase.length; k++)
    if (!isCaseMatch(phrase[k]!, tokens[start + k]!.text, mode)) return false;
  return true;
}

function isCaseMatch(phraseWord: string, textWord: string, mode: CaseMode): boolean {
  if (mode === 'exact' || isAllCaps(phraseWord)) return phraseWord === textWord;
  return !isAllCaps(textWord);
}
