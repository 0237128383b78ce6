// --out must lie outside --input: an output folder inside the input would be read back as input
// by the next run (its files reported as articles missing from the manifest), and one equal to it
// would mix the dataset into the articles. Refused, not worked around, so the mistake is seen.
import { realpath } from 'node:fs/promises';
import path from 'node:path';

/** The path with symbolic links resolved as far as it exists (the rest appended as given). */
async function resolveExisting(target: string): Promise<string> {
  const parent = path.dirname(target);
  try {
    return await realpath(target);
  } catch {
    return parent === target ? target : path.join(await resolveExisting(parent), path.basename(target));
  }
}

const isInside = (child: string, parent: string) => {
  const relative = path.relative(parent, child);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
};

/** One sentence when `out` is `input` or inside it; null when the two are apart. */
export async function getOverlapProblem(input: string, out: string): Promise<string | null> {
  const [realInput, realOut] = await Promise.all([resolveExisting(input), resolveExisting(out)]);
  if (!isInside(realOut, realInput)) return null;
  return realOut === realInput
    ? `Refusing to write into the input folder: --out ${out} is the same folder as --input; choose an output folder outside it.`
    : `Refusing to write inside the input folder: --out ${out} is inside --input ${input}, where the next run would read it as input; choose an output folder outside it.`;
}
