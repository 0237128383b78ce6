// Every step of the app benchmark is bounded: at 50,000 events vis-timeline has taken 20 s and more
// to draw, and a page stuck in a long task does not answer Playwright at all. A step that runs out
// of time is recorded as "timeout" and the run goes on, or stops if the page no longer answers.
import type { Page } from '@playwright/test';
import { errors } from '@playwright/test';

/** A measured value, or why there is none. */
export type Outcome = number | 'timeout' | 'skipped' | 'failed';

export class StepTimeout extends Error {}

/** Page times carry float noise (810.2000000001863): a tenth of a millisecond is plenty. */
export const round = (n: number) => Math.round(n * 10) / 10;

/** Rejects with StepTimeout after `ms`; the work itself may go on in the background. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(`${what}: no result after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** True when the page runs a trivial script within 10 s (it is not stuck in a long task). */
export async function isResponsive(page: Page): Promise<boolean> {
  try {
    await withTimeout(
      page.evaluate(() => 1),
      10_000,
      'responsiveness check',
    );
    return true;
  } catch {
    return false;
  }
}

/** Turns a failed step into an outcome; errors other than timeouts are reported once on stderr. */
export function toFailure(error: unknown, step: string): Outcome {
  if (error instanceof StepTimeout || error instanceof errors.TimeoutError) return 'timeout';
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`  ${step} failed: ${message}`);
  return 'failed';
}
