// Gathering thirty opinions on the realistic split (4 roles × 14 rows): the time from
// « Ajouter ces avis » to the consensus matrix on screen with its counts, at full speed and
// with the CPU slowed 4× (a modest laptop), median of 5.
// Usage: node tools/bench-opinions.mjs   (after `make build`; part of `make bench`)
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { distDir, startNginx } from './nginx.mjs';

const RUNS = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// The request and thirty opinions, made by the app's own codec (examples/opinion_links.rs).
const [request, ...opinions] = execFileSync('cargo', ['run', '--locked', '--quiet', '--release', '--example', 'opinion_links'], { encoding: 'utf8' })
  .trim().split('\n');
const thread = opinions.map((link, i) => `[10:${String(i).padStart(2, '0')}] Personne ${i + 1} : https://example.org/#${link}`).join('\n');

const server = await startNginx({ dir: distDir() });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  console.log(`== Thirty opinions pasted, to the consensus matrix on screen (median of ${RUNS}) ==`);
  for (const rate of [1, 4]) {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      await context.addInitScript((link) => localStorage.setItem('binome.demande', link), request);
      const page = await context.newPage();
      await page.goto(`${server.url}?vue=avis-recus`);
      const box = page.getByRole('textbox', { name: 'Liens des avis reçus' });
      await box.fill(thread);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      // The click and the clock in the page itself: Playwright's own checks are not timed.
      const elapsed = await page.evaluate(() => new Promise((resolve) => {
        let start = 0;
        // Done when the count says thirty and the frame showing it has been painted.
        const observer = new MutationObserver(() => {
          if ([...document.querySelectorAll('h2')].some((h) => h.textContent === '30 avis.')) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        start = performance.now();
        document.getElementById('ajouter-avis').click();
      }));
      const clicked = elapsed;
      times.push(clicked);
      await context.close();
    }
    console.log(`CPU ×${rate}: ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`);
  }
  console.log('target: under 200 ms with the CPU slowed 4×');
} finally {
  await browser.close();
  await server.stop();
}
