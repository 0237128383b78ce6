// Photo furniture: credit lines ("Flash 90", "(AFP Photo)", "Photo: …", "Jane Doe/Reuters")
// and picture captions ("X (L) speaks with Y (R) …"). Captions describe the picture, not the
// story, and are often cut off by the feed, so a sentence taken from one is never an event.
import { countWords } from './spaces.ts';

// Picture agencies and photo-desk words; a short line made only of these is a credit.
const AGENCY = String.raw`(?:afp|ap|associated press|reuters|getty(?: images)?|epa(?:-efe)?|efe|flash ?90|gpo|government press office|shutterstock|istock(?:photo)?|alamy|pool|wikimedia(?: commons)?|anadolu(?: agency)?|xinhua|upi|dpa|sipa(?: press)?|abaca(?:press)?|tps|wafa|bloomberg|zuma(?: press)?|imago)`;
const CREDIT_WORD = String.raw`(?:photos?|photograph|images?|pictures?|credit|courtesy(?: of)?|illustrative|file|via|by|handout|screenshot|screen ?capture)`;
const ONLY_CREDIT_WORDS = new RegExp(
  String.raw`^(?=.*\p{L})(?:[\s()[\]/|,:;.·•©-]|${AGENCY}\b|${CREDIT_WORD}\b)+$`,
  'iu',
);
// "Yonatan Sindel/Flash90", "Jane Doe / AFP via Getty Images".
const NAME_SLASH_AGENCY = new RegExp(String.raw`^[\p{L} .'’-]{2,40}\s*/\s*${AGENCY}\b`, 'iu');
// "Photo: …", "Photo by …", "Illustrative photo: …", "Pictured: …".
const CREDIT_PREFIX =
  /^(?:(?:file |illustrative |main |top )?(?:photo|photograph|image|picture|pic)(?: credit)?|credit|pictured|caption|above)\s*(?:by\b|:|[-–—])/i;
// A credit in brackets at the very end of a kept paragraph: "… in Paris. (Photo: Reuters)".
const TRAILING_CREDIT = /(?<!\s)\s*[([][^()[\]]*\b(?:photo|photograph|image|credit)\b[^()[\]]*[)\]]$/i;

// "(L)", "(R)", "(2nd L)", "(left)": where a person stands in the picture. Upper-case letters
// only, so list markers such as "(c)" in a quoted resolution are not mistaken for them.
const POSITION_MARKER = /\((?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C|[Ll]eft|[Rr]ight|[Cc]ent(?:er|re))\)/g;
// The present tense of a caption ("speaks with", "poses") against the past tense of a report.
const PICTURE_WORDS =
  /\b(?:speaks?|talks?|shakes? hands|poses?|posing|gestures?|looks? on|listens?|waves?|smiles?|arrives?|attends?|takes? part|sits?|stands?|walks?|pictured|(?:is|are) seen|family (?:picture|photo)|(?:in this|file) (?:photo|picture|image))\b/i;
// The feed cut the caption off mid-sentence: "… representatives from around 70 countries are …".
const TRUNCATED_END = /[\p{L}\p{N},]\s*(?:…|\.\.\.)$/u;

export function isPhotoCredit(line: string): boolean {
  const words = countWords(line);
  if (CREDIT_PREFIX.test(line)) return true;
  if (words > 8) return false;
  return ONLY_CREDIT_WORDS.test(line) || NAME_SLASH_AGENCY.test(line);
}

// Every line is asked: the patterns run only where they can match (a bracket for a position
// marker, the ellipsis TRUNCATED_END ends with, the bracket TRAILING_CREDIT ends with), and
// PICTURE_WORDS only where its answer decides.
export function isPhotoCaption(line: string): boolean {
  const positions = line.includes('(') ? (line.match(POSITION_MARKER)?.length ?? 0) : 0;
  if (positions > 1) return true;
  const truncated = (line.endsWith('…') || line.endsWith('...')) && TRUNCATED_END.test(line);
  if (positions === 1) return PICTURE_WORDS.test(line) || truncated;
  return truncated && PICTURE_WORDS.test(line);
}

/** Length of a bracketed photo credit that ends the line (0 when there is none). */
export function getTrailingCreditLength(line: string): number {
  if (!line.endsWith(')') && !line.endsWith(']')) return 0;
  const match = TRAILING_CREDIT.exec(line);
  // A line that is only a credit is removed whole by isPhotoCredit instead.
  return match && match.index > 0 ? match[0].length : 0;
}
