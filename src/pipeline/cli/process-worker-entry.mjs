// Worker threads do not inherit tsx's loader from the main thread, so the worker starts
// here, registers tsx for itself, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./process-worker.ts');
