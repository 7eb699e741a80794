// The window's reading of a structure's packed posts (packRecords.ts): exactly the records
// unpackRecords gives, but each post made by one object literal of all its fields, which a page
// that has only just loaded builds about three times faster than a record put together field by
// field. A table with any other set of fields is read the general way.
import type { Post } from '../model/types';
import { noneMissing, unpackColumns, unpackRecords, type PackedRecords } from './packRecords';

const POST_KEYS = [
  'id',
  'structureId',
  'lineageId',
  'ref',
  'title',
  'gradeId',
  'payPointId',
  'salaryOverridePence',
  'allInCostPence',
  'niCategory',
  'fte',
  'vacant',
  'organisationId',
  'team',
  'notes',
  'duties',
  'isAssistant',
  'grouped',
  'headcount',
  'replacesLineageIds',
  'organisationShares',
  'managerId',
  'dottedManagerIds',
  'funding',
  'postholders',
  'sortOrder',
  'holding',
] as const;

// Every field of a post is in the list (a field added to Post without it fails to compile here).
type Unlisted = Exclude<keyof Post, (typeof POST_KEYS)[number]>;
const allListed: [Unlisted] extends [never] ? true : Unlisted = true;
void allListed;

/** Whether the packed table is posts with exactly the fields above, in every record. */
export function isPostTable(packed: PackedRecords): boolean {
  const keys = packed.table.keys;
  return keys.length === POST_KEYS.length && POST_KEYS.every((k) => keys.includes(k)) && noneMissing(packed);
}

export function unpackPosts(packed: PackedRecords): Post[] {
  if (!isPostTable(packed)) return unpackRecords<Post>(packed);
  const c = unpackColumns(packed);
  const col = (k: (typeof POST_KEYS)[number]): unknown[] => c.get(k)!;
  const [id, structureId, lineageId, ref, title, gradeId, payPointId, salaryOverridePence, allInCostPence, niCategory, fte, vacant, organisationId, team] = POST_KEYS.slice(0, 14).map(col);
  const [notes, duties, isAssistant, grouped, headcount, replacesLineageIds, organisationShares, managerId, dottedManagerIds, funding, postholders, sortOrder, holding] = POST_KEYS.slice(14).map(col);
  const out = new Array<Post>(packed.table.count);
  for (let i = 0; i < out.length; i++) {
    out[i] = {
      id: id![i],
      structureId: structureId![i],
      lineageId: lineageId![i],
      ref: ref![i],
      title: title![i],
      gradeId: gradeId![i],
      payPointId: payPointId![i],
      salaryOverridePence: salaryOverridePence![i],
      allInCostPence: allInCostPence![i],
      niCategory: niCategory![i],
      fte: fte![i],
      vacant: vacant![i],
      organisationId: organisationId![i],
      team: team![i],
      notes: notes![i],
      duties: duties![i],
      isAssistant: isAssistant![i],
      grouped: grouped![i],
      headcount: headcount![i],
      replacesLineageIds: replacesLineageIds![i],
      organisationShares: organisationShares![i],
      managerId: managerId![i],
      dottedManagerIds: dottedManagerIds![i],
      funding: funding![i],
      postholders: postholders![i],
      sortOrder: sortOrder![i],
      holding: holding![i],
    } as Post;
  }
  return out;
}
