// Imported first by main.tsx, before any schema is built: zod probes for `new Function` when
// it builds an object schema, and under the site's Content-Security-Policy (no eval) the
// probe is reported as a violation even though zod catches it. Jitless mode skips it.
import { config } from 'zod/mini';

config({ jitless: true });
