// Figures for the closing notes: what a first visit downloads, and how long the matrix
// takes to become usable. Time is measured here, never asserted in tests.
// Usage: node tools/bench.mjs   (after `make build`; `make bench` does both)
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { measure, printSizes, BUDGET_BYTES } from './size.mjs';

const LOADS = 10;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

console.log('== First load (dist/) ==');
const total = printSizes(measure());
console.log(`budget: ${BUDGET_BYTES / 1000} kB brotli; used ${(total.brotli / 1000).toFixed(1)} kB\n`);

const { server, url } = await serve('dist', 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The moment the first cell button is in the page, relative to navigation start.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.cell-button')) {
          window.__matrixReady = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${url}?vue=repartition`);
    await page.waitForFunction(() => window.__matrixReady !== undefined);
    times.push(await page.evaluate(() => window.__matrixReady));
    await context.close();
  }
  console.log(`== Navigation to interactive matrix, ${LOADS} loads, headless Chromium, localhost ==`);
  console.log(`median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
} finally {
  await browser.close();
  server.close();
}
