// The import rule as the app's layers see it: features may use the shared UI layer, nothing else
// beside them, and the UI layer uses nothing of the app.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getViolation } from '../../../eslint/architecture-plugin.js';

const root = path.resolve(import.meta.dirname, '../../..');
const check = (from: string, to: string) => getViolation(path.join(root, from), path.join(root, to));

describe('import boundaries around src/app/ui', () => {
  it.each([
    ['src/app/features/event/event-panel.tsx', 'src/app/ui/panel-frame.tsx'],
    ['src/app/shell/app-shell.tsx', 'src/app/ui/index.ts'],
    ['src/app/ui/menu.tsx', 'src/app/ui/use-dismiss.ts'],
    ['src/app/ui/family-mark.tsx', 'src/domain/event-types.ts'],
  ])('%s may import %s', (from, to) => {
    expect(check(from, to)).toBeNull();
  });

  it.each([
    ['src/app/features/event/event-panel.tsx', 'src/app/shell/ui-store.ts', 'only src/app/ui is shared'],
    ['src/app/features/event/event-panel.tsx', 'src/app/features/actor/index.ts', 'do not import each other'],
    ['src/app/ui/menu.tsx', 'src/app/features/export/index.ts', 'imports nothing else from the app'],
    ['src/app/ui/menu.tsx', 'src/app/shell/app-shell.tsx', 'imports nothing else from the app'],
  ])('%s may not import %s', (from, to, reason) => {
    expect(check(from, to)).toContain(reason);
  });
});
