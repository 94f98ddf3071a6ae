// Figures for the closing notes: what a first visit downloads, and how long the matrix
// takes to become usable. Time is measured here, never asserted in tests.
// Usage: node tools/bench.mjs   (after `make build`; `make bench` does both)
import { readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { measure, printSizes, BUDGET_BYTES } from './size.mjs';
import { ecoindex } from './ecoindex.mjs';

const PAGES = [['home', ''], ['builder', '?vue=repartition'], ['wizard', '?vue=pourquoi']];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

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
// The server compresses each file once, on its first request (about a second for the wasm);
// a static host serves files already compressed, so that first request is not timed.
for (const file of readdirSync('dist')) await fetch(url + file, { headers: { 'accept-encoding': 'br' } });
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

  // EcoIndex of a first visit: DOM elements, requests, kilobytes transferred (brotli, as served).
  console.log('\n== EcoIndex, first visit (fresh profile) ==');
  for (const [name, path] of PAGES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(url + path);
    await page.waitForLoadState('networkidle');
    const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
    let bytes = 0;
    for (const r of responses) {
      const sizes = await r.request().sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    }
    const kb = bytes / 1024;
    const { score, grade } = ecoindex({ dom, requests: responses.length, kb });
    console.log(`${name.padEnd(8)} DOM ${dom}, ${responses.length} requests, ${kb.toFixed(1)} KB: EcoIndex ${score} (${grade})`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

// Lighthouse 13 (performance, accessibility, best practices), median of 3 runs a page.
if (!process.argv.includes('--no-lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { server: lhServer, url: lhUrl } = await serve('dist', 0);
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: FLAGS });
  try {
    console.log('\n== Lighthouse 13, median of 3 (performance / accessibility / best practices) ==');
    for (const [name, path] of PAGES) {
      const scores = { performance: [], accessibility: [], 'best-practices': [] };
      // What the performance score is made of (simulated slow 4G, 4× slower CPU).
      const metrics = { 'largest-contentful-paint': [], 'total-blocking-time': [], 'first-contentful-paint': [] };
      for (let run = 0; run < 3; run++) {
        const { lhr } = await lighthouse(lhUrl + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(scores),
        });
        for (const key of Object.keys(scores)) scores[key].push(Math.round(lhr.categories[key].score * 100));
        for (const key of Object.keys(metrics)) metrics[key].push(lhr.audits[key].numericValue);
      }
      const line = Object.keys(scores).map((k) => median(scores[k])).join(' / ');
      const [lcp, tbt, fcp] = Object.values(metrics).map((values) => median(values).toFixed(0));
      console.log(`${name.padEnd(8)} ${line}   (FCP ${fcp} ms, LCP ${lcp} ms, TBT ${tbt} ms)`);
    }
  } finally {
    await chrome.kill();
    lhServer.close();
  }
}
