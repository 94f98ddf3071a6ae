// How long a key takes to show on screen: from a number key on a focused cell (a level
// set) and from an arrow key (the focus moved) to the end of the next frame, on the guide's
// table and on the largest split (12 roles × 60 responsibilities, tests/fixtures/links/
// v1-maximal.txt), at full speed and with the CPU slowed 4× (a modest phone).
// Usage: node tools/bench-keys.mjs   (after `make build`; part of `make bench`)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { distDir, startNginx } from './nginx.mjs';

const PRESSES = 20;
/** Frames as soon as they are ready, not at the screen's 60 Hz: what is timed is the work a
 * key costs, not the wait for the next refresh (up to 16.7 ms, whatever the work). */
export const UNPACED = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];
const LARGEST = readFileSync(new URL('../tests/fixtures/links/v1-maximal.txt', import.meta.url), 'utf8').trim();

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Each key's time, from the event to the end of the frame that shows it. */
function recordKeyToFrame() {
  window.__keyToFrame = [];
  addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    // The frame's callbacks run after every reactive update; the task after them runs once
    // that frame's style, layout and paint are done.
    requestAnimationFrame(() => setTimeout(() => window.__keyToFrame.push(performance.now() - start), 0));
  }, true);
}

async function pressAndTime(page, keys) {
  await page.evaluate(() => { window.__keyToFrame = []; });
  for (let i = 0; i < keys.length; i++) {
    await page.keyboard.press(keys[i]);
    await page.waitForFunction((n) => window.__keyToFrame.length >= n, i + 1);
  }
  return page.evaluate(() => window.__keyToFrame);
}

async function openSplit(browser, url, fragment) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(recordKeyToFrame);
  await page.goto(`${url}?vue=repartition${fragment ? `#${fragment}` : ''}`);
  await page.getByRole('table').waitFor();
  if (fragment) {
    await page.getByRole('button', { name: 'Garder cette répartition' }).click();
    await page.getByRole('region', { name: /Aperçu/ }).waitFor({ state: 'detached' }).catch(() => {});
  }
  return { context, page };
}

export async function benchKeys(browser, url) {
  console.log(`== Key to the end of the next frame, ${PRESSES} presses (median / slowest) ==`);
  const results = {};
  for (const [name, fragment] of [['guide 2 × 10', ''], ['largest 12 × 60', LARGEST]]) {
    for (const rate of [1, 4]) {
      const { context, page } = await openSplit(browser, url, fragment);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const cells = page.locator('.cell-button');
      const count = await page.locator('.cell-button').count();
      await cells.first().focus();
      // Levels 2 and 3 in turn, so that every press changes the cell.
      const levels = await pressAndTime(page, Array.from({ length: PRESSES }, (_, i) => (i % 2 ? '3' : '2')));
      const arrows = await pressAndTime(page, Array.from({ length: PRESSES }, (_, i) => (Math.floor(i / 5) % 2 ? 'ArrowUp' : 'ArrowDown')));
      const line = (label, times) => `${label} ${median(times).toFixed(1)} / ${Math.max(...times).toFixed(1)} ms`;
      console.log(`${name.padEnd(16)} (${count} cells) CPU ×${rate}: ${line('level', levels)}; ${line('arrow', arrows)}`);
      results[`${name} ×${rate}`] = { level: median(levels), arrow: median(arrows) };
      await context.close();
    }
  }
  for (const rate of [1, 4]) {
    const small = results[`guide 2 × 10 ×${rate}`];
    const large = results[`largest 12 × 60 ×${rate}`];
    console.log(`largest / guide, CPU ×${rate}: level ${(large.level / small.level).toFixed(2)}×, arrow ${(large.arrow / small.arrow).toFixed(2)}×`);
  }
  console.log('targets: on 12 × 60 at ×4, level < 16 ms and arrow < 8 ms (medians); 12 × 60 ≤ 2 × the guide\'s');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startNginx({ dir: distDir() });
  const { url } = server;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', ...UNPACED],
  });
  try {
    await benchKeys(browser, url);
  } finally {
    await browser.close();
    await server.stop();
  }
}
