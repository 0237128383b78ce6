// Leaves vis-timeline's Configurator (an options editor with a colour picker, shown only when the
// `configure` option is set) out of the bundle: about 6.5 KB gzip of the first view.
//
// Timeline builds it in one method, `_createConfigurator`, which Core.setOptions calls only when
// the options have a `configure` key. The app never sets one (timeline-options.ts; checked by
// drop-configurator.test.ts), but the bundler cannot know that, so the method's `return new
// Configurator(…)` kept Configurator, ColorPicker and their tables. The statement is replaced by a
// throw that says why; then nothing refers to them and the bundler drops them.
import type { ESTree } from 'vite';
import type { CodeEdit } from './blank-code.ts';

/** Replaces `return new Configurator(…)`; no longer than it, so no other code moves. */
export const CONFIGURATOR_LEFT_OUT = 'throw new Error("configure: not in this build (src/app/vendor)");';

/** The edit that swaps `Timeline#_createConfigurator`'s body for a throw; none if it is not there. */
export function getConfiguratorEdits(program: ESTree.Program): CodeEdit[] {
  const timeline = program.body.find(
    (statement): statement is ESTree.Class =>
      statement.type === 'ClassDeclaration' && statement.id?.name === 'Timeline',
  );
  const method = timeline?.body.body.find(
    (member): member is ESTree.MethodDefinition =>
      member.type === 'MethodDefinition' &&
      member.key.type === 'Identifier' &&
      member.key.name === '_createConfigurator',
  );
  const statements = method?.value.body?.body ?? [];
  if (statements.length === 0) return [];
  const first = statements[0]!;
  return [{ start: first.start, end: statements.at(-1)!.end, text: CONFIGURATOR_LEFT_OUT }];
}
