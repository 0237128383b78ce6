// The news-quality table, one row per corpus, shared by the report script and the test's log.
import type { NewsScore } from './score-news.ts';

const COLUMNS: readonly [string, (s: NewsScore) => string][] = [
  ['happenings', (s) => String(s.happenings)],
  ['date recall', (s) => s.dateRecall.toFixed(2)],
  ['event recall', (s) => s.eventRecall.toFixed(2)],
  ['day-date precision', (s) => s.datePrecision.toFixed(2)],
  ['actor recall', (s) => s.actorRecall.toFixed(2)],
  ['who acted', (s) => s.agentRecall.toFixed(2)],
  ['type agrees', (s) => s.typeAgreement.toFixed(2)],
  ['junk', (s) => String(s.junk)],
  ['false vetoes', (s) => String(s.falseVetoes)],
  ['false claims', (s) => String(s.falseClaims)],
];

export function formatNewsTable(rows: readonly { name: string; score: NewsScore }[]): string {
  const header = `| corpus | ${COLUMNS.map(([title]) => title).join(' | ')} |`;
  const rule = `| --- | ${COLUMNS.map(() => '---').join(' | ')} |`;
  const lines = rows.map((r) => `| ${r.name} | ${COLUMNS.map(([, get]) => get(r.score)).join(' | ')} |`);
  return [header, rule, ...lines].join('\n');
}
