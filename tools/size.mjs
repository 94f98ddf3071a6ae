// What the first visit downloads, raw and compressed (gzip -9, brotli -11), file by file.
// `--check` fails when the brotli total exceeds the budget: size is deterministic, so
// unlike time it can gate CI.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/**
 * First-load budget, brotli, in bytes (kB = 1,000 bytes). A ratchet against growth:
 * the builder alone met the 150 kB target (138.9 kB); with sharing (link codec, deflate,
 * QR code), the wizard, role cards, exports, comparison, workshop mode, English and the
 * statement pages the first load measured 239.8 kB, then 243.9 kB with the start-up notice
 * and a round of fixes. Leptos 0.8 cannot reach the issues' 120 kB (see the README's "Size
 * and speed"): this ratchet is the budget. Stable identities and keyed rendering, with
 * serde and serde_json in place of hand-written JSON over miniserde, measure 266.3 kB: the
 * same build with the JSON stubbed out measures 236.1 kB, so serde and serde_json cost
 * 30.2 kB, against about 8 kB for what they replace; keyed rendering weighs about what the
 * per-cell closures it replaces did. The same commit built in a fresh clone is not byte for
 * byte the same wasm (measured before: 1.8 kB more there), and the budget leaves that room.
 * Then the workshop room, the wizard that reasons, hostile content and storage edge cases,
 * and the deployment (#12, #14, #16, #17) brought it to 308.5 kB, +42.2 kB: the wizard's
 * content alone (every question, answer, condition, risk with its reasoning, next step and
 * source, in French and English) measures 17.5 kB brotli against 5.1 kB before (+12.4 kB);
 * the rest is code (the result folded by parts, the workshop's points, additions and
 * comparison matrix, the three-way merge of two tabs, the saves retried, the level symbols
 * drawn as SVG). Then a link opened on a phone (#13) brought it to 320.8 kB, +12.1 kB: the
 * glossary 6.2 kB (the same build with its popover, page and matching stubbed out measured
 * 10.4 kB less before its matching dropped the Unicode case and letter tables, −2.3 kB, and
 * its page the standard sort, −1.9 kB; its definitions' text alone is 2.4 kB brotli), the
 * French typography 0.2 kB, the rest code (each changed cell marked in a preview, the phone's
 * menu, the share sheet, the focus rules). Then many voices (#15) and two tabs that lose no
 * edit brought it to 366.4 kB, +45.6 kB, each measured as the build before and after it:
 * the cell stamps and named writes of two tabs 3.9 kB; many voices 41.7 kB (five views:
 * the request with its QR code, the phone's opinion page with its proposals, gathering, the
 * consensus matrix with its cell dialog, the export with the opinions; the request and
 * opinion links; the texts in both languages; the decisions kept, 1.6 kB as plain text
 * where a serde type weighed 3.2 kB). Lower this as it shrinks.
 */
export const BUDGET_BYTES = 368_000;

/** The files a first visit fetches: the page and everything it names. */
export function firstLoadFiles(dir = 'dist') {
  const html = readFileSync(`${dir}/index.html`, 'utf8');
  // Minified HTML may leave attribute values unquoted.
  const named = [...html.matchAll(/(?:href|src|data-js|data-wasm)=("?)(?:\.\/)?([^"\s>#?]+)\1/g)].map((m) => m[2]);
  return ['index.html', ...new Set(named)].filter((f) => readdirSync(dir).includes(f));
}

export function measure(dir = 'dist') {
  return firstLoadFiles(dir).map((file) => {
    const bytes = readFileSync(`${dir}/${file}`);
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

export function printSizes(rows) {
  const pad = (v, n) => String(v).padStart(n);
  console.log(`${'file'.padEnd(36)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
  const total = { file: 'total (first load)', raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) {
    console.log(`${r.file.padEnd(36)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.brotli, 9)}`);
    for (const k of ['raw', 'gzip', 'brotli']) total[k] += r[k];
  }
  console.log(`${total.file.padEnd(36)} ${pad(total.raw, 9)} ${pad(total.gzip, 9)} ${pad(total.brotli, 9)}`);
  return total;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const total = printSizes(measure());
  if (process.argv.includes('--check')) {
    const kb = (total.brotli / 1000).toFixed(1);
    if (total.brotli > BUDGET_BYTES) {
      console.error(`First load is ${kb} kB brotli, over the ${BUDGET_BYTES / 1000} kB budget.`);
      process.exit(1);
    }
    console.log(`First load: ${kb} kB brotli, within the ${BUDGET_BYTES / 1000} kB budget.`);
  }
}
