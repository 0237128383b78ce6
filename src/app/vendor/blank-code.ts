// Edits for vendor code that keep every other character where it was: a replaced range is
// overwritten in place (its line breaks kept, the rest padded with spaces), so the module's
// own source map still holds and a transform can return `map: null`.

export interface CodeEdit {
  readonly start: number;
  readonly end: number;
  /** What goes at the start of the range; must fit in it. Empty: the range is only blanked. */
  readonly text?: string;
}

/** `code` with each range overwritten. Ranges are in order and do not overlap. */
export function blankRanges(code: string, edits: readonly CodeEdit[]): string {
  let out = '';
  let from = 0;
  for (const { start, end, text = '' } of edits) {
    const blanked = code.slice(start, end).replace(/[^\n]/g, ' ');
    if (text.includes('\n') || text.length > blanked.search(/\n|$/))
      throw new Error(`"${text}" does not fit on the first line of the range it replaces`);
    out += code.slice(from, start) + text + blanked.slice(text.length);
    from = end;
  }
  return out + code.slice(from);
}
