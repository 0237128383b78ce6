// Leaves vis-timeline's Graph2d (line and bar charts, which the app never draws) out of the
// bundle: about 13 KB gzip of the first view.
//
// vis-timeline ships one ES module holding both Timeline and Graph2d. Graph2d and the chart parts
// beneath it are old-style constructors set up by top-level statements (`LineGraph.prototype = new
// Component()`, `Line.draw = function …`). A bundler must keep such statements (they write to
// objects and call constructors), and they keep alive everything they name, so none of Graph2d was
// dropped though the app imports only `Timeline`. These statements are blanked (the constructors'
// declarations stay); then nothing uses the constructors and the bundler drops them as unused code.
//
// Safe because nothing outside these constructors refers to them: drop-graph2d.test.ts checks that
// against the installed vis-timeline, so an upgrade that changes it fails a test, not the page. The
// app must not import `Graph2d` or the `timeline` namespace, whose chart parts are left broken.
import type { ESTree } from 'vite';
import type { CodeEdit } from './blank-code.ts';

/** vis-timeline's chart-only constructors: Graph2d and what only Graph2d uses. */
export const GRAPH2D_ONLY: ReadonlySet<string> = new Set([
  'Graph2d',
  'LineGraph',
  'Legend',
  'GraphGroup',
  'Line',
  'Bargraph',
  'Points',
]);

/** `A.b.c` → "A"; anything not rooted at a plain name → null. */
function getRootName(node: ESTree.Node): string | null {
  let current = node;
  while (current.type === 'MemberExpression') current = current.object;
  return current.type === 'Identifier' ? current.name : null;
}

/** Blanks for the top-level `X.… = …` statements with X in GRAPH2D_ONLY. */
export function getGraph2dEdits(program: ESTree.Program): CodeEdit[] {
  return program.body
    .filter(
      (statement) =>
        statement.type === 'ExpressionStatement' &&
        statement.expression.type === 'AssignmentExpression' &&
        GRAPH2D_ONLY.has(getRootName(statement.expression.left) ?? ''),
    )
    .map(({ start, end }) => ({ start, end }));
}
