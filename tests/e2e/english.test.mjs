// English: every interface string and the built-in content switch; the choice is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openBuilder, openPage, assertAccessible, assertNoProblems } from './support.mjs';

const app = useApp();

/** Words only the French interface or content would show. */
const FRENCH = ['Répartition', 'responsabilit', 'Ajouter', 'Annuler', 'Rétablir', 'Partager', 'Enregistré',
  'Légende', 'Pilote', 'Participe', 'Informé', 'Modèle', 'Vos répartitions', 'Fiche', 'Thème', 'Aller au contenu',
  'Accueil', 'Chef de produit', 'Chefferie', 'Exporter', 'Imprimer', 'Comparer', 'atelier', 'points à clarifier',
  'Personne ne porte', 'Pourquoi', 'Non concerné', 'Co-responsable', 'Niveau', 'Intitulé'];

async function frenchLeft(page) {
  const texts = await page.evaluate(() => {
    const visible = document.body.innerText;
    const attributes = [...document.querySelectorAll('[aria-label],[title],[placeholder]')]
      .flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a)).filter(Boolean));
    return [visible, ...attributes, document.title].join('\n');
  });
  return FRENCH.filter((word) => texts.includes(word));
}

test('a first visit in English: the builder page shows no French at all', async () => {
  const page = await openBuilder(app, undefined);
  await page.goto(`${app.url}?vue=repartition&lang=en`);
  await page.getByRole('table', { name: /: who does what$/ }).waitFor();
  // That context had a French split already: it stays French (user content). A fresh one:
  const fresh = await openPage(app, '?vue=repartition&lang=en');
  await fresh.getByRole('table', { name: 'Product management: who does what' }).waitFor();
  await fresh.getByText('5 points to clarify').waitFor();
  assert.deepEqual(await frenchLeft(fresh), []);
  assert.equal(await fresh.evaluate(() => document.documentElement.lang), 'en');
  await assertAccessible(fresh, 'builder in English');
  await fresh.getByRole('button', { name: 'Card of the role DNUM product manager' }).click();
  await fresh.getByRole('dialog').getByRole('heading', { name: 'What does a day look like?' }).waitFor();
  assert.deepEqual(await frenchLeft(fresh), []);
  assertNoProblems(fresh);
});

test('the switch changes every interface string and is remembered; user content stays as written', async () => {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Split of responsibilities' }).waitFor();
  const left = await frenchLeft(page);
  // Only the saved split's own content (the guide's French table) may remain.
  const userContent = ['Chef de produit', 'Chefferie', 'Pilote'];
  assert.deepEqual(left.filter((w) => !userContent.some((u) => u.includes(w) || w.includes(u)) && !['responsabilit', 'Co-responsable'].includes(w)), []);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Split of responsibilities' }).waitFor();
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('heading', { level: 1, name: 'Répartition des responsabilités' }).waitFor();
  assertNoProblems(page);
});

test('the wizard in English, with an English split handed over', async () => {
  const page = await openPage(app, '?vue=pourquoi&lang=en');
  await page.getByText('Question 1 of 12', { exact: true }).waitFor();
  assert.deepEqual(await frenchLeft(page), []);
  await page.getByRole('radio', { name: 'A digital service for users or agents, meant to keep evolving' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Question 2 of 12', { exact: true }).waitFor();
  await page.getByRole('radio', { name: 'Being built: its first version is not open yet' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Question 3 of 12', { exact: true }).waitFor();
  await page.getByRole('radio', { name: 'A person from the business directorate, 60% of their time or more' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Question 4 of 12', { exact: true }).waitFor();
  // Next without an answer records "I don't know", and says so in English.
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Question 5 of 12', { exact: true }).waitFor();
  await page.getByRole('status')
    .filter({ hasText: 'No answer chosen: \u201cI don\'t know\u201d was recorded. You can come back and change it.' }).waitFor();
  assert.deepEqual(await frenchLeft(page), []);
  for (let i = 4; i < 12; i++) await page.getByRole('button', { name: /^(Next|See the recommendation)$/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Recommendation: a pair, a business product owner and a DNUM product manager' }).waitFor();
  await page.getByRole('region', { name: 'What it depends on' }).getByRole('listitem').first().waitFor();
  await page.getByRole('region', { name: 'What to do first' }).getByRole('listitem').first().waitFor();
  assert.deepEqual(await frenchLeft(page), []);
  await assertAccessible(page, 'wizard result in English');
  // The folded parts too, opened.
  const summaries = await page.getByRole('group').evaluateAll((parts) => parts.map((p) => p.querySelector('summary').textContent));
  assert.ok(summaries.some((s) => /^The risks your project runs \(\d+\)$/.test(s)), summaries.join(' | '));
  for (const summary of summaries) await page.getByText(summary, { exact: true }).click();
  // Only the names of the guide's pages, quoted as sources, stay French.
  assert.deepEqual((await frenchLeft(page)).filter((w) => w !== 'Chefferie'), []);
  const text = await page.evaluate(() => document.body.innerText);
  assert.equal(text.split('Chefferie').length, text.split('DNUM guide, page \u201cChefferie produit\u201d').length);
  await page.getByRole('button', { name: 'Open this split in the editor' }).click();
  await page.getByRole('columnheader', { name: /^Business product owner/ }).waitFor();
  assertNoProblems(page);
});

test('many voices in English: the request, a phone giving an opinion, and the opinions received', async () => {
  const host = await openPage(app, '?vue=repartition&lang=en', { viewport: { width: 1280, height: 720 } });
  await host.getByRole('table', { name: 'Product management: who does what' }).waitFor();
  await host.getByRole('button', { name: 'Gather opinions' }).click();
  const ask = host.getByRole('dialog', { name: 'Gather opinions' });
  const request = await ask.getByRole('textbox', { name: 'Link of the request' }).inputValue();
  assert.match(request, /\?lang=en#d1/);
  assert.deepEqual(await frenchLeft(host), []);
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await openPage(app, '', { context });
  await phone.goto(request);
  await phone.getByRole('heading', { level: 1, name: /^Your opinion on the split/ }).waitFor();
  assert.equal(await phone.title(), 'Give your opinion — Binôme');
  assert.deepEqual(await frenchLeft(phone), []);
  await phone.getByRole('textbox', { name: 'Your name or initials (optional)' }).fill('Sam');
  await phone.getByRole('button', { name: 'Send my opinion' }).tap();
  const link = await phone.getByRole('textbox', { name: 'Link of your opinion' }).inputValue();
  await ask.getByRole('button', { name: 'Gather the opinions received' }).click();
  await host.getByRole('heading', { level: 1, name: 'Opinions received' }).waitFor();
  await host.getByRole('textbox', { name: 'Links of the opinions received' }).fill(`Sam: ${link}`);
  await host.getByRole('button', { name: 'Add these opinions' }).click();
  await host.getByRole('heading', { name: '1 opinion.' }).waitFor();
  assert.deepEqual(await frenchLeft(host), []);
  await assertAccessible(host, 'the opinions received, in English');
  assertNoProblems(host);
  assertNoProblems(phone);
});
