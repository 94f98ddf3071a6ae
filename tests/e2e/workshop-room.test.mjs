// A workshop in a real room: a French (AZERTY) laptop on a 1280 × 720 projector, keyboard
// only. The facilitator walks the matrix, sets levels, adds what the group decides, opens
// the points to clarify and the comparison, and prints — without leaving workshop mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { useApp, openBuilder, assertAccessible, assertNoProblems, cellName, ARTEFACTS } from './support.mjs';

const app = useApp();
const PROJECTOR = { width: 1280, height: 720 };

async function enterWorkshop(page) {
  await page.getByRole('button', { name: 'Mode atelier' }).click();
  await page.getByRole('button', { name: 'Quitter le mode atelier (Échap)' }).waitFor();
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('Incarner la vision — Chef de produit métier'));
}

/** A key as a French keyboard sends it, through the DevTools protocol. */
async function pressAzerty(cdp, key, code, keyCode) {
  const base = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...base, text: key.length === 1 ? key : undefined });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
}

const focusedName = (page) => page.evaluate(() => document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent);

test('on a French keyboard, the keys marked 1 to 5 set the levels, with or without Shift, and the keypad too', async () => {
  const page = await openBuilder(app, { viewport: PROJECTOR });
  const cdp = await page.context().newCDPSession(page);
  await enterWorkshop(page);
  const levels = [['&', 'Digit1', 49, 'Co-responsable'], ['é', 'Digit2', 50, 'Pilote'], ['"', 'Digit3', 51, 'Participe'],
    ["'", 'Digit4', 52, 'Informé'], ['(', 'Digit5', 53, 'Non concerné']];
  for (const [key, code, keyCode, level] of levels) {
    await pressAzerty(cdp, key, code, keyCode);
    await page.waitForFunction((l) => document.activeElement.getAttribute('aria-label').startsWith(`Incarner la vision — Chef de produit métier\u00a0: ${l}`), level);
  }
  // Shift + the same key gives the digit itself; the keypad sends digits with Num Lock on.
  await pressAzerty(cdp, '2', 'Digit2', 50);
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label').includes(': Pilote'));
  await pressAzerty(cdp, '3', 'Numpad3', 99);
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label').includes(': Participe'));
  // The keypad with Num Lock off is a navigation pad: its End stays End.
  await pressAzerty(cdp, 'End', 'Numpad1', 35);
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('Incarner la vision — Chef de produit DNUM'));
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Les touches du mode atelier' }).getByText('touches du haut avec ou sans Maj', { exact: false }).waitFor();
  assertNoProblems(page);
});

test('at 1280 × 720 the room sees six rows and more, headers that stay, and the focused row and column marked', async () => {
  const page = await openBuilder(app, { viewport: PROJECTOR });
  await enterWorkshop(page);
  assert.match(page.url(), /[?&]mode=atelier/, 'the address says workshop mode: a reload stays in it');
  const inView = await page.evaluate(() => [...document.querySelectorAll('.row-button')].filter((b) => {
    const r = b.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }).length);
  assert.ok(inView >= 6, `${inView} responsibilities in view on entering`);
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('BizDev / déploiement et communication sur le produit — Chef de produit DNUM'));
  const seen = await page.evaluate(() => {
    const cell = document.activeElement;
    const visible = (e) => {
      const r = e.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + 4, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + 4, 0), innerHeight - 1);
      return r.bottom > 0 && r.top < innerHeight && e.contains(document.elementFromPoint(x, y));
    };
    const column = [...document.querySelectorAll('thead .role-button')].find((b) => b.textContent === 'Chef de produit DNUM');
    const row = cell.closest('tr').querySelector('.row-button');
    // The marks: thick lines in a colour against the cell's background.
    const td = cell.closest('td');
    const shadow = getComputedStyle(td).boxShadow;
    const colour = shadow.match(/rgb\([^)]*\)/)[0];
    return { header: visible(column), row: visible(row), cell: visible(cell), shadow, colour,
      background: getComputedStyle(td).backgroundColor, headerFill: getComputedStyle(column.closest('th')).backgroundColor };
  });
  assert.deepEqual([seen.header, seen.row, seen.cell], [true, true, true], 'column header, responsibility and cell in view');
  assert.match(seen.shadow, /4px/, `thick lines mark the row and column: ${seen.shadow}`);
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const background = seen.background === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : seen.background;
  assert.ok(contrast(seen.colour, background) >= 3, `marks ${seen.colour} on ${background}`);
  for (const level of ['rgb(227, 227, 253)', 'rgb(223, 254, 230)', 'rgb(254, 247, 218)', 'rgb(238, 238, 238)']) {
    assert.ok(contrast(seen.colour, level) >= 3, `marks ${seen.colour} on a cell of ${level}`);
  }
  assert.notEqual(seen.headerFill, 'rgba(0, 0, 0, 0)', 'the focused column header is filled');
  await page.screenshot({ path: `${ARTEFACTS}/workshop-scrolled.png` });
  // Alt + ↑ on a cell moves its row, the focus stays on the cell, the page stays put.
  const before = await page.evaluate(() => scrollY);
  await page.keyboard.press('Alt+ArrowUp');
  await page.waitForFunction(() => [...document.querySelectorAll('.row-button')].map((b) => b.textContent).indexOf('BizDev / déploiement et communication sur le produit') === 7);
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('BizDev / déploiement et communication sur le produit — Chef de produit DNUM'));
  assert.ok(Math.abs((await page.evaluate(() => scrollY)) - before) < 100, 'no jump of the page');
  await page.keyboard.press('Alt+ArrowLeft');
  await page.waitForFunction(() => document.querySelector('thead .role-button').textContent === 'Chef de produit DNUM');
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('BizDev / déploiement et communication sur le produit — Chef de produit DNUM'));
  await assertAccessible(page, 'workshop mode, scrolled, marks shown', { scrolled: true });
  assertNoProblems(page);
});

test('in workshop mode a role, a responsibility and a group are added with the keyboard alone, and Esc takes an addition back', async () => {
  const page = await openBuilder(app, { viewport: PROJECTOR });
  await enterWorkshop(page);
  let presses = 0;
  const press = async (key) => {
    presses++;
    await page.keyboard.press(key);
  };
  // A role: R, its label typed over the selected placeholder, Enter.
  await press('r');
  const roleDialog = page.getByRole('dialog', { name: /Modifier le rôle/ });
  await roleDialog.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.selectionEnd - document.activeElement.selectionStart), 'Rôle 3'.length, 'the placeholder label is selected');
  await page.keyboard.type('Designer');
  await press('Enter');
  await roleDialog.waitFor({ state: 'detached' });
  await page.getByRole('columnheader', { name: 'Designer' }).waitFor();
  assert.ok(presses <= 6, `${presses} presses for a role`);
  // Back on a cell, in the new column: the arrows go on.
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('Incarner la vision — Designer'));

  presses = 0;
  await press('l');
  const rowDialog = page.getByRole('dialog', { name: /Modifier la responsabilité/ });
  await rowDialog.waitFor();
  await page.keyboard.type('Animer la communauté');
  await press('Enter');
  await rowDialog.waitFor({ state: 'detached' });
  assert.ok(presses <= 6, `${presses} presses for a responsibility`);
  const rows = await page.locator('.row-button').allInnerTexts();
  assert.equal(rows[1], 'Animer la communauté', 'just after the focused cell\'s row, in its group');
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('Animer la communauté — Designer'));

  presses = 0;
  await press('g');
  const groupDialog = page.getByRole('dialog', { name: /Modifier le groupe/ });
  await groupDialog.waitFor();
  await page.keyboard.type('Exploitation');
  await press('Enter');
  await groupDialog.waitFor({ state: 'detached' });
  assert.ok(presses <= 6, `${presses} presses for a group`);
  await page.getByRole('button', { name: 'Exploitation', exact: true }).waitFor();

  // Esc in the new label: as if nothing had been added, and nothing to redo.
  const roles = await page.locator('thead .role-button').count();
  await page.keyboard.press('r');
  await roleDialog.waitFor();
  await page.keyboard.type('Coach');
  await page.keyboard.press('Escape');
  await roleDialog.waitFor({ state: 'detached' });
  await page.getByRole('status').filter({ hasText: 'Ajout annulé.' }).waitFor();
  assert.equal(await page.locator('thead .role-button').count(), roles);
  assert.equal(await page.getByRole('columnheader', { name: 'Coach' }).count(), 0);
  assertNoProblems(page);
});

test('the points to clarify open large in the mode, follow every edit, and each leads to its cell', async () => {
  const page = await openBuilder(app, { viewport: PROJECTOR });
  await enterWorkshop(page);
  await page.getByRole('status').filter({ hasText: '5 points à clarifier' }).first().waitFor();
  // The count follows a level set in the room.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('3');
  await page.getByRole('status').filter({ hasText: '4 points à clarifier' }).first().waitFor();
  await page.keyboard.press('p');
  const points = page.getByRole('dialog', { name: '4 points à clarifier' });
  await points.waitFor();
  await page.screenshot({ path: `${ARTEFACTS}/workshop-points.png` });
  await assertAccessible(page, 'points to clarify in workshop mode');
  await points.getByRole('button', { name: /Support utilisateur/ }).click();
  await points.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('Support utilisateur — Chef de produit DNUM'));
  // And by its button in the bar.
  await page.getByRole('button', { name: 'Points à clarifier (P)' }).click();
  await page.getByRole('dialog', { name: '4 points à clarifier' }).waitFor();
  assertNoProblems(page);
});

test('compare in the mode: a matrix where each changed cell reads before → after, in symbols and words', async () => {
  const page = await openBuilder(app, { viewport: PROJECTOR });
  await enterWorkshop(page);
  await page.keyboard.press('2'); // Incarner la vision — métier: Co-responsable → Pilote
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'Comparer deux répartitions' });
  await dialog.getByText('1 case diffère.').waitFor();
  const changed = dialog.locator('td.changed');
  assert.equal(await changed.count(), 1);
  assert.match(await changed.innerText(), /Co-responsable[\s\S]*→[\s\S]*Pilote/);
  // Not involved is said, never a blank.
  await dialog.getByText('Non concerné').first().waitFor();
  const size = await changed.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(size >= 24, `comparison text ${size}px`);
  await page.screenshot({ path: `${ARTEFACTS}/workshop-compare.png` });
  await assertAccessible(page, 'compare in workshop mode');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('Incarner la vision — Chef de produit métier\u00a0: Pilote'));
  assertNoProblems(page);
});

test('the QR code of a workshop held in English opens in English, in workshop mode', async () => {
  const page = await openBuilder(app, { viewport: PROJECTOR });
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Workshop mode' }).click();
  await page.getByRole('button', { name: 'Leave workshop mode (Esc)' }).waitFor();
  await page.keyboard.press('q');
  const dialog = page.getByRole('dialog', { name: /QR code/ });
  const link = await dialog.getByRole('textbox', { name: 'Link drawn by the QR code' }).inputValue();
  assert.match(link, /[?&]mode=atelier(&|#)/);
  assert.match(link, /[?&]lang=en(&|#)/);
  const fits = await page.evaluate(() => {
    const d = document.querySelector('dialog[open]');
    return d.scrollHeight <= d.clientHeight && d.getBoundingClientRect().bottom <= innerHeight;
  });
  assert.equal(fits, true, 'the code and its link fit a 720-pixel screen');
  assertNoProblems(page);
});

test('printed, from the light or the dark theme, the guide\'s table is one light A4 page without buttons or focus ring', async () => {
  for (const theme of ['light', 'dark']) {
    const context = await app.browser.newContext({ viewport: PROJECTOR, colorScheme: theme });
    const page = await openBuilder(app, { context });
    await page.getByRole('button', { name: cellName('Incarner la vision', 'Chef de produit métier') }).focus();
    await page.emulateMedia({ media: 'print' });
    const look = await page.evaluate(() => {
      const cell = document.activeElement;
      const luminance = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
      return {
        text: luminance(getComputedStyle(cell).color),
        title: luminance(getComputedStyle(document.querySelector('h1')).color),
        page: getComputedStyle(document.body).backgroundColor,
        outline: getComputedStyle(cell).outlineStyle,
        toolbars: [...document.querySelectorAll('.toolbar, .splits, .site-header')].filter((e) => e.getClientRects().length).length,
      };
    });
    assert.ok(look.text < 60 && look.title < 60, `dark text in print (${theme}): ${JSON.stringify(look)}`);
    assert.equal(look.page, 'rgb(255, 255, 255)');
    assert.equal(look.outline, 'none', 'no focus ring on paper');
    assert.equal(look.toolbars, 0, 'no buttons on paper');
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `one page (${theme})`);
    const file = `${ARTEFACTS}/print-${theme}.pdf`;
    await writeFile(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', file, `${ARTEFACTS}/print-${theme}`]);
    assertNoProblems(page);
    await context.close();
  }
});
