// Turns a file-system error from reading the input or writing the output into one sentence that
// names the path and the problem, for the command line (never a stack trace).
import { OutputBusyError } from './output-lock.ts';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path has a loop of symbolic links',
  EMFILE: 'too many files are open',
};

/** "Cannot write the dataset to out/: out/ is a file, not a folder." */
export function describeWriteError(error: unknown, outDir: string): string {
  if (error instanceof OutputBusyError) return error.message;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason =
    code === 'EEXIST' || code === 'ENOTDIR'
      ? `${outDir} or a folder above it is a file, not a folder`
      : (REASONS[code] ?? (error as Error).message);
  return `Cannot write the dataset to ${outDir}: ${reason}; any earlier dataset there is unchanged.`;
}

/** "Cannot read in/: no such folder." */
export function describeReadError(error: unknown, inputDir: string): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason =
    code === 'ENOENT'
      ? 'no such folder'
      : code === 'ENOTDIR'
        ? 'it is a file, not a folder'
        : (REASONS[code] ?? (error as Error).message);
  return `Cannot read ${inputDir}: ${reason}.`;
}
