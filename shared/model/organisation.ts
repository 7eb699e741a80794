// The name a new document's organisation starts with, until the user gives the real one. It is a
// placeholder: printed title blocks leave it out rather than print it.
import type { DocumentInfo } from './types';

export const UNNAMED_ORGANISATION = 'Council';

export function isUnnamedOrganisation(name: string): boolean {
  return name.trim() === '' || name.trim() === UNNAMED_ORGANISATION;
}

/** The organisation a document's title blocks name: its default one, or '' while it has no real name. */
export function printedOrganisationName(doc: Pick<DocumentInfo, 'organisations' | 'settings'>): string {
  const org = doc.organisations.find((o) => o.id === doc.settings.defaultOrganisationId) ?? doc.organisations[0];
  return org && !isUnnamedOrganisation(org.name) ? org.name : '';
}
