// Build-time trim of vis-timeline's stylesheet: the rules for parts the app never draws, Graph2d
// (axes, legend, bars, fills) and the Configurator, whose code trim-vis-timeline.ts already removes.
// A rule goes only when every one of its selectors names one of these classes; the test beside
// this file checks that no class listed here occurs in the trimmed vis-timeline code.
//   ".vis-legend{…}.vis-item{…}" → ".vis-item{…}"
import type { Plugin } from 'vite';

/** Class-name prefixes of Graph2d and the Configurator. */
export const DEAD_CLASS_PREFIXES = [
  'vis-configuration',
  'vis-config-',
  'vis-data-axis',
  'vis-y-axis',
  'vis-title',
  'vis-legend',
  'vis-graph-group',
  'vis-fill',
  'vis-bar',
  'vis-outline',
  'vis-icon-fill',
] as const;

const VIS_CSS_FILE = /\/vis-timeline\/styles\/vis-timeline-graph2d(?:\.min)?\.css$/;
const CLASS = /\.(vis-[\w-]+)/g;

function isDeadSelector(selector: string): boolean {
  return [...selector.matchAll(CLASS)].some(([, name]) =>
    DEAD_CLASS_PREFIXES.some((prefix) => name === prefix || name!.startsWith(prefix)),
  );
}

/** The stylesheet without top-level rules whose every selector is dead; at-rules stay whole. */
export function trimVisCss(css: string): string {
  let out = '';
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      const rule = css.slice(start, i + 1);
      const prelude = rule.slice(0, rule.indexOf('{')).trim();
      const dead = !prelude.startsWith('@') && prelude.split(',').every(isDeadSelector);
      if (!dead) out += rule;
      start = i + 1;
    }
  }
  return out + css.slice(start);
}

export function trimVisCssPlugin(): Plugin {
  return {
    name: 'diplomacy-timeline-trim-vis-css',
    apply: 'build',
    transform: {
      filter: { id: VIS_CSS_FILE },
      handler(code) {
        return { code: trimVisCss(code), map: null };
      },
    },
  };
}
