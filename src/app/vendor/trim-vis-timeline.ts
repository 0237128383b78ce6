// Build-time plugin that trims vis-timeline of code the app never runs: Graph2d
// (drop-graph2d.ts) and the Configurator (drop-configurator.ts). Both edits keep every other
// character in place, so vis-timeline's own source map stays valid (`map: null`).
import type { Plugin } from 'vite';
import { blankRanges } from './blank-code.ts';
import { getConfiguratorEdits } from './drop-configurator.ts';
import { getGraph2dEdits } from './drop-graph2d.ts';
import { parseModule } from './vendor-source.ts';

/** The vis-timeline build the app imports (`vis-timeline/esnext`). */
export const VIS_TIMELINE_FILE = /\/vis-timeline\/esnext\/esm\/vis-timeline-graph2d\.mjs$/;

export function trimVisTimeline(code: string) {
  const program = parseModule(code);
  const graph2d = getGraph2dEdits(program);
  const configurator = getConfiguratorEdits(program);
  const edits = [...graph2d, ...configurator].sort((a, b) => a.start - b.start);
  return { code: blankRanges(code, edits), graph2d: graph2d.length, configurator: configurator.length };
}

export function trimVisTimelinePlugin(): Plugin {
  return {
    name: 'diplomacy-timeline-trim-vis-timeline',
    apply: 'build',
    transform: {
      filter: { id: VIS_TIMELINE_FILE },
      handler(code) {
        const result = trimVisTimeline(code);
        // Only a bigger bundle if these are missing, so a warning; the tests beside this fail too.
        if (result.graph2d === 0) this.warn('no Graph2d statements found in vis-timeline: Graph2d stays in');
        if (result.configurator === 0) this.warn('no _createConfigurator found in vis-timeline: it stays in');
        return { code: result.code, map: null };
      },
    },
  };
}
