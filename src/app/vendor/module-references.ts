// Which top-level names of a module refer to which, and so which a bundler must keep: how the
// vendor trims' tests show that the code they blank or stub is unreachable from what the app uses.
import type { ESTree } from 'vite';

/** An ESTree node of any type, for walking without a switch over every type. */
export type AnyNode = { type: string; [key: string]: unknown };
const isNode = (value: unknown): value is AnyNode =>
  typeof value === 'object' && value !== null && typeof (value as AnyNode).type === 'string';
const FUNCTIONS = ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'];

function getChildren(node: AnyNode): AnyNode[] {
  return Object.entries(node)
    .filter(([key]) => key !== 'parent')
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .filter(isNode);
}

/** Every node under `root` with its parent, depth first. */
export function* walk(root: object, parent: AnyNode | null = null): Generator<[AnyNode, AnyNode | null]> {
  if (!isNode(root)) return;
  yield [root, parent];
  for (const child of getChildren(root)) yield* walk(child, root);
}

/** Names a binding pattern declares: `a`, `{ a, b: [c] }`, `d = 1`, `...e`. */
function getPatternNames(pattern: AnyNode): string[] {
  if (pattern.type === 'Identifier') return [pattern.name as string];
  if (pattern.type === 'AssignmentPattern') return getPatternNames(pattern.left as AnyNode);
  if (pattern.type === 'RestElement') return getPatternNames(pattern.argument as AnyNode);
  if (pattern.type === 'ArrayPattern')
    return (pattern.elements as (AnyNode | null)[]).flatMap((e) => (e ? getPatternNames(e) : []));
  if (pattern.type === 'ObjectPattern')
    return (pattern.properties as AnyNode[]).flatMap((p) =>
      getPatternNames((p.type === 'RestElement' ? p : p.value) as AnyNode),
    );
  return [];
}

/** Names a function binds: its parameters, its own name, what its body (not a nested one's) declares. */
function getFunctionBindings(fn: AnyNode): Set<string> {
  const names = new Set((fn.params as AnyNode[]).flatMap(getPatternNames));
  if (fn.type === 'FunctionExpression' && fn.id) names.add((fn.id as AnyNode).name as string);
  const visit = (node: AnyNode) => {
    if (node.type === 'VariableDeclarator') getPatternNames(node.id as AnyNode).forEach((n) => names.add(n));
    if (node.type === 'CatchClause' && node.param)
      getPatternNames(node.param as AnyNode).forEach((n) => names.add(n));
    if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id)
      names.add((node.id as AnyNode).name as string);
    if (!FUNCTIONS.includes(node.type)) getChildren(node).forEach(visit);
  };
  if (isNode(fn.body)) visit(fn.body);
  return names;
}

/**
 * The top-level names `root` refers to: identifiers that are neither property names (`a.name`,
 * `{ name: 1 }`, method names) nor bound by an enclosing function (parameters, locals). Block
 * scopes count as their function's: a local in one block hides the name in the whole function,
 * which only matters for code that shadows a top-level name and uses it too.
 */
export function getReferencedNames(root: object): Set<string> {
  const names = new Set<string>();
  const visit = (node: AnyNode, parent: AnyNode | null, bound: ReadonlySet<string>) => {
    const scope = FUNCTIONS.includes(node.type) ? new Set([...bound, ...getFunctionBindings(node)]) : bound;
    if (node.type === 'Identifier' && !scope.has(node.name as string)) {
      const isPropertyName =
        (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
        (['Property', 'MethodDefinition', 'PropertyDefinition'].includes(parent?.type ?? '') &&
          parent!.key === node &&
          !parent!.computed &&
          !parent!.shorthand);
      if (!isPropertyName) names.add(node.name as string);
    }
    for (const child of getChildren(node)) visit(child, node, scope);
  };
  if (isNode(root)) visit(root, null, new Set());
  return names;
}

type Statement = ESTree.Program['body'][number];

/** Top-level names a statement declares (functions, classes, `const a = …`). */
export function getDeclaredNames(statement: Statement): string[] {
  if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration')
    return statement.id ? [statement.id.name] : [];
  if (statement.type === 'VariableDeclaration')
    return statement.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []));
  return [];
}

/**
 * The top-level names a bundler keeps: `imported` (what the app imports), what every statement
 * that always runs refers to (anything but a declaration, an import or an export), and what
 * those refer to in turn.
 */
export function getKeptNames(program: ESTree.Program, imported: readonly string[]): Set<string> {
  const declarations = new Map<string, object>();
  const roots = new Set(imported);
  for (const statement of program.body) {
    const declared = getDeclaredNames(statement);
    for (const name of declared) declarations.set(name, statement);
    const isModuleSyntax = statement.type === 'ImportDeclaration' || statement.type.startsWith('Export');
    if (declared.length === 0 && !isModuleSyntax)
      for (const name of getReferencedNames(statement)) roots.add(name);
  }
  const kept = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop()!;
    const declaration = declarations.get(name);
    if (kept.has(name) || !declaration) continue;
    kept.add(name);
    pending.push(...getReferencedNames(declaration));
  }
  return kept;
}
