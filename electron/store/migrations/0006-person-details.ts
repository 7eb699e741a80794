// File format 6: what a redundancy estimate needs about each postholder (age, years of service,
// week's pay, or an amount entered instead) and their pension strain cost. All optional personal
// data; older files gain none, so nothing they hold changes.
import type { Migration } from './types';

export const migration0006: Migration = {
  version: 6,
  name: 'postholder details for one-off costs',
  up: `
    ALTER TABLE postholders ADD COLUMN age INTEGER CHECK (age IS NULL OR age BETWEEN 0 AND 100);
    ALTER TABLE postholders ADD COLUMN service_years INTEGER CHECK (service_years IS NULL OR service_years BETWEEN 0 AND 80);
    ALTER TABLE postholders ADD COLUMN weekly_pay_pence INTEGER CHECK (weekly_pay_pence IS NULL OR weekly_pay_pence >= 0);
    ALTER TABLE postholders ADD COLUMN redundancy_pence INTEGER CHECK (redundancy_pence IS NULL OR redundancy_pence >= 0);
    ALTER TABLE postholders ADD COLUMN pension_strain_pence INTEGER CHECK (pension_strain_pence IS NULL OR pension_strain_pence >= 0);
  `,
};
