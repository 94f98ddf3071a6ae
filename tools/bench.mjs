// Figures for the closing notes: what a first visit downloads, what a repeat visit costs,
// and how long the matrix takes to become usable, all through nginx with the deployment
// configuration (tools/nginx.mjs, deploy/). Time is measured here, never asserted in tests.
// Usage: node tools/bench.mjs [--no-lighthouse]   (after `make build`; `make bench` does both;
// DIST=folder measures another build)
import { chromium } from 'playwright-core';
import { distDir, startNginx } from './nginx.mjs';
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

const dist = distDir();
console.log(`== First load (${dist}/) ==`);
const total = printSizes(measure(dist));
console.log(`budget: ${BUDGET_BYTES / 1000} kB brotli; used ${(total.brotli / 1000).toFixed(1)} kB\n`);

const server = await startNginx({ dir: dist });
const { url } = server;
console.log(`nginx (deploy/app.conf) on ${url}\n`);
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

  // What nginx sends, from its access log: a first visit (fresh profile) until the service
  // worker has the app and the network is quiet, then a repeat visit (a new tab) until the app
  // is interactive, and after it.
  console.log(`\n== First and repeat visits, from nginx's access log (the app: ${(total.brotli / 1000).toFixed(1)} kB brotli) ==`);
  const kB = (entries) => (entries.reduce((sum, e) => sum + e.bytes, 0) / 1000).toFixed(1);
  for (const [name, path] of PAGES) {
    const context = await browser.newContext();
    let from = server.readLog().length;
    const page = await context.newPage();
    await page.goto(url + path);
    await interactive(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      }
    });
    await settled();
    const first = server.readLog(from);
    from = server.readLog().length;
    const again = await context.newPage();
    await again.goto(url + path);
    await interactive(again);
    const beforeInteractive = server.readLog(from);
    await settled(5000); // the browser checks sw.js a few seconds after a load
    const after = server.readLog(from + beforeInteractive.length);
    const ratio = (first.reduce((sum, e) => sum + e.bytes, 0) / total.brotli).toFixed(3);
    console.log(`${name.padEnd(8)} first: ${first.length} requests, ${kB(first)} kB (${ratio} × the app); `
      + `repeat: ${beforeInteractive.length} requests, ${kB(beforeInteractive)} kB before interactive, `
      + `then ${after.map((e) => `${e.uri} ${e.status}`).join(', ') || 'nothing'}`);
    await context.close();
  }
  console.log('targets: first visit ≤ 1.1 × the app; repeat visit 0 bytes before the app is interactive');

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
  await server.stop();
}

/** The app has replaced the start-up notice. */
async function interactive(page) {
  await page.waitForFunction(() => !document.getElementById('demarrage') && document.querySelector('main'));
}

/** nginx's access log has had nothing new for `quiet` ms. */
async function settled(quiet = 1000) {
  let count = -1;
  while (count !== server.readLog().length) {
    count = server.readLog().length;
    await new Promise((wait) => setTimeout(wait, quiet));
  }
}

// Lighthouse 13 (mobile: its default emulation and simulated throttling; performance,
// accessibility, best practices), median of 3 runs a page, each from an empty cache.
if (!process.argv.includes('--no-lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const lhServer = await startNginx({ dir: dist });
  const lhUrl = lhServer.url;
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: FLAGS });
  try {
    console.log('\n== Lighthouse 13, mobile, median of 3 (performance / accessibility / best practices) ==');
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
    console.log('targets: performance ≥ 95, accessibility and best practices 100');
  } finally {
    await chrome.kill();
    await lhServer.stop();
  }
}
