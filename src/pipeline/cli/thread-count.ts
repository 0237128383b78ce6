// How many threads process articles when the command line does not say. A worker helps only if
// a core would otherwise be idle, and only for an input large enough to repay its start-up:
// - it takes about a second to start (modules and the wink model, worker-bundle.ts), then runs
//   the pipeline cold for its first few hundred articles (each thread compiles the code for
//   itself), at up to twice the warm time per article: with most of two cores free, 800
//   articles took 3.4–4.1 s on two threads against 3.0–3.7 s on one;
// - on a machine whose cores are busy with other work, a second thread only shares this one's
//   core: on the project's two-core machine, with other processes keeping it at a load of 3–5,
//   two threads ingested 2,000 articles at 109 articles/s and one at 163 (switching between
//   threads, and each thread loading and compiling the pipeline itself, cost CPU time).
// So the load of other work decides: one thread per core it does not wholly take (cores − load,
// rounded up), at least one. That load is measured, not taken from the 1-minute load average
// alone: the average also counts this process's own work (the run before it, in a benchmark, or
// the tsx start-up), and rounding it to the nearest, as `make --load-average` does, kept an idle
// two-core machine on one thread. The CPU time the system spent busy since this module loaded (or
// since the last count), less this process's own, is the other work; over less than a fifth of a
// second that says little, and the load average is used instead. Where the system reports no load
// (Windows), every core counts as idle.
import os from 'node:os';

export const MIN_ARTICLES_FOR_WORKERS = 1000;

export interface Machine {
  readonly cores: number;
  /** Cores' worth of other processes' work, recently. */
  readonly load: number;
}

/** Shortest span of measured CPU time to go by, in milliseconds. */
const MIN_SAMPLE_MS = 200;

interface Sample {
  readonly at: number;
  readonly busy: number;
  readonly idle: number;
  readonly own: number;
}

const takeSample = (): Sample => {
  let busy = 0;
  let idle = 0;
  for (const { times } of os.cpus()) {
    busy += times.user + times.nice + times.sys + times.irq;
    idle += times.idle;
  }
  const { user, system } = process.cpuUsage();
  return { at: performance.now(), busy, idle, own: (user + system) / 1000 };
};

let last = takeSample();

/** Other processes' work over the span since the last sample, in cores; null if it is too short. */
function getOtherLoad(cores: number): number | null {
  const now = takeSample();
  const [then, wall] = [last, now.at - last.at];
  last = now;
  const ticks = now.busy - then.busy + (now.idle - then.idle);
  if (wall < MIN_SAMPLE_MS || ticks <= 0) return null;
  const busyCores = (cores * (now.busy - then.busy)) / ticks;
  return Math.max(0, busyCores - (now.own - then.own) / wall);
}

const getMachine = (): Machine => {
  const cores = os.availableParallelism();
  return { cores, load: getOtherLoad(cores) ?? os.loadavg()[0] ?? 0 };
};

/** `requested` (from --workers) wins; otherwise one per core other work leaves, or 1 for a small input. */
export function getThreadCount(
  articles: number,
  requested?: number,
  { cores, load }: Machine = getMachine(),
): number {
  if (requested !== undefined) return requested;
  if (articles < MIN_ARTICLES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(cores, Math.ceil(cores - load)));
}
