// A one-line excerpt of a source sentence for tooltips: whitespace folded, cut at a word
// boundary near `max` characters with an ellipsis, quoted.
//   "The US vetoed the draft on Friday, saying it was one-sided and would harm talks." (max 40)
//   → "“The US vetoed the draft on Friday…”"

export function getExcerpt(sentence: string, max = 140): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text === '') return '';
  if (text.length <= max) return `“${text}”`;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  // A word longer than half the line is cut inside it rather than leaving almost nothing.
  const kept = space > max / 2 ? cut.slice(0, space) : cut;
  return `“${kept.replace(/[\s,;:]+$/, '')}…”`;
}
