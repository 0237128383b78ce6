import { describe, expect, it } from 'vitest';
import { blankRanges } from './blank-code.ts';
import { GRAPH2D_ONLY, getGraph2dEdits } from './drop-graph2d.ts';
import { getDeclaredNames, getKeptNames } from './module-references.ts';
import { trimVisTimeline } from './trim-vis-timeline.ts';
import { parseModule, readEsnextSource } from './vendor-source.ts';

/** What the app imports from vis-timeline at run time (types aside). */
const APP_IMPORTS = ['Timeline'];

describe('getGraph2dEdits', () => {
  it('blanks top-level writes to the chart constructors only', () => {
    const code = [
      'function Legend() {}',
      'Legend.prototype = new Component();',
      'Legend.prototype.draw = function () {',
      '  return 1;',
      '};',
      'Item.prototype.stack = true;',
      'if (x) Line.draw = 1;',
    ].join('\n');
    const result = blankRanges(code, getGraph2dEdits(parseModule(code)));
    expect(result.split('\n').map((line) => line.trim())).toEqual([
      'function Legend() {}',
      '',
      '',
      '',
      '',
      'Item.prototype.stack = true;',
      'if (x) Line.draw = 1;',
    ]);
  });
});

describe('the installed vis-timeline, trimmed', () => {
  const source = readEsnextSource('vis-timeline');
  const trimmed = trimVisTimeline(source);

  it('still declares every chart constructor listed (the list is not stale)', () => {
    const declared = new Set(parseModule(source).body.flatMap(getDeclaredNames));
    expect([...GRAPH2D_ONLY].filter((name) => !declared.has(name))).toEqual([]);
    expect(trimmed.graph2d).toBeGreaterThan(0);
  });

  it('keeps no chart constructor reachable from Timeline, so nothing Timeline runs lost a method', () => {
    // Untrimmed they are kept (so the check can tell); trimmed, none is.
    const keptBefore = getKeptNames(parseModule(source), APP_IMPORTS);
    expect([...GRAPH2D_ONLY].filter((name) => keptBefore.has(name))).not.toEqual([]);
    const keptAfter = getKeptNames(parseModule(trimmed.code), APP_IMPORTS);
    expect([...GRAPH2D_ONLY].filter((name) => keptAfter.has(name))).toEqual([]);
    expect(keptAfter).toContain('Timeline');
  });
});
