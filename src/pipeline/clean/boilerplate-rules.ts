// Whole-line boilerplate that page scrapers leave around the article body. Every rule is a
// general pattern of web furniture (comment widgets, share bars, bylines, language links),
// never a seed's exact sentence; each is anchored to the whole line and most are limited to
// short lines, so a body sentence that merely mentions comments or sharing is kept.
import { isPhotoCaption, isPhotoCredit } from './photo-rules.ts';
import { countWords } from './spaces.ts';

export { countWords };

export interface LineRule {
  /** Recorded in RemovedSpan.reason. */
  readonly reason: string;
  readonly matches: (line: string) => boolean;
}

/** Body text ends a sentence; widget labels and names do not. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?][\s"'”’»)\]]*$/u.test(line) && !/(\.\.\.|…)$/.test(line);
}

const short = (maxWords: number, pattern: RegExp) => (line: string) =>
  countWords(line) <= maxWords && pattern.test(line);

// "Add Comment", "Comments 0", "Comments (12)", "3 comments", "Leave a comment", "Show comments".
const COMMENT_WIDGET =
  /^(?:(?:add|leave|post|write|submit|view|show|hide|load|read)(?:\s+(?:all|the|more))?\s+(?:a\s+|your\s+)?comments?|comments?(?:\s*(?:[:(]\s*)?\d+)?|\d+\s+comments?|be the first to comment|comments? (?:are|is) (?:closed|disabled)|join the (?:discussion|conversation))\W*$/i;
// Help text of a comment widget. Anchored on phrases a news sentence does not use ("having
// issues with commenting", "comment policy"), so "declined to comment on the issue" is kept.
const COMMENT_HELP =
  /\b(?:issues?|problems?|trouble|difficult(?:y|ies)|help)\s+(?:with\s+)?commenting\b|\blet us know\b.+\bcomment|\bcomment(?:s|ing)? (?:policy|guidelines|section|system)\b|\b(?:sign|log) ?in to (?:comment|post)\b|\bdisqus\b/i;

// Share bars and links to other articles: "Share this", "Share on Facebook", "Read more: …".
const SHARE_WIDGET =
  /^(?:share(?: this(?: article| story| post)?)?(?: on \w+)?|tweet(?: this)?|email(?: this)?|print(?: this)?|whatsapp|facebook|twitter|follow us(?: on \w+)?|subscribe)\W*$|^(?:sign up for (?:our|the) newsletter\b|subscribe to )/i;
const RELATED_LINK =
  /^(?:read more|related(?: articles?| stories| news| coverage| content)?|see also|also read|read also|more on this(?: story)?|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular))\s*(?::|[-–—]|$)|^(?:click here|continue reading)\b/i;
// A page's section label on a line of its own, above the headline: "ANALYSIS", "Opinion",
// "IN BRIEF | United Nations", "LIVE". It names the kind of piece, never the story, so the line
// after it is the headline. After a colon comes the headline itself ("Live: Council votes").
const SECTION_LABEL =
  /^(?:analysis|opinion|comment(?:ary)?|editorial|explainer|in brief|news in brief|briefing|live(?: updates| blog)?|exclusive|breaking(?: news)?|factbox|fact check|news analysis)(?:\s*[|›»/–—]\s*\p{L}+(?: \p{L}+){0,2})?$/iu;
const ADVERTISEMENT = /^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?)$/i;
// Navigation trails: "Home › News › World › Middle East", "News > World > Middle East", "Home / World
// / Europe". Two separators at least and short segments between them, so "Gaza - the war" is no trail.
function isBreadcrumb(line: string): boolean {
  const parts = line.split(/[›»>|]|\s\/\s/u).map((p) => p.trim());
  return parts.length >= 3 && parts.every((p) => p.length >= 1 && p.length <= 30);
}

// Bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Contact Editor",
// "Reporting by …; Editing by …", and a lone author line "Elad Benari," (a name and a comma).
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const BY_LINE = new RegExp(String.raw`^[Bb]y\s+${NAME}(?:\s*(?:,|and|&|\|).*)?$`, 'u');
const CONTACT_LINE = /^(?:contact|email|e-mail|follow)\s+(?:the\s+)?(?:editor|author|reporter|writer)\W*$/i;
const CREDITS_TRAILER = /^\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b/i;
const LONE_AUTHOR = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},$/u;

// Links to the same story in another language: "Read in Hebrew", "Lire en français".
const LANGUAGE_LINK =
  /^(?:(?:read|view|see)\s+(?:this\s+(?:article|story|news|page)\s+)?in\s+(?:arabic|hebrew|french|spanish|german|russian|english|persian|farsi|turkish|chinese)|(?:lire|lisez)\s+(?:cet article\s+)?en\s+(?:français|anglais|arabe|hébreu)|(?:leer|lea)\s+en\s+(?:español|inglés|árabe)|auf deutsch lesen|in english)\b/i;

/** A short line written mostly in Hebrew or Arabic script is a link to a translated page. */
const RTL_RANGES = '\\u0590-\\u05FF\\u0600-\\u06FF\\u0750-\\u077F\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';
const HAS_RTL_LETTER = new RegExp(`[${RTL_RANGES}]`, 'u');
const RTL_LETTERS = new RegExp(`[${RTL_RANGES}]`, 'gu');

export function isForeignScriptLine(line: string): boolean {
  // Cheap tests first: most lines are long or have no Hebrew or Arabic letter at all.
  if (countWords(line) > 12 || !HAS_RTL_LETTER.test(line)) return false;
  const letters = line.match(/\p{L}/gu) ?? [];
  const rtl = line.match(RTL_LETTERS) ?? [];
  return letters.length > 0 && rtl.length / letters.length >= 0.5;
}

/** Rules that judge a line on its own, in the order they are tried. */
export const LINE_RULES: readonly LineRule[] = [
  { reason: 'comment-prompt', matches: short(8, COMMENT_WIDGET) },
  { reason: 'comment-prompt', matches: short(25, COMMENT_HELP) },
  { reason: 'share-link', matches: short(10, SHARE_WIDGET) },
  { reason: 'related-link', matches: short(40, RELATED_LINK) },
  { reason: 'advertisement', matches: short(4, ADVERTISEMENT) },
  { reason: 'section-label', matches: short(6, SECTION_LABEL) },
  {
    reason: 'navigation',
    matches: (line) => countWords(line) <= 12 && isBreadcrumb(line) && !endsLikeSentence(line),
  },
  { reason: 'byline', matches: (line) => short(14, BY_LINE)(line) && !endsLikeSentence(line) },
  { reason: 'byline', matches: short(5, CONTACT_LINE) },
  { reason: 'byline', matches: short(30, CREDITS_TRAILER) },
  { reason: 'byline', matches: short(5, LONE_AUTHOR) },
  { reason: 'language-switch', matches: short(10, LANGUAGE_LINK) },
  { reason: 'language-switch', matches: isForeignScriptLine },
  { reason: 'photo-credit', matches: isPhotoCredit },
  { reason: 'photo-caption', matches: isPhotoCaption },
];

/** The reason the first matching rule gives, or null for a line to keep. */
export function getBoilerplateReason(line: string): string | null {
  return LINE_RULES.find((rule) => rule.matches(line))?.reason ?? null;
}
