// An adviser compares two snapshots imported separately, the later with its post references
// renumbered: Compare lists suggested matches with their reasons; accepting one, then all the sure
// ones, turns deletions and new posts into matched posts, kept in the file; Undo takes them back.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHarness } from '../helpers/browser';
import { ORGANOGRAMS } from '../helpers/importer';
import { renumbered, twoImports } from '../helpers/snapshots';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
let app: AppHarness;
let file: string;
const shots = process.env.ESTABLISH_SHOTS ?? tmp.dir;

beforeAll(async () => {
  const copy = renumbered(tmp.dir, 'audit_commission-2011-03-31');
  const made = await twoImports(tmp.dir, 'Snapshots', `${ORGANOGRAMS}/audit_commission-2011-03-31-senior.csv`, copy.senior);
  file = made.file;
  made.s.dispose();
  app = await launchApp({ openOnStart: file, viewport: { width: 1280, height: 720 } });
});

afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

function decisions(): number {
  const s = app.bridge.sessions.values().next().value!;
  return (s.requireDocument().db.prepare("SELECT COUNT(*) AS n FROM match_decisions WHERE decision = 'accepted'").get() as { n: number }).n;
}

describe('suggested matches in Compare', () => {
  it('lists them with reasons, accepts one and then the sure ones, keeps them in the file, and Undo takes them back', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('combobox', { name: 'After' }).selectOption({ label: 'Later' });
    const section = page.getByRole('region', { name: /^Suggested matches/ });
    await expect.poll(() => section.getByRole('heading').textContent()).toBe('Suggested matches (191)');
    const ceo = section.getByRole('row', { name: /^54084 Chief Executive SCS4 · 1 FTE · at the top R\d+ Chief Executive/ });
    expect(await ceo.textContent()).toContain('same title, same grade, same manager');
    await page.screenshot({ path: path.join(shots, 'suggested-matches-1280.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: path.join(shots, 'suggested-matches-1920.png') });
    await page.setViewportSize({ width: 1280, height: 720 });

    await ceo.getByRole('button', { name: /^Accept: 54084 Chief Executive is R\d+ Chief Executive$/ }).click();
    await expect.poll(() => section.getByRole('heading').textContent()).toBe('Suggested matches (190)');
    expect(decisions()).toBe(1);
    const all = section.getByRole('button', { name: /^Accept the \d+ with a confidence of 0.9 or more$/ });
    const sure = Number(/\d+/.exec((await all.textContent())!)![0]);
    expect(sure).toBeGreaterThan(100);
    await all.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => section.getByRole('heading').textContent()).toBe(`Suggested matches (${190 - sure})`);
    expect(decisions()).toBe(1 + sure);
    await page.screenshot({ path: path.join(shots, 'suggested-matches-accepted.png') });

    await page.getByRole('button', { name: /^Undo Accept \d+ suggested matches/ }).click();
    await expect.poll(() => section.getByRole('heading').textContent()).toBe('Suggested matches (190)');
    expect(decisions()).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('lets a grouped post of junior staff hold 2,508 FTE in the inspector, and a single post no more than 1,000', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /^Current/ }).click();
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('row', { name: /Head of Function/ }).first().click();
    expect(await page.getByRole('checkbox', { name: /^Grouped post/ }).isChecked()).toBe(true);
    const fte = page.getByRole('textbox', { name: 'FTE' });
    await fte.fill('2,508');
    await fte.press('Enter');
    await expect.poll(() => page.getByRole('row', { name: /Head of Function/ }).first().textContent()).toContain('2508');
    const people = page.getByRole('textbox', { name: 'People in the group' });
    await people.fill('2,611');
    await people.press('Enter');
    await page.screenshot({ path: path.join(shots, 'grouped-post-1280.png') });
    await page.getByRole('checkbox', { name: /^Grouped post/ }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('a single post has at most 1,000. Make it a grouped post to give it more.');
    const s = app.bridge.sessions.values().next().value!;
    const row = s.requireDocument().db.prepare("SELECT fte_e4, grouped, headcount FROM posts WHERE title = 'Head of Function' AND fte_e4 = 25080000").get();
    expect(row).toEqual({ fte_e4: 25_080_000, grouped: 1, headcount: 2611 });
  });
});
