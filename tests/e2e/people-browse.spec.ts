import { generateRoster } from '../fixtures/roster';
import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { dinasKesehatan, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { EmployeesPage } from './pages/PeoplePages';

const SIZE = 15_000;
const roster = generateRoster({ size: SIZE, seed: 5 });
// Generated names repeat; give one person a name nobody else has, to search for.
const someone = 'Theresia Windi Wulang';
roster.rows[600]![1] = someone;

test.describe('browsing 15,000 people', () => {
  test('searches, filters, sorts and scrolls the list, and HR edits one person', async ({ app }) => {
    test.setTimeout(120_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);
    const list = new EmployeesPage(app);
    await expect(list.count()).toHaveText('15.000 dari 15.000 pegawai', { timeout: 30_000 });
    // Only the rows in view are in the page, not 15,000.
    expect(await list.table().getByRole('row').count()).toBeLessThan(80);
    await expect(list.table()).toHaveAttribute('aria-rowcount', String(SIZE + 1));

    await list.search(someone);
    await expect(list.count()).toHaveText(`1 dari 15.000 pegawai`);
    await expect(list.row(someone)).toBeVisible();
    const nip = String(roster.rows.find((r) => r[1] === someone)![0]);
    await list.search(`${nip.slice(0, 8)} ${nip.slice(8, 14)}`);
    await expect(list.row(someone)).toBeVisible();
    await list.search('');

    await app.getByRole('combobox', { name: 'Unit kerja' }).click();
    await app.getByRole('option', { name: 'Bidang Pelayanan Kesehatan' }).click();
    await expect(list.count()).toHaveText(/^[\d.]+ dari 15\.000 pegawai$/);
    const inUnit = Number((await list.count().innerText()).split(' ')[0]!.replace('.', ''));
    const expected = roster.rows.filter((r) => String(r[8]).endsWith('Pelayanan Kesehatan')).length;
    expect(inUnit).toBe(expected);
    await app.getByRole('button', { name: 'Hapus saringan' }).click();

    // Sort by golongan, highest first: IV/b people come first.
    await list.table().getByRole('button', { name: 'Gol.' }).click();
    await list.table().getByRole('button', { name: 'Gol.' }).click();
    await expect(list.table().getByRole('columnheader', { name: 'Gol.' })).toHaveAttribute('aria-sort', 'descending');
    await expect(list.table().getByRole('row').nth(1)).toContainText('IV/b');

    // A row already in the page keeps its buttons when a jump brings it into view: the
    // lowest one rendered below the fold, focused, scrolls the list a dozen rows at once.
    const lowest = await list.table().getByRole('row').last().getAttribute('aria-rowindex');
    expect(Number(lowest)).toBeGreaterThan(15);
    const below = list.table().locator(`[role=row][aria-rowindex="${lowest}"]`).getByRole('button');
    await expect(below).not.toBeInViewport();
    await below.focus();
    // Past the end of the scrolling (150 ms), when light rows fill in again.
    await app.waitForTimeout(500);
    await expect(below).toBeFocused();
    await expect(below).toBeInViewport();

    // Jump to the very end: the rows that fly into view come light (the name only, no
    // button), then fill in once the scrolling stops.
    const flewIn = await list
      .table()
      .locator('[data-table-viewport]')
      .evaluate(
        (el) =>
          new Promise<string[]>((done) => {
            // The tests' TypeScript has no DOM types: the observer as the page has it.
            type Watcher = new (seen: (changes: { addedNodes: ArrayLike<unknown> }[]) => void) => { observe: (target: unknown, options: object) => void; disconnect: () => void };
            const Observer = (globalThis as unknown as { MutationObserver: Watcher }).MutationObserver;
            const light: string[] = [];
            const watch = new Observer((changes) => {
              for (const change of changes)
                for (const node of Array.from(change.addedNodes)) {
                  const row = node as unknown as { role?: string; textContent: string | null; querySelector: (selector: string) => unknown };
                  if (row.role === 'row' && !row.querySelector('button')) light.push(row.textContent ?? '');
                }
              watch.disconnect();
              done(light);
            });
            watch.observe(el, { childList: true, subtree: true });
            el.scrollTo({ top: el.scrollHeight });
          }),
      );
    expect(flewIn.length).toBeGreaterThan(10);
    expect(flewIn.filter((name) => name.trim() === '')).toEqual([]);
    const last = list.table().getByRole('row').last();
    await expect(last).toHaveAttribute('aria-rowindex', String(SIZE + 1));
    await expect(last.getByRole('button')).toBeVisible();
    await expect(last.getByRole('cell')).toHaveCount(6);

    // The mouse wheel over the rows scrolls the list. While it moves, the rows take no
    // pointer events (VirtualTable), so a click lands on no one; once it stops, a click on
    // the name under the pointer opens that person.
    const viewport = list.table().locator('[data-table-viewport]');
    await viewport.evaluate((el) => el.scrollTo({ top: 0 }));
    const box = (await viewport.boundingBox())!;
    // On the start of a name, in the sixth row shown (rows are 44 px, the name column comes first).
    const depth = 5 * 44 + 22;
    const pointer = { x: box.x + 24, y: box.y + depth };
    await app.mouse.move(pointer.x, pointer.y);
    await app.mouse.wheel(0, 44 * 40);
    await expect.poll(() => viewport.evaluate((el) => el.scrollTop)).toBeGreaterThan(44 * 20);
    const dialog = app.getByRole('dialog');
    await expect(async () => {
      await app.mouse.click(pointer.x, pointer.y);
      await expect(dialog).toBeVisible({ timeout: 500 });
    }).toPass();
    const opened = (await dialog.getByRole('heading', { level: 2 }).innerText()).replace(/^Ubah data /, '');
    const scrolledTo = await viewport.evaluate((el) => el.scrollTop);
    const rowUnderPointer = list.table().locator(`[role=row][aria-rowindex="${Math.floor((scrolledTo + depth) / 44) + 2}"]`);
    await expect(rowUnderPointer).toContainText(opened);
    await app.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Edit one person: a wrong NIP is refused on the field, a new golongan is saved.
    await list.search(someone);
    await list.open(someone);
    await field(dialog, 'NIP / NI PPPK').fill('1990');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(field(dialog, 'NIP / NI PPPK')).toHaveAccessibleDescription(/^NIP harus terdiri dari 18 angka/);
    await field(dialog, 'NIP / NI PPPK').fill(nip);
    await dialog.getByRole('combobox', { name: 'Golongan/ruang' }).click();
    await app.getByRole('option', { name: 'Pembina Utama Muda, IV/c' }).click();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
    await expect(list.row(someone)).toContainText('IV/c');
  });
});
