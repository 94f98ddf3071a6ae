// "Pourquoi le mode produit ?": a person answers with the keyboard only, understands the
// recommendation, leaves with a split and a link. French text as the page writes it: see
// `fr` in support.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, openPage, assertAccessible, assertNoProblems, cellName, fr, ARTEFACTS } from './support.mjs';

const app = useApp();

const NBSP = '\u00a0';

const QUESTIONS = 12;
const NEXT = /^(Suivant|Voir la recommandation)$/;

// Answer index per question (0-based), in the wizard's order: what the service is, its
// stage, who carries it and with how much time, the sponsor, a fixed deadline, meeting the
// users, written objectives, the daily follow-up, the skills, the obligations, the
// committees, the other tasks.

/** A pair in good health (a service being built, an owner at 60 % or more, a sponsor who
 * decides…), but nobody owns accessibility, security, data and the rest. */
const OBLIGATIONS_UNOWNED = [0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0];
/**
 * The project (the format-2 link fixture): a new online service to declare
 * workplace accidents; its owner gives 20 to 59 % of her time, the sponsor only stepped in
 * at the launch, a decree fixes the date and everything due by then.
 */
const WORKPLACE_ACCIDENTS = [0, 0, 1, 1, 2, 1, 1, 0, 1, 3, 1, 3];
/** Made by and for the DNUM, its stopping considered, a few things nobody sees to. */
const DNUM_WINDING_DOWN = [0, 3, 4, 0, 0, 0, 0, 3, 0, 1, 2, 1];

const PAIR = fr('Recommandation : un binôme, chef de produit métier et co-chef de produit DNUM');

async function progress(page, n) {
  await page.getByText(`Question ${n} sur ${QUESTIONS}`, { exact: true }).waitFor();
}

/** Answers every question with the mouse (an index per question; `null`: none chosen). */
async function answerAll(page, answers) {
  for (const [i, answer] of answers.entries()) {
    await progress(page, i + 1);
    if (answer !== null) await page.getByRole('radio').nth(answer).check();
    await page.getByRole('button', { name: NEXT }).click();
  }
}

/** Answers the current question with the keyboard: the arrows pick, Enter goes on. */
async function answerWithKeyboard(page, answer) {
  if (answer === 0) {
    await page.keyboard.press('Space');
  }
  for (let i = 0; i < answer; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** Tab (or Shift+Tab) until the focused element's text is `text`. */
async function tabTo(page, text, { back = false, max = 30 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((t) => document.activeElement?.textContent === t, text)) return;
  }
  assert.fail(`"${text}" never got the focus`);
}

/** The title of the result, once it is shown. */
async function heading1(page) {
  const title = page.getByRole('heading', { level: 1, name: /^Recommandation/ });
  await title.waitFor();
  return title.innerText();
}

/** The folded parts of the result (`<details>`, role group), by their summary. */
function folded(page, summary) {
  return page.getByRole('group').filter({ has: page.getByText(summary, { exact: true }) });
}

/** Opens a folded part by clicking its summary, as a person does. */
async function unfold(page, summary) {
  await page.getByText(summary, { exact: true }).click();
  await page.waitForFunction((s) => [...document.querySelectorAll('details')]
    .some((d) => d.open && d.querySelector('summary').textContent === s), summary);
}

async function summaries(page) {
  return page.getByRole('group').evaluateAll((parts) => parts.map((p) => p.querySelector('summary').textContent));
}

/** How far the page scrolls sideways (0: not at all) in a window `width` wide. */
async function sideways(page, width) {
  return page.evaluate((w) => Math.max(document.documentElement.scrollWidth, window.innerWidth) - w, width);
}

test('keyboard only: through the twelve questions to the result, then the split in the builder', async () => {
  const page = await openPage(app);
  // From the home page, with the keyboard.
  await tabTo(page, 'Répondre aux questions');
  await page.keyboard.press('Enter');
  await progress(page, 1);
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement.type === 'radio')); i++) {
    await page.keyboard.press('Tab');
  }
  for (const [i, answer] of OBLIGATIONS_UNOWNED.entries()) {
    await progress(page, i + 1);
    await page.waitForFunction(() => document.activeElement?.type === 'radio');
    await answerWithKeyboard(page, answer);
  }
  assert.equal(await heading1(page), PAIR);
  // The recommendation's title has the focus: a screen reader reads it first.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent.startsWith('Recommandation'));
  await page.getByText('12 réponses sur 12.', { exact: true }).waitFor();
  // Short first: what it depends on, then what to do first, and by whom.
  const conditions = page.getByRole('region', { name: 'Ce dont cela dépend' }).getByRole('listitem');
  assert.equal(await conditions.count(), 2);
  const condition = await conditions.first().innerText();
  assert.ok(condition.startsWith(fr('À condition que le porteur métier garde ses trois jours par semaine dans la durée, pas seulement au lancement ; sinon, ')), condition);
  const steps = await page.getByRole('region', { name: 'À faire d’abord' }).getByRole('listitem').allInnerTexts();
  assert.deepEqual(steps, [fr('Le co-chef de produit DNUM : prendre rendez-vous avec le responsable de la sécurité des systèmes d’information et le délégué à la protection des données, et placer l’homologation dans le calendrier.')]);
  // The risk, folded with its count, opens with the keyboard.
  const risksSummary = 'Le risque que court votre projet (1)';
  await tabTo(page, risksSummary);
  await page.keyboard.press('Enter');
  const risks = folded(page, risksSummary);
  await risks.getByRole('heading', { level: 3, name: fr('Accessibilité, sécurité, données personnelles : aucun responsable, aucune place dans le calendrier.') }).waitFor();
  await risks.getByText(fr('Parce que vous avez répondu « Non, aucun » à « Accessibilité, sécurité, données personnelles, homologation, sobriété : chacun de ces sujets a-t-il un responsable et une place dans le calendrier ? ».'), { exact: true }).waitFor();

  await tabTo(page, 'Ouvrir cette répartition dans l’éditeur', { back: true });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Répartition des responsabilités' }).waitFor();
  // The focus is on the builder's title, not lost to the page: Tab goes on into the builder.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Répartition des responsabilités');
  const cell = page.getByRole('button', { name: cellName('Piloter les sujets règlementaires et de qualité', 'Chef de produit DNUM') });
  assert.equal(await cell.getAttribute('aria-label'),
    // The builder's own words keep plain spaces; the wizard's note has its no-break space.
    `Piloter les sujets règlementaires et de qualité — Chef de produit DNUM${NBSP}: Pilote à attribuer${NBSP}: aucun responsable identifié aujourd’hui`);
  await page.getByRole('table', { name: fr('Répartition issue de « Pourquoi le mode produit ? » : qui fait quoi') }).waitFor();
  const options = await page.getByRole('combobox', { name: 'Répartition ouverte' }).locator('option').allInnerTexts();
  assert.equal(options.length, 2, 'a new split, none overwritten');
  assertNoProblems(page);
});

test('Enter on an answer: no key can land on the next question before its first answer has the focus', async () => {
  const page = await openPage(app, '?vue=pourquoi');
  const second = page.getByRole('radio', { name: 'Une réalisation ponctuelle, définie à l’avance, sans suite prévue' });
  await second.check();
  // Enter and a look at the focus within one task, as fast as a key repeat: the view is
  // updated in place, so the focused second answer of question 1 must not stay focused as
  // the second answer of question 2.
  const focusedThen = await page.evaluate(async () => {
    document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    for (let i = 0; i < 20; i++) await new Promise((resolve) => queueMicrotask(resolve));
    return document.activeElement.type === 'radio' ? document.activeElement.labels[0].innerText : 'aucune réponse';
  });
  await progress(page, 2);
  const first = page.getByRole('radio').first();
  assert.equal(await first.evaluate((e) => e.labels[0].innerText), fr('Une idée : rien n’est encore construit'));
  assert.ok(['aucune réponse', await first.evaluate((e) => e.labels[0].innerText)].includes(focusedThen), focusedThen);
  await page.waitForFunction(() => document.activeElement.type === 'radio');
  assert.equal(await first.evaluate((e) => e === document.activeElement), true, 'the first answer has the focus');
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0, 'question 2 starts unanswered');
  assertNoProblems(page);
});

test('Suivant without an answer records "Je ne sais pas" and says so, or asks for an answer', async () => {
  const page = await openPage(app, '?vue=pourquoi');
  await progress(page, 1);
  await page.getByRole('button', { name: 'Suivant' }).click();
  await progress(page, 2);
  const recorded = fr('Faute de réponse, « Je ne sais pas encore : le besoin reste à préciser » est retenu. Vous pourrez revenir sur cette question.');
  await page.getByRole('status').filter({ hasText: recorded }).waitFor();
  assert.equal(await page.getByRole('status').filter({ hasText: recorded }).innerText(), recorded);
  // Where the service stands has no "Je ne sais pas": an answer is asked for, and the
  // question stays, its first answer focused.
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('alert').filter({ hasText: 'Choisissez une réponse pour continuer.' }).waitFor();
  await progress(page, 2);
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0, 'nothing chosen for the person');
  await page.waitForFunction(() => document.activeElement?.type === 'radio');
  assert.equal(await page.getByRole('radio').first().evaluate((e) => e === document.activeElement), true);
  // The alert stays until closed.
  await page.getByRole('button', { name: 'Fermer' }).click();
  await page.getByRole('alert').filter({ hasText: 'Choisissez une réponse pour continuer.' }).waitFor({ state: 'detached' });
  // The same with Enter on that answer, unchosen; closing the alert gives the focus back.
  await page.getByRole('radio').first().focus();
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'Choisissez une réponse pour continuer.' }).waitFor();
  await progress(page, 2);
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
  await page.getByRole('button', { name: 'Fermer' }).click();
  await page.waitForFunction(() => document.activeElement?.id && document.activeElement === document.querySelector('input[type=radio]'));
  await page.getByRole('radio', { name: fr('Une idée : rien n’est encore construit') }).check();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await progress(page, 3);
  await page.getByRole('button', { name: 'Suivant' }).click();
  await progress(page, 4);
  await page.getByRole('status')
    .filter({ hasText: fr('Faute de réponse, « Personne n’est encore nommé, ou je ne sais pas » est retenu.') }).waitFor();
  // Recorded, not guessed: back there, the answer is chosen, and can be changed.
  await page.getByRole('button', { name: 'Précédent' }).click();
  await progress(page, 3);
  assert.equal(await page.getByRole('radio', { name: 'Personne n’est encore nommé, ou je ne sais pas' }).isChecked(), true);
  await page.getByRole('button', { name: 'Précédent' }).click();
  await page.getByRole('button', { name: 'Précédent' }).click();
  await progress(page, 1);
  assert.equal(await page.getByRole('radio', { name: fr('Je ne sais pas encore : le besoin reste à préciser') }).isChecked(), true);
  for (let i = 0; i < QUESTIONS; i++) await page.getByRole('button', { name: NEXT }).click();
  assert.equal(await heading1(page), fr('Recommandation : nommer d’abord un porteur métier et un sponsor'));
  await page.getByText('12 réponses sur 12.', { exact: true }).waitFor();
  assert.equal(await page.getByText('Certaines questions sont restées sans réponse', { exact: false }).count(), 0);
  assertNoProblems(page);
});

test('the result link reopens the same result in a fresh browser, without touching its answers', async () => {
  const page = await openPage(app, '?vue=pourquoi');
  await answerAll(page, DNUM_WINDING_DOWN);
  const title = await heading1(page);
  assert.equal(title, fr('Recommandation : un produit porté entièrement par la DNUM'));
  const risksSummary = 'Les risques que court votre projet (5)';
  await unfold(page, risksSummary);
  const risks = await folded(page, risksSummary).getByRole('heading', { level: 3 }).allInnerTexts();
  assert.equal(risks[0], 'Personne ne suit clairement les développeurs au quotidien.');
  const steps = await page.getByRole('region', { name: 'À faire d’abord' }).getByRole('listitem').allInnerTexts();
  await page.getByRole('button', { name: 'Partager ce résultat' }).click();
  const link = await page.getByRole('textbox', { name: 'Lien du résultat (réponses comprises)' }).inputValue();
  assert.match(link, /\?vue=pourquoi#q2[A-Za-z0-9_-]+$/);
  await assertAccessible(page, 'wizard result with its link');

  const elsewhere = await openPage(app, '?vue=pourquoi');
  await elsewhere.getByRole('radio').nth(2).check();
  await elsewhere.getByRole('button', { name: 'Suivant' }).click();
  await progress(elsewhere, 2);
  const ownProgress = await elsewhere.evaluate(() => localStorage.getItem('binome.questionnaire'));
  assert.ok(ownProgress);
  await elsewhere.goto(link);
  assert.equal(await heading1(elsewhere), title);
  await elsewhere.getByText(fr('Ce résultat vient d’un lien partagé : vos propres réponses ne sont pas modifiées.'), { exact: true }).waitFor();
  assert.deepEqual(await elsewhere.getByRole('region', { name: 'À faire d’abord' }).getByRole('listitem').allInnerTexts(), steps);
  await unfold(elsewhere, risksSummary);
  assert.deepEqual(await folded(elsewhere, risksSummary).getByRole('heading', { level: 3 }).allInnerTexts(), risks);
  assert.equal(await elsewhere.evaluate(() => localStorage.getItem('binome.questionnaire')), ownProgress);
  // Taking the link's answers asks first, since there are answers of one's own.
  await elsewhere.getByRole('button', { name: 'Partir de ces réponses' }).click();
  await elsewhere.getByRole('dialog', { name: 'Confirmer' }).getByRole('button', { name: 'Annuler' }).click();
  assert.equal(await elsewhere.evaluate(() => localStorage.getItem('binome.questionnaire')), ownProgress);
  await heading1(elsewhere);
  // Confirmed, the link's answers are one's own, from the first question.
  await elsewhere.getByRole('button', { name: 'Partir de ces réponses' }).click();
  await elsewhere.getByRole('dialog', { name: 'Confirmer' }).getByRole('button', { name: 'Confirmer' }).click();
  await progress(elsewhere, 1);
  assert.equal(await elsewhere.getByRole('radio', { name: 'Un service numérique pour des usagers ou des agents, appelé à évoluer' }).isChecked(), true);
  assert.ok(!elsewhere.url().includes('#'), elsewhere.url());
  assert.notEqual(await elsewhere.evaluate(() => localStorage.getItem('binome.questionnaire')), ownProgress);
  assertNoProblems(elsewhere);
  assertNoProblems(page);
});

test('an old #q1… link, from the first wizard, still opens its result, read into today’s questions', async () => {
  const q1 = (await readFile(new URL('../fixtures/links/q1-answers.txt', import.meta.url), 'utf8')).trim();
  assert.match(q1, /^q1/);
  const page = await openPage(app, `?vue=pourquoi#${q1}`);
  assert.equal(await heading1(page), PAIR);
  await page.getByText(fr('Ce résultat vient d’un lien partagé : vos propres réponses ne sont pas modifiées.'), { exact: true }).waitFor();
  // The deadline and the users were not asked then: ten answers of twelve.
  await page.getByText('10 réponses sur 12.', { exact: true }).waitFor();
  await page.getByText(fr('Parce que vous avez répondu « Une personne de la direction métier, à 60 % de son temps ou plus » à « Qui portera le service côté métier, et avec quelle part de son temps ? ».'), { exact: true }).first().waitFor();
  const risksSummary = 'Les risques que court votre projet (2)';
  await unfold(page, risksSummary);
  assert.deepEqual(await folded(page, risksSummary).getByRole('heading', { level: 3 }).allInnerTexts(), [
    fr('Accessibilité, sécurité, données personnelles : aucun responsable, aucune place dans le calendrier.'),
    'Des objectifs écrits, mais sans indicateurs, peu partagés ou peu suivis.',
  ]);
  // Its answers, taken (no answers of one's own: nothing to confirm), are today's.
  await page.getByRole('button', { name: 'Partir de ces réponses' }).click();
  await progress(page, 1);
  assert.ok(!page.url().includes('#'), page.url());
  assert.equal(await page.getByRole('radio', { name: 'Un service numérique pour des usagers ou des agents, appelé à évoluer' }).isChecked(), true);
  for (let i = 1; i < 5; i++) {
    await page.getByRole('button', { name: 'Suivant' }).click();
    await progress(page, i + 1);
  }
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0, 'the deadline, a new question, unanswered');
  assertNoProblems(page);

  // Progress kept by the first wizard, on its result: still the result, which says what
  // is left unanswered, and leads there.
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((saved) => {
    if (!localStorage.getItem('binome.questionnaire')) localStorage.setItem('binome.questionnaire', saved);
  }, `12:${q1}`);
  const kept = await openPage(app, '?vue=pourquoi', { context });
  assert.equal(await heading1(kept), PAIR);
  await kept.getByText(fr('Certaines questions sont restées sans réponse : la recommandation n’en tient pas compte.'), { exact: false }).waitFor();
  await kept.getByRole('button', { name: 'Répondre aux questions restantes' }).click();
  await progress(kept, 5);
  await kept.waitForFunction(() => document.activeElement?.type === 'radio');
  assertNoProblems(kept);
});

test('answers in progress survive a reload, and can be changed at any time', async () => {
  const page = await openPage(app, '?vue=pourquoi');
  await page.getByRole('radio', { name: 'Un service numérique pour des usagers ou des agents, appelé à évoluer' }).check();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await progress(page, 2);
  // A new question starts unanswered, whatever was chosen on the previous one.
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
  const inService = page.getByRole('radio', { name: fr('En service : il est ouvert à des usagers, et doit s’étendre ou durer') });
  await inService.check();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await progress(page, 3);
  await page.reload();
  await progress(page, 3);
  await page.getByRole('button', { name: 'Précédent' }).click();
  await progress(page, 2);
  assert.equal(await inService.isChecked(), true);
  await page.getByRole('radio', { name: fr('Une idée : rien n’est encore construit') }).check();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await progress(page, 3);
  await page.getByRole('radio', { name: 'Personne n’est encore nommé, ou je ne sais pas' }).check();
  for (let i = 3; i <= QUESTIONS; i++) await page.getByRole('button', { name: NEXT }).click();
  assert.equal(await heading1(page), fr('Recommandation : nommer d’abord un porteur métier et un sponsor'));
  // Because of the answer just changed, said in the page's words.
  await page.getByText(fr('Parce que vous avez répondu « Personne n’est encore nommé, ou je ne sais pas » à « Qui portera le service côté métier, et avec quelle part de son temps ? ».'), { exact: true }).first().waitFor();
  await page.getByRole('button', { name: 'Modifier mes réponses' }).click();
  await progress(page, 1);
  assert.equal(await page.getByRole('radio', { name: 'Un service numérique pour des usagers ou des agents, appelé à évoluer' }).isChecked(), true);
  await page.getByRole('button', { name: 'Suivant' }).click();
  await progress(page, 2);
  assert.equal(await page.getByRole('radio', { name: fr('Une idée : rien n’est encore construit') }).isChecked(), true);
  assertNoProblems(page);
});

test('a wizard that can say no: a one-off is not product mode', async () => {
  const page = await openPage(app, '?vue=pourquoi');
  await page.getByRole('radio', { name: 'Une réalisation ponctuelle, définie à l’avance, sans suite prévue' }).check();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await progress(page, 2);
  await page.getByRole('radio', { name: fr('Une idée : rien n’est encore construit') }).check();
  for (let i = 2; i <= QUESTIONS; i++) await page.getByRole('button', { name: NEXT }).click();
  assert.equal(await heading1(page), fr('Recommandation : pas le mode produit maintenant : le mode projet suffit pour cette réalisation ponctuelle'));
  await page.getByText('Un besoin défini à l’avance, sans suite prévue, se mène en mode projet', { exact: false }).waitFor();
  const conditions = await page.getByRole('region', { name: 'Ce dont cela dépend' }).getByRole('listitem').allInnerTexts();
  assert.ok(conditions[0].startsWith(fr('À condition que le besoin reste figé jusqu’à la livraison ; sinon, si les usagers, le texte ou les priorités changent en cours de route, passez en mode produit.')), conditions[0]);
  const steps = await page.getByRole('region', { name: 'À faire d’abord' }).getByRole('listitem').allInnerTexts();
  assert.equal(steps.length, 3);
  assert.ok(steps[0].startsWith(fr('Vous, direction métier : écrire avec la DNUM le cahier des charges')), steps[0]);
  // No product-mode risks, changes or questions to keep asking for a project.
  assert.deepEqual(await summaries(page), []);
  assert.equal(await page.getByRole('region', { name: 'Les questions à continuer de se poser' }).count(), 0);
  // The split handed over is a project's.
  await page.getByRole('button', { name: 'Ouvrir cette répartition dans l’éditeur' }).click();
  await page.getByRole('columnheader', { name: /^Chef de projet DNUM/ }).waitFor();
  assertNoProblems(page);
});

test('axe-core finds no violation on any step of the wizard', async () => {
  const page = await openPage(app, '?vue=pourquoi');
  for (let i = 0; i < QUESTIONS; i++) {
    await progress(page, i + 1);
    await assertAccessible(page, `wizard step ${i + 1}`);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: NEXT }).click();
  }
  await heading1(page);
  await assertAccessible(page, 'wizard result');
  assertNoProblems(page);
});

test('axe-core finds no violation on a full result, its folded parts closed then all opened', async () => {
  const page = await openPage(app, '?vue=pourquoi');
  await answerAll(page, WORKPLACE_ACCIDENTS);
  assert.equal(await heading1(page), PAIR);
  const parts = await summaries(page);
  assert.deepEqual(parts, [
    'Les risques que court votre projet (8)',
    'Ce que vos réponses changent à la répartition (3)',
    fr('Projet ou produit : ce qui change ici (5)'),
    'Les autres questions (11)',
  ]);
  // Short first: three conditions, three things to do, five questions to keep asking.
  assert.equal(await page.getByRole('region', { name: 'Ce dont cela dépend' }).getByRole('listitem').count(), 3);
  assert.equal(await page.getByRole('region', { name: 'À faire d’abord' }).getByRole('listitem').count(), 3);
  const keepAsking = page.getByRole('region', { name: 'Les questions à continuer de se poser' });
  assert.deepEqual(await keepAsking.getByRole('heading', { level: 3 }).allInnerTexts(),
    ['Pour vous, porteur métier', 'Pour le co-chef de produit DNUM', 'Pour le sponsor']);
  assert.equal(await keepAsking.getByRole('listitem').count(), 5, 'five questions unfolded, the rest folded');
  await assertAccessible(page, 'wizard result, folded parts closed');
  for (const summary of parts) await unfold(page, summary);
  // Each count says what is inside.
  for (const summary of parts) {
    const count = Number(summary.match(/\((\d+)\)$/)[1]);
    assert.equal(await folded(page, summary).getByRole('listitem').count(), count, summary);
  }
  await keepAsking.getByRole('heading', { level: 3, name: 'Pour le sponsor' }).last().waitFor();
  await assertAccessible(page, 'wizard result, folded parts opened');
  assertNoProblems(page);
});

test('on a phone (390 × 844) and at 320 px: no sideways scrolling, every answer’s radio the same size', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 740 }]) {
    const context = await app.browser.newContext({ viewport, isMobile: true, hasTouch: true });
    const page = await openPage(app, '?vue=pourquoi', { context });
    const sizes = new Set();
    for (const [i, answer] of WORKPLACE_ACCIDENTS.entries()) {
      await progress(page, i + 1);
      assert.equal(await sideways(page, viewport.width), 0, `question ${i + 1} at ${viewport.width} px scrolls sideways`);
      const boxes = await page.getByRole('radio').evaluateAll((radios) => radios.map((r) => {
        const box = r.getBoundingClientRect();
        return `${box.width.toFixed(1)}×${box.height.toFixed(1)}`;
      }));
      // "Toutes" beside "Presque aucune : surtout des développeurs, souvent chez un
      // prestataire", six answers on who carries the service…: one size.
      assert.equal(new Set(boxes).size, 1, `question ${i + 1} at ${viewport.width} px: radios of sizes ${boxes.join(', ')}`);
      sizes.add(boxes[0]);
      await page.getByRole('radio').nth(answer).tap();
      await page.getByRole('button', { name: NEXT }).tap();
    }
    assert.equal(sizes.size, 1, `radios of sizes ${[...sizes].join(', ')} from one question to another`);
    assert.equal(await heading1(page), PAIR);
    assert.equal(await sideways(page, viewport.width), 0, `the result at ${viewport.width} px scrolls sideways`);
    for (const summary of await summaries(page)) await unfold(page, summary);
    assert.equal(await sideways(page, viewport.width), 0, `the opened result at ${viewport.width} px scrolls sideways`);
    assertNoProblems(page);
    await context.close();
  }
});

test('screenshots of the result on a laptop (1280 × 900) and on a phone (390 × 844)', async () => {
  const devices = [
    ['laptop', { viewport: { width: 1280, height: 900 } }],
    ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
  ];
  for (const [name, options] of devices) {
    const context = await app.browser.newContext(options);
    const page = await openPage(app, '?vue=pourquoi', { context });
    await answerAll(page, WORKPLACE_ACCIDENTS);
    await heading1(page);
    // As it first shows: the focus on the title, the folded parts closed.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${ARTEFACTS}/wizard-result-${name}.png`, fullPage: true });
    for (const summary of await summaries(page)) await unfold(page, summary);
    await page.screenshot({ path: `${ARTEFACTS}/wizard-result-${name}-opened.png`, fullPage: true });
    assertNoProblems(page);
    await context.close();
  }
});
