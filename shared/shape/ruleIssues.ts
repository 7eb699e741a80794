// Breaches of the document's design rules as issues of a document check (File > Check and
// `establish check`): warnings, one per breach, naming the structure and the first post concerned.
import { buildCostContext } from '../costing/postCost';
import { costStructure } from '../costing/structureCost';
import { establishmentPosts } from '../model/establishment';
import type { CheckIssue } from '../model/validate';
import type { DocumentInfo, Id, Post } from '../model/types';
import { designRulesOf, ruleCount } from './designRules';
import { checkDesignRules } from './ruleCheck';

type DocModel = Pick<DocumentInfo, 'settings' | 'organisations' | 'grades' | 'fundingSources' | 'structures'>;

export function designRuleIssues(doc: DocModel, postsByStructure: ReadonlyMap<Id, readonly Post[]>): CheckIssue[] {
  const rules = designRulesOf(doc.settings);
  if (ruleCount(rules) === 0) return [];
  const ctx = buildCostContext(doc);
  const issues: CheckIssue[] = [];
  for (const s of doc.structures) {
    const posts = establishmentPosts(postsByStructure.get(s.id) ?? []);
    const totals = costStructure(posts, ctx).totals;
    for (const b of checkDesignRules(rules, { posts, costPence: totals.costPence, fteUnits: totals.fteUnits }, doc.grades)) {
      const issue: CheckIssue = { severity: 'warning', code: `design-rule-${b.rule}`, message: `${s.name}: ${b.message}`, structureId: s.id };
      if (b.postIds[0]) issue.postId = b.postIds[0];
      issues.push(issue);
    }
  }
  return issues;
}
