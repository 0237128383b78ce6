import { describe, expect, it } from 'vitest';
import { FAMILY_CAMEO, TYPE_CAMEO } from './event-cameo.ts';
import { EVENT_FAMILIES, EVENT_TYPES } from './event-types.ts';

describe('CAMEO mapping', () => {
  it('names a CAMEO root code (two digits) for every type and family', () => {
    for (const t of EVENT_TYPES) expect(TYPE_CAMEO[t.id], t.id).toMatch(/^\d\d\b/);
    for (const f of EVENT_FAMILIES) expect(FAMILY_CAMEO[f.id], f.id).toMatch(/^\d\d\b/);
  });

  it("maps each type to one of its family's root codes", () => {
    for (const t of EVENT_TYPES) {
      const roots = FAMILY_CAMEO[t.family].match(/\d\d/g) ?? [];
      const own = TYPE_CAMEO[t.id].match(/^\d\d/)![0];
      // Applications (02 Appeal) and rulings (11 Disapprove) sit in families drawn for what they do.
      if (!['application', 'ruling', 'decision'].includes(t.id)) expect(roots, t.id).toContain(own);
    }
  });
});
