// The EcoIndex score and grade of a page (https://www.ecoindex.fr), from its DOM size,
// its number of requests and the kilobytes it transfers, with the project's quantiles.

const QUANTILES = {
  dom: [0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801, 2479, 594601],
  requests: [0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920],
  kb: [0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27,
    1876.08, 2142.06, 2465.37, 2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26],
};

/** q = (i − 1) + (v − Q[i−1]) / (Q[i] − Q[i−1]) for the first i with v < Q[i]. */
export function quantile(table, value) {
  for (let i = 1; i < table.length; i++) {
    if (value < table[i]) return i - 1 + (value - table[i - 1]) / (table[i] - table[i - 1]);
  }
  return table.length - 1;
}

export function ecoindex({ dom, requests, kb }) {
  const score = 100 - (5 * (3 * quantile(QUANTILES.dom, dom) + 2 * quantile(QUANTILES.requests, requests)
    + quantile(QUANTILES.kb, kb))) / 6;
  return { score: Math.round(score), grade: grade(score) };
}

function grade(score) {
  const bounds = [[80, 'A'], [70, 'B'], [55, 'C'], [40, 'D'], [25, 'E'], [10, 'F']];
  return bounds.find(([min]) => score > min)?.[1] ?? 'G';
}
