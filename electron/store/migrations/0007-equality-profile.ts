// File format 7: each postholder's equality profile (the characteristics the document records,
// such as age band or working pattern), for the equality impact assessment. Optional personal data
// kept as JSON; older files gain none, so nothing they hold changes.
import type { Migration } from './types';

export const migration0007: Migration = {
  version: 7,
  name: 'equality profile of postholders',
  up: `
    ALTER TABLE postholders ADD COLUMN equality TEXT CHECK (equality IS NULL OR json_valid(equality));
  `,
};
