// An adviser compares a proposal with Current in the browser: the changes table filters, sorts
// and reveals posts; the cost summary shows the same pence as the engine and traces each figure
// to its posts; the inspector records what a new post replaces and how a shared post is split.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentFile } from '../../electron/store/files';
import { compareStructures, type ChangeSummary } from '../../shared/compare/compare';
import { formatPounds } from '../../shared/model/money';
import type { Post } from '../../shared/model/types';
import { launchApp, showTableView, type AppHarness } from '../helpers/browser';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'Compare.establish');
let app: AppHarness;
let expected: ChangeSummary;
let proposalId: string;

beforeAll(async () => {
  const s = testSession(tmp.dir);
  const info = await call(s, 'newDocument', { path: file, sample: true });
  await call(s, 'saveOrganisation', { name: 'Southshire District Council', pensionRateBp: 2100 });
  const currentId = info.structures[0]!.id;
  proposalId = (await call(s, 'createStructure', { name: 'Option B', fromStructureId: currentId })).createdIds[0]!;
  const posts = (await call(s, 'getStructure', { structureId: proposalId })).posts;
  const byRef = (ref: string) => posts.find((p: Post) => p.ref === ref)!;
  // BS1010 is a filled ESO, BS1011 a vacant one; BS1005 a SESO.
  await call(s, 'deletePosts', { postIds: [byRef('BS1009').id, byRef('BS1010').id, byRef('BS1011').id], reports: 'reassign' });
  await call(s, 'updatePosts', { postIds: [byRef('BS1005').id], patch: { title: 'Executive Support Lead' } });
  await call(s, 'updatePosts', { postIds: [byRef('BS1006').id], patch: { gradeId: info.grades.find((g) => g.code === 'H8')!.id } });
  await call(s, 'updatePosts', { postIds: [byRef('BS1018').id], patch: { fte: 0.5 } });
  await call(s, 'movePosts', { postIds: [byRef('BS1040').id], managerId: byRef('BS1001').id });
  await call(s, 'addPost', {
    structureId: proposalId,
    managerId: byRef('BS1003').id,
    post: { title: 'Executive Support Coordinator', replacesLineageIds: [byRef('BS1009').lineageId] },
  });
  const doc = (await call(s, 'getDocument'))!;
  expected = compareStructures(doc, await call(s, 'getStructure', { structureId: currentId }), await call(s, 'getStructure', { structureId: proposalId }));
  s.dispose();
  app = await launchApp({ openOnStart: file });
});

afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

describe('comparing a proposal with Current', () => {
  it('shows on the proposal’s chart each post’s change status, a key, and deleted posts as ghosts where they were', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Option B/ }).click();
    const chart = page.getByRole('tree', { name: 'Chart of Option B' });
    await chart.waitFor();
    await page.getByRole('list', { name: 'Key to the chart' }).waitFor();
    // Only cards in view are drawn: find the new post with the chart's search.
    const search = page.getByRole('searchbox').first();
    await search.fill('Executive Support Coordinator');
    await search.press('Enter');
    const added = chart.getByRole('treeitem', { name: /^Executive Support Coordinator/ });
    await expect.poll(() => added.getAttribute('data-status')).toBe('new');
    expect(await added.textContent()).toContain('NEW POST');
    const ghosts = chart.locator('.card-ghost');
    await expect.poll(() => ghosts.count()).toBeGreaterThan(0);
    expect(await ghosts.first().getAttribute('data-status')).toBe('deleted');
    expect(await ghosts.first().textContent()).toContain('TO BE DELETED');
    await page.getByRole('checkbox', { name: 'Show deleted posts' }).uncheck();
    await expect.poll(() => ghosts.count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Show deleted posts' }).check();
    await expect.poll(() => ghosts.count()).toBeGreaterThan(0);
  });

  it('opens the comparison of the proposal in front of the user, with every changed post', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Compare' }).click();
    const table = page.getByRole('table', { name: 'Changes from Current to Option B' });
    await table.waitFor();
    const n = expected.diff.counts;
    expect(n).toMatchObject({ deleted: 3, new: 1, redesignated: 2, regraded: 1, fteChanged: 1 });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(n.deleted + n.new + n.redesignated + n.fteChanged + n.moved);
    await expect.poll(() => page.getByRole('checkbox', { name: /Deleted 3/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Unchanged/ }).isChecked()).toBe(false);
  });

  it('filters by kind and team, and sorts by the change in cost', async () => {
    const { page } = app;
    const rows = page.getByRole('table', { name: /Changes from/ }).locator('tbody tr');
    await page.getByRole('checkbox', { name: /^Moved/ }).uncheck();
    await page.getByRole('checkbox', { name: /^FTE changed/ }).uncheck();
    await expect.poll(() => rows.count()).toBe(6);
    await page.getByRole('combobox', { name: 'Team' }).selectOption('Executive Support');
    await expect.poll(() => rows.count()).toBe(6);
    await page.getByRole('checkbox', { name: /^Redesignated/ }).uncheck();
    await expect.poll(() => rows.count()).toBe(4);
    await page.getByRole('button', { name: /Change in cost/ }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: /Change in cost/ }).getAttribute('aria-sort')).toBe('ascending');
    // The biggest saving first: a deleted post; the new post, costing more, last.
    await expect.poll(() => rows.first().textContent()).toMatch(/^Deleted/);
    await expect.poll(() => rows.last().textContent()).toMatch(/^New.*Executive Support Coordinator.*replaces 1 post/);
    await page.getByRole('button', { name: /Change in cost/ }).click();
    await expect.poll(() => rows.first().textContent()).toMatch(/^New/);
  });

  it('shows a deleted post in Current’s chart when its row is chosen, and keeps the filters for the way back', async () => {
    const { page } = app;
    const deleted = page.getByRole('table', { name: /Changes from/ }).locator('tbody tr', { hasText: 'Deleted' }).first();
    const ref = (await deleted.locator('td').nth(2).textContent())!.trim();
    await deleted.focus();
    await deleted.press('Enter');
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: 'Current' }).getAttribute('aria-selected')).toBe('true');
    // The post is selected, so the inspector shows it.
    await expect.poll(() => page.getByRole('textbox', { name: 'Post reference' }).inputValue()).toBe(ref);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Team' }).inputValue()).toBe('Executive Support');
    await expect.poll(() => page.getByRole('checkbox', { name: /^Moved/ }).isChecked()).toBe(false);
  });

  it('shows the cost summary with the engine’s figures, in pounds, and traces the saving to its posts', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Cost summary' }).click();
    const saving = page.getByRole('button', { name: /^Full-year saving/ });
    await expect.poll(() => saving.textContent()).toBe(formatPounds(expected.cost.savingPence));
    await expect.poll(() => page.getByRole('button', { name: /^Full-year cost of Current/ }).textContent()).toBe(formatPounds(expected.cost.beforePence));
    expect(await page.getByRole('button', { name: /^People at risk/ }).textContent()).toBe(String(expected.people.atRisk));
    for (const r of expected.breakdowns.source)
      expect(await page.getByRole('button', { name: `Cost in Option B, ${r.label}: ${formatPounds(r.after.costPence)}. Show the posts that make it up.` }).count()).toBe(1);
    await saving.click();
    const dialog = page.getByRole('dialog', { name: /Full-year saving/ });
    await dialog.waitFor();
    const lines = dialog.locator('tbody tr');
    const changed = expected.diff.changes.filter((c) => c.costAfterPence !== c.costBeforePence);
    await expect.poll(() => lines.count()).toBe(changed.length);
    expect(await dialog.locator('tfoot').textContent()).toContain(formatPounds(expected.cost.savingPence));
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('shows the effect by financial year once the date it takes effect is set', async () => {
    const { page } = app;
    await expect.poll(() => page.getByText(/Set the date Option B takes effect/).count()).toBe(1);
    const date = page.getByRole('textbox', { name: 'Takes effect on' });
    await date.fill('1/10/2026');
    await date.press('Enter');
    const firstYear = page.getByRole('button', { name: /^Saving in 2026\/27/ });
    await firstYear.waitFor();
    // From 1 October: exactly half the full-year saving in 2026/27, all of it in 2027/28.
    const half = Math.round(expected.cost.savingPence / 2);
    expect(await firstYear.textContent()).toBe(formatPounds(half));
    expect(await page.getByRole('button', { name: /^Saving in 2027\/28/ }).textContent()).toBe(formatPounds(expected.cost.savingPence));
    await page.getByText('Taking effect on 1 October 2026.', { exact: false }).waitFor();
  });

  it('records in the inspector what a new post replaces and how a shared post’s cost is split', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Option B/ }).click();
    await showTableView(page);
    // In the table too, the proposal's posts carry their change status, with a key.
    await page.getByRole('list', { name: 'Key to the chart' }).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Executive Support Coordinator/ }).textContent()).toContain('NEW POST');
    expect(await page.getByRole('row', { name: /BS1005/ }).textContent()).toContain('REDESIGNATED');
    expect(await page.getByRole('row', { name: /BS1006/ }).textContent()).toContain('REGRADED');
    await page.getByRole('row', { name: /Executive Support Coordinator/ }).click();
    const replaces = page.getByRole('group', { name: 'Replaces posts in Current' });
    await expect.poll(() => replaces.getByRole('listitem').count()).toBe(1);
    await replaces.getByRole('combobox', { name: 'Add a post this one replaces' }).selectOption({ label: 'Executive Support Officer (BS1010) · H6 · filled' });
    await expect.poll(() => replaces.getByRole('listitem').count()).toBe(2);
    const shares = page.getByRole('group', { name: 'Cost shared between organisations' });
    await shares.getByRole('button', { name: '+ Share the cost with another organisation' }).click();
    await expect.poll(() => shares.getByRole('textbox').count()).toBe(2);
    // Two candidates for one post: a ring-fence, shown in the changes table.
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('tab', { name: 'Changes' }).click();
    await page.getByRole('combobox', { name: 'Team' }).selectOption('');
    await page.getByRole('checkbox', { name: /^Redesignated/ }).check();
    await expect.poll(() => page.getByRole('row', { name: /Executive Support Officer.*ring-fenced, at risk/ }).count()).toBe(2);
    expect(app.errors).toEqual([]);
  });

  it('has stored the replaced posts and the cost split in the file', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('heading', { name: 'Establish' }).waitFor();
    const { store } = openDocumentFile(file);
    try {
      const posts = store.structure(proposalId).posts;
      const coordinator = posts.find((p) => p.title === 'Executive Support Coordinator')!;
      expect(coordinator.replacesLineageIds).toHaveLength(2);
      expect(coordinator.organisationShares!.map((o) => o.shareBp)).toEqual([5000, 5000]);
      expect(store.reference().structures.find((s) => s.id === proposalId)!.implementationDate).toBe('2026-10-01');
    } finally {
      store.close();
    }
    expect(app.errors).toEqual([]);
  });
});
