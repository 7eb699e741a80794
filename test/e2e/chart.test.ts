// A user reshapes the sample structure on the chart with real pointer drags and the keyboard, in
// Chromium against a real file; the file, reopened, holds every change.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentFile } from '../../electron/store/files';
import { launchApp, type AppHarness } from '../helpers/browser';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'Sample.establish');
let app: AppHarness;
let page: Page;

function reopen() {
  const { store } = openDocumentFile(file);
  try {
    const info = store.info();
    const current = info.structures.find((s) => s.kind === 'current')!;
    return { info, posts: store.structure(current.id).posts };
  } finally {
    store.close();
  }
}

const tree = () => page.getByRole('tree', { name: 'Chart of Current' });
/** A card, by the start of its accessible name (its title). */
const cardOf = (title: string) => tree().getByRole('treeitem', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `) });

async function centre(l: Locator): Promise<{ x: number; y: number }> {
  const box = await l.boundingBox();
  if (!box) throw new Error('Not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A real pointer drag: press, move in steps, release. */
async function drag(from: Locator, to: Locator, modifiers: { fromX?: number } = {}): Promise<void> {
  const a = await centre(from);
  const b = await centre(to);
  const start = { x: a.x + (modifiers.fromX ?? 0), y: a.y };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + ((b.x - start.x) * i) / 10, start.y + ((b.y - start.y) * i) / 10);
  await page.mouse.up();
}

/** Waits until the view has stopped moving (zoom animations, a view kept still through a re-layout). */
async function settled(): Promise<void> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = (await page.evaluate('Array.from(document.querySelectorAll(".react-flow__viewport")).map((v) => v.style.transform).join()')) as string;
    if (now === last) return;
    last = now;
    await page.waitForTimeout(120);
  }
}

async function undoLabel(): Promise<string | null> {
  return page.getByRole('button', { name: /^Undo/ }).getAttribute('aria-label');
}

beforeAll(async () => {
  const s = testSession(tmp.dir);
  await call(s, 'newDocument', { path: file, sample: true });
  s.dispose();
  app = await launchApp({ openOnStart: file, viewport: { width: 1600, height: 1000 } });
  page = app.page;
});

afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

describe('editing on the chart', () => {
  it('shows the structure as a tree of cards, with identical posts grouped and lines between them', async () => {
    await tree().waitFor();
    await page.getByRole('button', { name: 'Fit' }).click();
    await settled();
    await expect.poll(() => cardOf('Head of Business Support').getAttribute('aria-level')).toBe('1');
    expect(await cardOf('Head of Business Support').getAttribute('aria-expanded')).toBe('true');
    // Identical posts are one card only when they share FTE and salary: the part-timer has a card of its own.
    const group = tree().getByRole('treeitem', { name: /^Executive Support Officer, 5 posts/ });
    expect(await group.textContent()).toContain('× 5');
    expect(await group.textContent()).toContain('2 vacant');
    expect(await tree().getByRole('treeitem', { name: /^Executive Support Officer, grade H6, 0\.8 FTE/ }).count()).toBe(1);
    expect(await cardOf('Personal Assistant to the Head of Business Support').getAttribute('aria-label')).toContain('assistant post');
    expect(await page.locator('.chart-lines path.org-line').count()).toBeGreaterThan(0);
  });

  it('adds a post by dragging a post type from the palette onto its manager, keeping that card still', async () => {
    const manager = cardOf('Finance and Payments Team Leader');
    const before = await manager.boundingBox();
    await drag(page.getByRole('button', { name: /^Add Data Entry Officer, H2/ }), manager);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Added “Data Entry Officer” under “Finance and Payments Team Leader”' }).count()).toBe(1);
    await expect.poll(() => undoLabel()).toBe('Undo Add "Data Entry Officer"');
    const after = await manager.boundingBox();
    expect(Math.abs(after!.x - before!.x)).toBeLessThan(1.5);
    expect(Math.abs(after!.y - before!.y)).toBeLessThan(1.5);
    // The new post is vacant, selected and shown in the inspector.
    await expect.poll(() => page.getByRole('textbox', { name: 'Job title' }).inputValue()).toBe('Data Entry Officer');
    expect(await page.getByRole('checkbox', { name: 'Vacant' }).isChecked()).toBe(true);
  });

  it('moves a post to a new manager by dragging its card onto the manager’s card', async () => {
    const target = cardOf('Business Support Manager (Adults and Health)');
    const before = await target.boundingBox();
    await drag(cardOf('Systems and Data Team Leader'), target);
    await expect.poll(() => undoLabel()).toBe('Undo Move "Systems and Data Team Leader" to "Business Support Manager (Adults and Health)"');
    await expect.poll(() => cardOf('Systems and Data Team Leader').getAttribute('aria-level')).toBe('3');
    await settled();
    const after = await target.boundingBox();
    expect(Math.abs(after!.x - before!.x)).toBeLessThan(1.5);
  });

  it('moves several selected cards in one step, undone in one step', async () => {
    await cardOf('Payments Officer').click();
    await page.keyboard.down('Control');
    // The two Purchasing Officers differ in FTE, so each has its own card.
    await cardOf('Purchasing Officer').first().click();
    await cardOf('Purchasing Officer').last().click();
    await page.keyboard.up('Control');
    await expect.poll(() => page.getByRole('heading', { name: '5 posts selected' }).count()).toBe(1);
    await drag(cardOf('Purchasing Officer').first(), cardOf("Business Support Manager (Children's Services)"));
    await expect.poll(() => undoLabel()).toBe('Undo Move 5 posts to "Business Support Manager (Children\'s Services)"');
    await expect.poll(() => cardOf('Payments Officer').getAttribute('aria-level')).toBe('3');
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => undoLabel()).toContain('Systems and Data Team Leader');
    await expect.poll(() => page.getByRole('treeitem', { name: /^Payments Officer, 3 posts/ }).getAttribute('aria-level')).toBe('3');
    await page.getByRole('button', { name: /^Redo/ }).click();
    await expect.poll(() => undoLabel()).toBe('Undo Move 5 posts to "Business Support Manager (Children\'s Services)"');
    await settled();
  });

  it('refuses a move that would make a loop, saying why, and changes nothing', async () => {
    const undoBefore = await undoLabel();
    await drag(cardOf('Head of Business Support'), cardOf('Finance and Payments Team Leader'));
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'cannot report to "Finance and Payments Team Leader"' }).count()).toBe(1);
    expect(await undoLabel()).toBe(undoBefore);
    expect(await cardOf('Head of Business Support').getAttribute('aria-level')).toBe('1');
  });

  it('moves a post from the keyboard in the inspector, shown on the chart, and undoes it with Ctrl+Z', async () => {
    await cardOf('Systems and Data Team Leader').click();
    await page.getByRole('button', { name: /^Reports to/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Reports to' }).fill('Head of Business Support');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardOf('Systems and Data Team Leader').getAttribute('aria-level')).toBe('2');
    await expect.poll(() => undoLabel()).toBe('Undo Move "Systems and Data Team Leader" to "Head of Business Support"');
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.getAttribute("aria-labelledby") !== null')).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cardOf('Systems and Data Team Leader').getAttribute('aria-level')).toBe('3');
    await expect.poll(() => undoLabel()).toContain('Move 5 posts');
    await settled();
  });

  it('walks the tree with the arrow keys, edits with Enter and folds with minus', async () => {
    await page.getByRole('button', { name: /^Dismiss message/ }).first().click();
    await tree().focus();
    await page.keyboard.press('Home');
    const active = async () => {
      const id = await tree().getAttribute('aria-activedescendant');
      return id ? page.locator(`[id="${id}"]`).getAttribute('aria-label') : null;
    };
    await expect.poll(active).toMatch(/^Head of Business Support,/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(active).toMatch(/^Personal Assistant/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(active).toMatch(/^Executive Support Team Leader,/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(active).toMatch(/^Senior Executive Support Officer, 3 posts/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(active).toMatch(/^Executive Support Officer, 5 posts/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(active).toMatch(/^Executive Support Team Leader,/);
    // Selection follows the keyboard, so the inspector shows the post.
    await expect.poll(() => page.getByRole('textbox', { name: 'Job title' }).inputValue()).toBe('Executive Support Team Leader');
    await page.keyboard.press('-');
    await expect.poll(() => cardOf('Executive Support Team Leader').getAttribute('aria-expanded')).toBe('false');
    expect(await cardOf('Executive Support Team Leader').textContent()).toContain('+9 posts');
    await page.keyboard.press('+');
    await expect.poll(() => cardOf('Executive Support Team Leader').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('inspector-title');
    await page.keyboard.press('Shift+Tab');
  });

  it('deletes from the keyboard, asking what happens to the reports, and undoes and redoes it', async () => {
    await tree().focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('textbox', { name: 'Job title' }).inputValue()).toBe('Business Support Manager (Adults and Health)');
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: /^Delete “Business Support Manager \(Adults and Health\)”/ });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /Move them up/ }).check();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    // Its three reports now report to the head: seven reports instead of five.
    const headReports = async () => /(\d+) reports/.exec((await cardOf('Head of Business Support').getAttribute('aria-label')) ?? '')?.[1];
    await expect.poll(headReports).toBe('7');
    expect(await undoLabel()).toBe('Undo Delete "Business Support Manager (Adults and Health)"');
    await page.locator('body').press('Control+z');
    await expect.poll(headReports).toBe('5');
    await page.locator('body').press('Control+y');
    await expect.poll(headReports).toBe('7');
    await page.locator('body').press('Control+z');
    await expect.poll(headReports).toBe('5');
  });

  it('finds posts with Ctrl+F, lights their way to the top, and clears with Escape', async () => {
    await page.locator('body').press('Control+f');
    const search = page.getByRole('searchbox', { name: 'Search posts' });
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.getAttribute("aria-label")')).toBe('Search posts');
    await page.keyboard.type('minute');
    await expect.poll(() => page.locator('#chart-search-status').textContent()).toBe('2 matches');
    await search.press('Enter');
    // Enter brings the first match into view and selects it; the cards and lines above it light up.
    await expect.poll(() => page.getByRole('textbox', { name: 'Job title' }).inputValue()).toBe('Minute Taker (Child Protection Conferences)');
    await expect.poll(() => page.locator('.card-match').count()).toBe(1);
    expect(await page.locator('.card-match').getAttribute('aria-label')).toMatch(/^Minute Taker \(Child Protection Conferences\), 2 posts/);
    expect(await page.locator('.chart-lines path.org-line-lit').count()).toBe(1);
    expect(await page.locator('#chart-search-status').textContent()).toBe('1 of 2');
    await search.press('Escape');
    expect(await search.inputValue()).toBe('');
    expect(await page.locator('.card-match').count()).toBe(0);
  });

  it('draws a dotted-line report, added in the inspector, as a dashed line', async () => {
    expect(await page.locator('.chart-lines path.org-line-dotted').count()).toBe(0);
    await page.getByRole('button', { name: 'Fit' }).click();
    await settled();
    await cardOf('Apprentice Business Administrator').click();
    await page.getByRole('button', { name: '+ Add a dotted line' }).click();
    await page.getByRole('combobox', { name: 'Add a dotted line to' }).fill('systems and data team');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.chart-lines path.org-line-dotted').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Remove the dotted line to Systems and Data Team Leader/ }).count()).toBe(1);
  });

  it('copies Current into a proposal, renames and duplicates it, and shows both side by side', async () => {
    await page.getByRole('button', { name: 'New proposal from Current' }).click();
    await expect.poll(() => page.getByRole('tab', { name: /Proposal 2/ }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tree', { name: 'Chart of Proposal 2' }).waitFor();
    await page.getByRole('button', { name: 'Rename…' }).click();
    const rename = page.getByRole('dialog', { name: /^Rename/ });
    await rename.getByRole('textbox', { name: 'Name' }).fill('Option B');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('tab', { name: /Option B/ }).waitFor();
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await page.getByRole('tab', { name: /Option B \(copy\)/ }).waitFor();
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('dialog', { name: /^Delete “Option B \(copy\)”/ }).getByRole('button', { name: 'Delete proposal' }).click();
    await expect.poll(() => page.getByRole('tab', { name: /Option B \(copy\)/ }).count()).toBe(0);

    await page.getByRole('tab', { name: /Option B/ }).click();
    await page.getByRole('checkbox', { name: 'Side by side' }).check();
    const left = page.getByRole('tree', { name: 'Chart of Current' });
    const right = page.getByRole('tree', { name: 'Chart of Option B' });
    await left.waitFor();
    await right.waitFor();
    await page.getByRole('toolbar', { name: 'Zoom' }).first().getByRole('button', { name: 'Fit' }).click();
    await settled();
    await left.getByRole('treeitem', { name: /^Finance and Payments Team Leader, / }).click();
    // The same post in the proposal is marked as the counterpart of the selection.
    await expect.poll(() => right.locator('.card-counterpart').count()).toBe(1);
    expect(await right.locator('.card-counterpart').getAttribute('aria-label')).toMatch(/^Finance and Payments Team Leader, /);
    await page.getByRole('checkbox', { name: 'Side by side' }).uncheck();
  });

  it('has stored every change in the file', async () => {
    expect(app.errors).toEqual([]);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('heading', { name: 'Establish' }).waitFor();
    const { info, posts } = reopen();
    const byRef = (ref: string) => posts.find((p) => p.ref === ref)!;
    const byTitle = (t: string) => posts.filter((p) => p.title === t);
    expect(byTitle('Systems and Data Team Leader')[0]!.managerId).toBe(byTitle('Business Support Manager (Adults and Health)')[0]!.id);
    const bsmc = byTitle("Business Support Manager (Children's Services)")[0]!.id;
    expect(byTitle('Payments Officer').every((p) => p.managerId === bsmc)).toBe(true);
    expect(byTitle('Purchasing Officer').every((p) => p.managerId === bsmc)).toBe(true);
    const added = byTitle('Data Entry Officer').find((p) => !p.ref)!;
    expect(added.managerId).toBe(byTitle('Finance and Payments Team Leader')[0]!.id);
    expect(added.vacant).toBe(true);
    expect(byRef('BS1001').managerId).toBeNull();
    expect(byTitle('Apprentice Business Administrator')[0]!.dottedManagerIds).toEqual([byTitle('Systems and Data Team Leader')[0]!.id]);
    expect(posts).toHaveLength(61);
    const option = info.structures.find((s) => s.name === 'Option B')!;
    expect(option.kind).toBe('proposal');
    // The sample's own proposal is still there.
    expect(info.structures.map((s) => s.name)).toEqual(['Current', 'Option A: hub model', 'Option B']);
  });
});
