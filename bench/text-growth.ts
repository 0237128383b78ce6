// npm run bench:growth [-- --from 10000 --to 2000000 --runs 1 --only spaces,digits]
// Time per character of each per-article stage as one hostile article grows (10 KB → 2 MB by
// default, doubling): long runs of spaces, punctuation, quotes, capitals, digits, mixed scripts
// (src/pipeline/input/adversarial-texts.ts). Linear stages print a flat row; a pattern that
// backtracks shows as a row whose numbers grow with the size. Prints µs per KB and the ratio of
// the largest size's cost per character to the smallest's.
import { parseArgs } from 'node:util';
import { HOSTILE_RUNS, makeHostileArticle } from '../src/pipeline/input/adversarial-texts.ts';
import { STAGES, timeStages } from '../src/pipeline/input/stage-timings.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '10000' },
    to: { type: 'string', default: '2000000' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
const sizes: number[] = [];
for (let size = Number(values.from); size <= Number(values.to); size *= 2) sizes.push(size);
if (sizes.at(-1)! < Number(values.to)) sizes.push(Number(values.to));
const only = values.only?.split(',');
const runs = HOSTILE_RUNS.filter((run) => !only || only.includes(run.name));

const kb = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)}MB` : `${Math.round(n / 1000)}KB`);
console.log(`µs per KB of text, least of ${values.runs} run(s); "ratio" = largest size's µs/KB ÷ smallest's`);
console.log(
  `${'input'.padEnd(18)}${'stage'.padEnd(11)}${sizes.map((s) => kb(s).padStart(8)).join('')}   ratio`,
);
// Warm the JIT and the gazetteer so the first row is not charged for them.
timeStages(makeHostileArticle(HOSTILE_RUNS[0]!, 10_000), 1);
for (const run of runs) {
  const perKb = new Map(STAGES.map((stage) => [stage, [] as number[]]));
  for (const size of sizes) {
    const text = makeHostileArticle(run, size);
    const ms = timeStages(text, Number(values.runs));
    for (const stage of STAGES) perKb.get(stage)!.push((ms[stage] * 1000) / (text.length / 1000));
  }
  for (const stage of STAGES) {
    const row = perKb.get(stage)!;
    const ratio = row.at(-1)! / Math.max(row[0]!, 1);
    console.log(
      `${(stage === 'clean' ? run.name : '').padEnd(18)}${stage.padEnd(11)}` +
        `${row.map((us) => us.toFixed(0).padStart(8)).join('')}   ${ratio.toFixed(1)}`,
    );
  }
}
