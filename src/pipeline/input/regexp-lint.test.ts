// `npm run lint` refuses a pattern that can take super-linear time on hostile text anywhere in
// the pipeline: ESLint's own Node API lints a fixture placed in src/pipeline, with the project's
// configuration, and must report the rules by name. The fixed forms used in the pipeline pass.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const FIXTURE = 'src/pipeline/clean/fixture.ts';

async function getRegexpProblems(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: FIXTURE });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message).filter((id) => id.startsWith('regexp/'));
}

describe('the regexp lint rules over src/pipeline', () => {
  it.each([
    [
      'an end-anchored run, re-scanned from each of its characters',
      'export const a = /\\s+$/;\n',
      'regexp/no-super-linear-move',
    ],
    [
      'two quantifiers trading the same spaces',
      'export const a = /^a\\s*\\s*b$/;\n',
      'regexp/no-super-linear-backtracking',
    ],
    [
      'nested quantifiers (exponential)',
      'export const a = /^(?:a+)+$/;\n',
      'regexp/no-super-linear-backtracking',
    ],
  ])(
    'flags %s',
    async (_name, code, rule) => {
      expect(await getRegexpProblems(code)).toContain(rule);
    },
    60_000,
  );

  it('passes the linear forms the pipeline uses instead', async () => {
    const code = 'export const a = /(?<!\\s)\\s+$/;\nexport const b = /^a\\s*(?::\\s*)?b$/;\n';
    expect(await getRegexpProblems(code)).toEqual([]);
  }, 60_000);
});
