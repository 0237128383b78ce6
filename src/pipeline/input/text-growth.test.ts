// Every per-article stage takes time in proportion to the text, whatever the text is made of: on
// long runs of spaces, tabs, no-break spaces, punctuation, quotes, capitals, digits and mixed
// scripts, the CPU time per character at 256 KB stays within a small factor of that at 16 KB. A pattern that backtracks quadratically would make that factor about 16
// (the sizes' ratio), an exponential one far more. A ratio, not an absolute time, so a slow
// machine does not fail the test; the least of a few runs is compared, as a stray pause only
// ever makes a run slower, and a stage over the bound is measured once more (a busy machine's
// garbage collector can double one measurement; it cannot make a linear stage look quadratic
// twice). `npm run bench:growth` prints the whole curve up to 2 MB.
import { describe, expect, it } from 'vitest';
import { HOSTILE_RUNS, makeHostileArticle } from './adversarial-texts.ts';
import { STAGES, timeStages } from './stage-timings.ts';

const SMALL = 16_000;
const LARGE = 256_000;
/** Linear stages measure 0.5–3 here, quadratic ones 16 and more. */
const MAX_RATIO = 6;
/** Below this a stage's time is mostly timer noise; such stages are given this time instead. */
const FLOOR_MS = 2;

/** Time per character at LARGE over time per character at SMALL, for each stage. */
function getGrowthRatios(text: (chars: number) => string) {
  const small = text(SMALL);
  const large = text(LARGE);
  const smallMs = timeStages(small, 5);
  const largeMs = timeStages(large, 2);
  return Object.fromEntries(
    STAGES.map((stage) => {
      const perCharSmall = Math.max(smallMs[stage], FLOOR_MS) / small.length;
      const perCharLarge = Math.max(largeMs[stage], (FLOOR_MS * large.length) / small.length) / large.length;
      return [stage, Number((perCharLarge / perCharSmall).toFixed(2))];
    }),
  );
}

describe('time per character stays flat as a hostile article grows 16 KB → 256 KB', () => {
  timeStages(makeHostileArticle(HOSTILE_RUNS[0]!, SMALL), 1); // Load the gazetteer and model first.

  it.each(HOSTILE_RUNS.map((run) => [run.name, run] as const))(
    '%s',
    (_name, run) => {
      const text = (chars: number) => makeHostileArticle(run, chars);
      let ratios = getGrowthRatios(text);
      if (Object.values(ratios).some((ratio) => ratio > MAX_RATIO)) {
        const again = getGrowthRatios(text);
        ratios = Object.fromEntries(STAGES.map((stage) => [stage, Math.min(ratios[stage]!, again[stage]!)]));
      }
      const slow = Object.entries(ratios).filter(([, ratio]) => ratio > MAX_RATIO);
      expect(slow, JSON.stringify(ratios)).toEqual([]);
    },
    120_000,
  );
});

describe('the measure itself', () => {
  it('sees a quadratic pattern: an end-anchored run of spaces scanned from every start', () => {
    // The very pattern the lint rule forbids everywhere else, kept here as the measure's control.
    // eslint-disable-next-line regexp/no-super-linear-move
    const quadratic = (chars: number) => /\s+$/.test(`${' '.repeat(chars)}x`);
    const perChar = (chars: number) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        quadratic(chars);
        best = Math.min(best, performance.now() - start);
      }
      return best / chars;
    };
    // 1,000 → 16,000 characters: a linear pattern would give about 1, this one about 16.
    expect(perChar(16_000) / perChar(1_000)).toBeGreaterThan(MAX_RATIO);
  });
});
