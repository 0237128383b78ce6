// Furniture glued to the start of the first body paragraph: a metadata prefix left by the
// scraper (" date 2021-05-19 ") and a wire dateline ("UNITED NATIONS (AP) —"). Both are cut
// off the paragraph's start instead of removing the paragraph, since the story follows them.

/** A prefix to cut: `length` characters from the start of the line. */
export interface PrefixCut {
  readonly reason: 'metadata' | 'dateline';
  readonly length: number;
}

// Spelled case by case because the dateline pattern must stay case-sensitive (capitals mark a place).
const MONTH = String.raw`(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?`;
const CLOCK = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?`;
const DATE = String.raw`(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})`;
// "date 2021-05-19", "Published: May 19, 2021 10:04 am", "Updated 19 May 2021".
const METADATA = new RegExp(
  String.raw`^(?:date|published|updated|posted|last updated|first published)(?:\s+on)?\s*(?::\s*)?${DATE}${CLOCK}(?=\s|$)`,
  'i',
);

// "(AP)", "(Reuters)", "(PA)", "(JTA)": the agency, or its mangled initials.
const AGENCY = String.raw`\s*\(\p{Lu}[\p{L}-]{1,11}\)`;
// ", Jan. 15" or ", May 19, 2021" after the place, as AP and Reuters write it.
const DATELINE_DATE = String.raw`(?:,?\s+${MONTH}\s+\d{1,2}(?:,\s*\d{4})?)?`;
// Hyphens only count with spaces around them, so "TEL-AVIV" stays one word.
const DASH = String.raw`(?:\s*[—–―]|\s+-{1,2})\s*`;
// An all-capitals place: "JERUSALEM", "TEL AVIV", "WASHINGTON, D.C.", "GAZA CITY, Gaza Strip".
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?`;
// A mixed-case place only counts when an agency tag follows it: "Ramallah, West Bank (AFP) -".
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}.'’-]+(?:[\s,]+\p{Lu}[\p{L}.'’-]+){0,3}`;
const DATELINE = new RegExp(
  String.raw`^(?:${CAPS_PLACE}${DATELINE_DATE}(?:${AGENCY})?|${TITLE_PLACE}${DATELINE_DATE}${AGENCY})${DASH}(?=\S)`,
  'u',
);

/** Prefixes to cut from the start of a line, in order; [] when the line starts with text. */
export function getPrefixCuts(line: string): PrefixCut[] {
  const cuts: PrefixCut[] = [];
  let rest = line;
  const metadata = METADATA.exec(rest);
  if (metadata) {
    const length = metadata[0].length + (/^\s*/.exec(rest.slice(metadata[0].length))?.[0].length ?? 0);
    cuts.push({ reason: 'metadata', length });
    rest = rest.slice(length);
  }
  const dateline = DATELINE.exec(rest);
  if (dateline) cuts.push({ reason: 'dateline', length: dateline[0].length });
  return cuts;
}
