// Names of one sentence that share the evidence that they are people's. A list is read as one:
// "three women, Romi Gonen, Emily Damari and Doron Steinbrecher," (the title before the first
// name vouches for all), and so are names owned in one sentence, "Canada's Mark Carney and
// Australia's Anthony Albanese announced" (the verb after the last vouches for the first).

export interface FoundName<T> {
  readonly item: T;
  /** Offsets of the name in the text. */
  readonly start: number;
  readonly end: number;
  /** Whether the sentence itself shows this name is a person's. */
  readonly evident: boolean;
  /** Owned by a state or a body: "Canada's Mark Carney". */
  readonly owned: boolean;
}

// Only commas and "and" between two names of a list.
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/** The items, in order, without evidence of their own that a name they share it with vouches for. */
export function getVouchedByOthers<T>(found: readonly FoundName<T>[], text: string): T[] {
  const evident = found.map((f) => f.evident);
  // Lists: evidence spreads both ways through the joins.
  let from = 0;
  for (let i = 1; i <= found.length; i += 1) {
    const joined = i < found.length && LIST_JOIN.test(text.slice(found[i - 1]!.end, found[i]!.start));
    if (joined) continue;
    if (evident.slice(from, i).some(Boolean)) evident.fill(true, from, i);
    from = i;
  }
  if (found.some((f, i) => f.owned && evident[i])) found.forEach((f, i) => (evident[i] ||= f.owned));
  return found.filter((f, i) => evident[i] && !f.evident).map((f) => f.item);
}
