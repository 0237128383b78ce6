// Turns scores into the text the test prints and report.ts shows. Pure.
import type { EmittedEvent, Miss, QualityScore } from './score.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

/** One row per corpus: "seeds   date recall 38/41 92.7% …". */
export function formatTable(rows: readonly { name: string; score: QualityScore }[]): string {
  const header = [
    'corpus'.padEnd(8),
    'date recall'.padStart(16),
    'date precision'.padStart(16),
    'type acc.'.padStart(14),
    'actor recall'.padStart(16),
    'boilerplate'.padStart(12),
  ].join(' ');
  const lines = rows.map(({ name, score: s }) =>
    [
      name.padEnd(8),
      `${s.found}/${s.happenings}`.padStart(8) + pct(s.dateRecall).padStart(8),
      `${s.eventsCorrect}/${s.eventsEmitted}`.padStart(8) + pct(s.datePrecision).padStart(8),
      `${s.typeMatches}/${s.found}`.padStart(6) + pct(s.typeAccuracy).padStart(8),
      `${s.linkedActors}/${s.namedActors}`.padStart(8) + pct(s.actorRecall).padStart(8),
      String(s.boilerplatePeople.length).padStart(12),
    ].join(' '),
  );
  return [header, ...lines].join('\n');
}

const range = (e: { date: string; endDate?: string | undefined }) =>
  e.endDate ? `${e.date}..${e.endDate}` : e.date;

function formatEvent(e: EmittedEvent): string {
  return `${range(e)} ${e.type} [${e.actorIds.join(', ')}] "${e.dateText}"`;
}

function formatMiss(m: Miss): string {
  const h = m.happening;
  const near = m.nearEvents.map((e) => `\n      near: ${formatEvent(e)}`).join('');
  return `  MISS ${m.file} ${range(h)} ${h.type} [${h.actors.join(', ')}]\n      “${h.evidence}”${near}`;
}

function formatFalsePositive(e: EmittedEvent): string {
  return `  FALSE POSITIVE ${e.file} ${formatEvent(e)}\n      “${e.sentence.replace(/\s+/g, ' ').trim()}”`;
}

/** Every miss, false positive, unlinked actor and boilerplate person, one block each. */
export function formatFindings(name: string, score: QualityScore): string {
  const sections = [
    `== ${name}: ${score.misses.length} misses, ${score.falsePositives.length} false positives`,
    ...score.misses.map(formatMiss),
    ...score.falsePositives.map(formatFalsePositive),
    ...score.unlinkedActors.map((a) => `  UNLINKED ACTOR ${a}`),
    ...score.boilerplatePeople.map((b) => `  BOILERPLATE ${b}`),
  ];
  return sections.join('\n');
}
