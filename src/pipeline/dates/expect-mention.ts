// Shared by the stage 3 tests: run findDates on a few sentences and check one expression.
import { expect } from 'vitest';
import { getPrecisionOf } from '../../domain/partial-date.ts';
import { findDates } from '../03-dates.ts';
import type { DateMention } from '../types.ts';
import { toTestSentences } from './test-sentences.ts';

/** What a table row expects; date is cut to its precision, so it states the precision too. */
export interface Expected {
  readonly date: string;
  readonly endDate?: string;
  readonly tense?: DateMention['tense'];
  readonly kind?: DateMention['kind'];
  readonly anchoredTo?: DateMention['anchoredTo'];
  readonly background?: boolean;
}

export function findIn(text: string, published: string): DateMention[] {
  return findDates(text, toTestSentences(text), published);
}

export function expectMention(text: string, published: string, expression: string, expected: Expected): void {
  const mentions = findIn(text, published);
  const mention = mentions.find((m) => m.text === expression);
  expect(mention, `"${expression}" in ${JSON.stringify(mentions.map((m) => m.text))}`).toBeDefined();
  if (!mention) return;
  expect(text.slice(mention.start, mention.end)).toBe(expression);
  expect(mention.date).toBe(expected.date);
  expect(mention.precision).toBe(getPrecisionOf(expected.date));
  expect(mention.endDate).toBe(expected.endDate);
  if (expected.tense) expect(mention.tense).toBe(expected.tense);
  if (expected.kind) expect(mention.kind).toBe(expected.kind);
  if (expected.anchoredTo) expect(mention.anchoredTo).toBe(expected.anchoredTo);
  if (expected.background !== undefined) expect(mention.background ?? false).toBe(expected.background);
}
