// Generates a synthetic corpus for throughput measurements: the seed articles recombined
// (paragraphs shuffled between articles of the same seed, publication dates spread over 25
// years) into N files plus a manifest. Deterministic for a given N and seed.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface Entry {
  file: string;
  published: string;
  outlet: string | null;
}

/** Small deterministic PRNG (mulberry32): the same corpus every run. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function makeCorpus(
  seedsDir: string,
  outDir: string,
  count: number,
): Promise<{ bytes: number }> {
  const manifest = JSON.parse(await readFile(path.join(seedsDir, 'manifest.json'), 'utf8')) as Entry[];
  const texts = await Promise.all(manifest.map((m) => readFile(path.join(seedsDir, m.file), 'utf8')));
  const random = makeRandom(count);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const entries: Entry[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const source = i % texts.length;
    const paragraphs = texts[source]!.split(/\n\s*\n/);
    // Keep the first paragraph (headline) and shuffle the rest: same vocabulary, new order.
    const [head, ...rest] = paragraphs;
    rest.sort(() => random() - 0.5);
    const text = [head, ...rest].join('\n\n');
    const year = 2000 + Math.floor(random() * 25);
    const day = new Date(Date.UTC(year, Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
    const file = `article-${String(i).padStart(5, '0')}.txt`;
    await writeFile(path.join(outDir, file), text);
    bytes += Buffer.byteLength(text);
    entries.push({ file, published: day.toISOString().slice(0, 10), outlet: manifest[source]!.outlet });
  }
  await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(entries, null, 1));
  return { bytes };
}
