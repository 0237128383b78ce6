// A compact way to write an office term in the people files: term('us-president', '2009-01-20',
// '2017-01-19') reads like a table row and keeps the data files scannable.
import type { PersonData } from './gazetteer-schema.ts';

type Term = NonNullable<PersonData['offices']>[number];
type TermExtras = Pick<Term, 'acting' | 'approximate' | 'note'>;

export function term(role: string, start: string, end: string | null, extras: TermExtras = {}): Term {
  return { role, start, end, ...extras };
}
