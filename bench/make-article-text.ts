// Realistic article texts for the synthetic datasets: 3–6 KB of news prose each, made of filler
// sentences with the article's source sentences placed through it, so every event's quote is the
// text at its offsets (the schema's cross-check) and the reader highlights it as in a real article.
// Deterministic for a given random stream.

const PLACES = ['Geneva', 'New York', 'Paris', 'Cairo', 'Amman', 'Brussels', 'Vienna', 'Doha'];
const FILLER = [
  'Officials on both sides described the atmosphere as businesslike but tense.',
  'Diplomats said a draft text had been circulating among council members for several days.',
  'The statement did not say whether a date had been set for the next round of talks.',
  'Several delegations asked for more time to consult their capitals before any vote.',
  'Aides cautioned that no agreement was expected before the end of the month.',
  'The proposal would need the support of at least nine members and no veto to pass.',
  'Analysts said the move reflected growing frustration with the pace of negotiations.',
  'A spokesperson declined to comment on the details of the conversation.',
  'Humanitarian groups urged all parties to allow aid to reach civilians without delay.',
  'The meeting followed weeks of shuttle diplomacy by envoys from the region.',
  'Critics of the plan said it ignored the concerns of neighbouring states.',
  'Observers noted that the wording of the final communique had been softened overnight.',
  'Talks were expected to resume after consultations in {place} later in the week.',
  'According to people familiar with the discussions, the sticking point remained security guarantees.',
  'The foreign ministry in {place} issued a brief statement welcoming the initiative.',
  'Protesters gathered outside the venue in {place} as delegates arrived.',
];
const TAILS = [
  'officials said',
  'according to a statement released afterwards',
  'a senior diplomat told reporters',
  'in a meeting that lasted several hours',
  'as pressure mounted for a ceasefire',
];

/** The sentence an event is read from, e.g. "Actor 3 met Actor 41 in Geneva on Monday, officials said." */
export function makeSourceSentence(
  agent: string,
  target: string | null,
  random: () => number,
  dateText: string,
) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const verb = target ? `met ${target}` : 'spoke to reporters';
  return `${agent} ${verb} in ${pick(PLACES)} ${dateText}, ${pick(TAILS)}.`;
}

export interface MadeText {
  readonly text: string;
  readonly paragraphs: { start: number; end: number }[];
  /** Where each quote went, in the order given. */
  readonly spans: { start: number; end: number }[];
}

/**
 * A title line (left out of the kept paragraphs, like boilerplate) and paragraphs of 2–5 sentences
 * until the text is 3,000–6,000 characters long, each quote placed once, spread through it.
 */
export function makeArticleText(title: string, quotes: readonly string[], random: () => number): MadeText {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const length = 3000 + Math.floor(random() * 3000);
  let text = `${title}\n\n`;
  const paragraphs: { start: number; end: number }[] = [];
  const spans: { start: number; end: number }[] = [];
  let next = 0; // the next quote to place
  while (text.length < length || next < quotes.length) {
    const start = text.length;
    const sentences = 2 + Math.floor(random() * 4);
    for (let s = 0; s < sentences; s++) {
      if (s > 0) text += ' ';
      // Quote k goes in once the text has passed (k + 1) / (quotes + 1) of its length.
      const due = next < quotes.length && text.length >= ((next + 1) / (quotes.length + 1)) * length;
      if (due || (text.length >= length && next < quotes.length)) {
        spans.push({ start: text.length, end: text.length + quotes[next]!.length });
        text += quotes[next++]!;
      } else {
        text += pick(FILLER).replace('{place}', pick(PLACES));
      }
    }
    paragraphs.push({ start, end: text.length });
    text += '\n\n';
  }
  return { text, paragraphs, spans };
}
