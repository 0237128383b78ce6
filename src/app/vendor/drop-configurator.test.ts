import { describe, expect, it } from 'vitest';
import { TIMELINE_OPTIONS } from '../features/timeline/timeline-options.ts';
import { blankRanges } from './blank-code.ts';
import { CONFIGURATOR_LEFT_OUT, getConfiguratorEdits } from './drop-configurator.ts';
import { getKeptNames } from './module-references.ts';
import { trimVisTimeline } from './trim-vis-timeline.ts';
import { parseModule, readEsnextSource } from './vendor-source.ts';

describe('getConfiguratorEdits', () => {
  it("swaps Timeline's _createConfigurator body for a throw, and nothing else", () => {
    const code = [
      'class Core { _createConfigurator() { return 1; } }',
      'class Timeline extends Core {',
      '  _createConfigurator() {',
      '    return new Configurator(this, this.dom.container, configureOptions);',
      '  }',
      '}',
    ].join('\n');
    const result = blankRanges(code, getConfiguratorEdits(parseModule(code)));
    expect(result.split('\n').map((line) => line.trim())).toEqual([
      'class Core { _createConfigurator() { return 1; } }',
      'class Timeline extends Core {',
      '_createConfigurator() {',
      CONFIGURATOR_LEFT_OUT,
      '}',
      '}',
    ]);
  });
});

describe('the installed vis-timeline, trimmed', () => {
  const source = readEsnextSource('vis-timeline');

  it('no longer keeps the Configurator or its colour picker', () => {
    const trimmed = trimVisTimeline(source);
    expect(trimmed.configurator).toBe(1);
    const keptBefore = getKeptNames(parseModule(source), ['Timeline']);
    expect(keptBefore).toContain('Configurator');
    const keptAfter = getKeptNames(parseModule(trimmed.code), ['Timeline']);
    expect(['Configurator', 'ColorPicker'].filter((name) => keptAfter.has(name))).toEqual([]);
  });

  it('is only asked for one through the `configure` option, which the app does not set', () => {
    const calls = [...source.matchAll(/this\._createConfigurator\(\)/g)];
    expect(calls).toHaveLength(1);
    const before = source.slice(0, calls[0]!.index);
    expect(before).toMatch(
      /if \("configure" in options\) \{\s+if \(!this\.configurator\) \{\s+this\.configurator = $/,
    );
    expect(TIMELINE_OPTIONS).not.toHaveProperty('configure');
  });
});
