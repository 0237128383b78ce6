// A local ESLint rule for the project's one-way imports. It resolves each relative import
// against the importing file and checks it against the zones below. Written here instead of
// using eslint-plugin-import-x because that plugin's native resolver ships platform binaries
// the package mirror this project is built against does not carry, which breaks `npm ci`.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const rel = (file) => path.relative(ROOT, file).split(path.sep).join('/');

/** @returns {string | null} why `from` may not import `to`, or null when it may. */
export function getViolation(from, to) {
  const a = rel(from);
  const b = rel(to);
  const inDir = (p, dir) => p === dir || p.startsWith(`${dir}/`);
  if (inDir(a, 'src/domain') && !inDir(b, 'src/domain') && inDir(b, 'src')) {
    return 'src/domain is shared by pipeline and app and imports nothing else from src.';
  }
  if (inDir(a, 'src/pipeline') && inDir(b, 'src/app')) return 'The pipeline never imports the app.';
  if (inDir(a, 'src/app') && inDir(b, 'src/pipeline')) return 'The app reads the dataset, not the pipeline.';
  const featureOf = (p) => /^src\/app\/features\/([^/]+)/.exec(p)?.[1] ?? null;
  const fa = featureOf(a);
  const fb = featureOf(b);
  if (fa && fb && fa !== fb)
    return `Features do not import each other (${fa} → ${fb}): compose them in src/app.`;
  // The shared UI layer (panel frame, buttons, menus) is the one thing beside them features may use.
  if (fa && inDir(b, 'src/app') && !fb && !inDir(b, 'src/app/ui'))
    return `Features do not import the app shell (${fa} → ${b}): only src/app/ui is shared.`;
  if (inDir(a, 'src/app/ui') && inDir(b, 'src/app') && !inDir(b, 'src/app/ui'))
    return `src/app/ui is shared by every feature and imports nothing else from the app (${b}).`;
  return null;
}

const boundaries = {
  meta: {
    type: 'problem',
    schema: [],
    docs: { description: 'Imports flow one way between project layers.' },
  },
  create(context) {
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), source);
      const message = getViolation(context.filename, target);
      if (message) context.report({ node: node.source, message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { boundaries } };
