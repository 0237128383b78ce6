// Hostile query strings, shared by the url-state property test (thousands of runs in Node) and the
// security spec (a fixed-seed sample opened in the browser), so both attack the same surface.
// Strings are raw query text, as typed or pasted into the address bar: their "%" sequences are decoded
// once by the URL parser, and need not be valid.
import fc from 'fast-check';

const KEYS = ['event', 'actor', 'actors', 'types', 'q', 'from', 'to', 'lanes'] as const;

/** Values that attack display (markup, bidi, control characters), decoding, lists and limits. */
export const HOSTILE_VALUES: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '\u202Eevil\u200F\u061C\u2066',
  '\u0000\u0007\u001B[31m\u007F\u009F',
  '🕊️👩‍👩‍👧 שלום مرحبا',
  '\uD800',
  '\uDFFF\uD800x',
  '%uD800',
  '%ED%A0%80',
  '%F0%9F',
  '%C0%AF',
  '%',
  '%%',
  '%zz',
  '%00',
  '+',
  '__proto__',
  'constructor',
  'veto,VETO,veto,<b>',
  '9999-12-31',
  '2017-02-30',
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

const slugLike = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));
const day = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.integer({ min: 0, max: 99_999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const percentGarbage = fc
  .array(
    fc.oneof(fc.constantFrom('%', '%2', '%ZZ', '%E0%A4', '%ED%B0%80', '%FF', '%2C', '%26', '%3D'), codeUnit),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));
const longValue = fc
  .tuple(fc.constantFrom('a', 'a-', 'é', '\uD83D\uDD4A', '<', ','), fc.integer({ min: 100, max: 20_000 }))
  .map(([unit, times]) => unit.repeat(times));

const value = fc.oneof(
  { weight: 3, arbitrary: slugLike },
  { weight: 2, arbitrary: fc.constantFrom('veto', 'vote,veto', ' meeting ', 'type', 'actor', 'episode') },
  { weight: 2, arbitrary: day },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: percentGarbage },
  { weight: 1, arbitrary: longValue },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(slugLike, fc.constantFrom(...HOSTILE_VALUES)), { maxLength: 8 })
      .map((xs) => xs.join(',')),
  },
);
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.constantFrom('EVENT', 'event ', ' q', '__proto__', 'hasOwnProperty', '') },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 8 }) },
);

/** Whether a pair is written raw (as pasted) or percent-encoded (as a link generator would write it). */
function writePair(name: string, text: string, encoded: boolean): string {
  if (!encoded) return `${name}=${text}`;
  try {
    return `${encodeURIComponent(name)}=${encodeURIComponent(text)}`;
  } catch {
    return `${name}=${text}`; // lone surrogates cannot be percent-encoded; send them raw
  }
}

type Pair = [name: string, text: string, encoded: boolean];
const pair = fc.tuple(key, value, fc.boolean()).map((p): Pair[] => [p]);
// "from" and "to" only count together, so they are also generated as a pair.
const windowPairs = fc.tuple(day, day, fc.boolean()).map(([from, to, encoded]): Pair[] => [
  ['from', from, encoded],
  ['to', to, encoded],
]);

/** A whole query string, with or without "?", keys often repeated. */
export const hostileQuery: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('?', ''),
    fc.array(fc.oneof({ weight: 4, arbitrary: pair }, { weight: 1, arbitrary: windowPairs }), {
      maxLength: 6,
    }),
    fc.constantFrom('&', '&', '&', '&&', '&amp;', ';'),
  )
  .map(([prefix, groups, separator]) => {
    const pairs: Pair[] = groups.flat();
    return prefix + pairs.map(([name, text, encoded]) => writePair(name, text, encoded)).join(separator);
  });

/** Crafted queries for the browser, each aimed at one way a link could go wrong. */
export const CRAFTED_QUERIES: readonly string[] = [
  'event=<script>alert(1)</script>',
  'q=<img src=x onerror=alert(1)>',
  'actor=javascript:alert(1)',
  'q=javascript:alert(document.cookie)',
  'event="><svg onload=alert(1)>',
  `q=${encodeURIComponent('"><iframe src=javascript:alert(1)>')}`,
  'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  `q=${'x'.repeat(6_000)}`,
  `actors=${'a,'.repeat(3_000)}`,
  `event=${'a-'.repeat(2_000)}a`,
  'q=%E2%80%AEevil%E2%80%8F&event=%E2%80%AEevil',
  'q=%00%01%1B%7F',
  'q=%uD800&event=%ED%A0%80',
  'q=%F0%9F&actor=%C0%AF',
  'q=%&event=%%zz',
  'event=a&event=b&event=<script>alert(1)</script>',
  'types=veto,<b>bold</b>,veto,VETO',
  'from=2017-02-30&to=2016-01-01',
  'from=9999-12-31&to=99999-01-01',
  'lanes=<marquee>scroll</marquee>',
  '__proto__=x&constructor=y&q=toString',
  'q=🕊️👩‍👩‍👧 שלום مرحبا',
  'event=no-such-event&actor=no-such-actor&actors=nobody,nothing',
  '&&==&=&q==&event==#<script>alert(1)</script>',
  'lanes=type&types=veto,vote&from=2014-01-01&to=2018-01-01',
];
