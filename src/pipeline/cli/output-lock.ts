// One writer at a time per output folder. The lock is a folder, .ingest.lock, inside the output
// folder, made by proper-lockfile (mkdir is atomic on every file system, including network ones).
// The holder touches it every second; a lock untouched for `staleMs` belongs to a run that was
// killed and is taken over, so a crash never blocks later builds for long.
import path from 'node:path';
import lockfile from 'proper-lockfile';

export const LOCK_NAME = '.ingest.lock';

export class OutputBusyError extends Error {
  override readonly name = 'OutputBusyError';
}

export interface LockOptions {
  /** How long to wait for another run to finish before giving up. */
  readonly waitMs: number;
  /** Age after which a lock whose holder stopped touching it is taken over (at least 2,000). */
  readonly staleMs?: number;
}

/** A held lock: `release` frees it; `isLost` is true once another run could have taken it. */
export interface HeldLock {
  readonly release: () => Promise<void>;
  readonly isLost: () => boolean;
}

const RETRY_EVERY_MS = 250;

export async function lockOutput(outDir: string, { waitMs, staleMs = 5000 }: LockOptions): Promise<HeldLock> {
  let lost = false;
  try {
    const release = await lockfile.lock(outDir, {
      lockfilePath: path.join(outDir, LOCK_NAME),
      stale: staleMs,
      update: 1000,
      retries: {
        retries: Math.ceil(waitMs / RETRY_EVERY_MS),
        factor: 1,
        minTimeout: RETRY_EVERY_MS,
        maxTimeout: RETRY_EVERY_MS,
      },
      // The holder could not touch the lock in time (the machine stalled): the writer checks
      // isLost() before its one visible step and gives up instead of racing the other run.
      onCompromised: () => {
        lost = true;
      },
    });
    return { release: () => release().catch(() => undefined), isLost: () => lost };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    throw new OutputBusyError(
      `Another ingest is writing to ${outDir} and did not finish within ${Math.round(waitMs / 1000)} s; ` +
        'try again when it has.',
    );
  }
}
