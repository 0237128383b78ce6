import * as visUtil from 'vis-util/esnext';
import { describe, expect, it } from 'vitest';
import type { AnyNode } from './module-references.ts';
import { walk } from './module-references.ts';
import { parseModule, readEsnextSource } from './vendor-source.ts';
import { visUtilAlias } from './vis-util-alias.ts';
import * as trimmed from './vis-util-for-timeline.ts';

interface VisUtilUse {
  /** Module specifiers it imports vis-util by. */
  readonly specifiers: string[];
  /** Names it takes from vis-util: imported by name, or read off the namespace (`util.x`). */
  readonly names: Set<string>;
  /** Uses of the namespace this test cannot follow (passed along, `util[key]`…), as source text. */
  readonly unknownUses: string[];
}

const getName = (node: AnyNode): string =>
  node.type === 'Identifier' ? (node.name as string) : String(node.value);
const isFromVisUtil = (node: AnyNode) =>
  ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration'].includes(node.type) &&
  String((node.source as AnyNode | null)?.value).startsWith('vis-util');
/** Where naming the namespace reads nothing from it: its import, and `{ ...util }`. */
const PASSIVE_PARENTS = ['ImportNamespaceSpecifier', 'SpreadElement', 'VariableDeclarator'];

/**
 * `import { a } from 'vis-util/…'` → a; `import * as util` → every `util.x`, and every `all.x` of an
 * object that spreads it (`const all = { ...util }`, which is what vis-timeline does).
 */
function getVisUtilUse(code: string): VisUtilUse {
  const program = parseModule(code) as unknown as AnyNode;
  const use: VisUtilUse = { specifiers: [], names: new Set(), unknownUses: [] };
  const holders = new Set<string>();
  const textOf = (node: AnyNode) => code.slice(node.start as number, node.end as number);
  for (const statement of (program.body as AnyNode[]).filter(isFromVisUtil)) {
    use.specifiers.push(String((statement.source as AnyNode).value));
    if (statement.type === 'ExportAllDeclaration') use.unknownUses.push(textOf(statement));
    for (const specifier of (statement.specifiers as AnyNode[] | undefined) ?? []) {
      if (specifier.type === 'ImportNamespaceSpecifier') holders.add(getName(specifier.local as AnyNode));
      else if (specifier.type === 'ImportSpecifier') use.names.add(getName(specifier.imported as AnyNode));
      else if (specifier.type === 'ExportSpecifier') use.names.add(getName(specifier.local as AnyNode));
      else use.names.add('default');
    }
  }
  for (const [node] of walk(program)) {
    const init = node.type === 'VariableDeclarator' ? (node.init as AnyNode | null) : null;
    const spreads = init?.type === 'ObjectExpression' ? (init.properties as AnyNode[]) : [];
    if (spreads.some((p) => p.type === 'SpreadElement' && holders.has(getName(p.argument as AnyNode))))
      holders.add(getName(node.id as AnyNode));
  }
  for (const [node, parent] of walk(program)) {
    if (node.type !== 'Identifier' || !holders.has(node.name as string) || !parent) continue;
    const isProperty = parent.type === 'MemberExpression' && parent.property === node && !parent.computed;
    const isPropertyKey = parent.type === 'Property' && parent.key === node && !parent.shorthand;
    if (isProperty || isPropertyKey || PASSIVE_PARENTS.includes(parent.type)) continue;
    if (parent.type === 'MemberExpression' && parent.object === node && !parent.computed)
      use.names.add(getName(parent.property as AnyNode));
    // Adds a property of vis-timeline's own (`xss`) and reads nothing from vis-util.
    else if (parent.type === 'CallExpression' && textOf(parent.callee as AnyNode) === 'Object.defineProperty')
      continue;
    else use.unknownUses.push(textOf(parent));
  }
  return use;
}

describe('vis-util-for-timeline', () => {
  const uses = (['vis-timeline', 'vis-data'] as const).map((name) => getVisUtilUse(readEsnextSource(name)));

  it('is what every vis-util import of vis-timeline and vis-data is aliased to', () => {
    const specifiers = uses.flatMap((use) => use.specifiers);
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((specifier) => !visUtilAlias.find.test(specifier))).toEqual([]);
  });

  it('re-exports exactly the vis-util names they use, including those read off the namespace', () => {
    expect(uses.flatMap((use) => use.unknownUses)).toEqual([]);
    const used = new Set(uses.flatMap((use) => [...use.names]));
    // Names vis-util does not export are vis-timeline's own additions (`availableUtils.convert`).
    const needed = Object.keys(visUtil).filter((name) => used.has(name));
    expect(needed).toContain('addClassName'); // reached only through the namespace
    expect(Object.keys(trimmed).sort()).toEqual(needed.sort());
  });
});
