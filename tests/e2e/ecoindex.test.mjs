// The benchmark's EcoIndex against the worked examples of the issue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ecoindex } from '../../tools/ecoindex.mjs';

test('EcoIndex matches the worked examples', () => {
  assert.deepEqual(ecoindex({ dom: 300, requests: 8, kb: 400 }), { score: 82, grade: 'A' });
  assert.deepEqual(ecoindex({ dom: 400, requests: 10, kb: 800 }), { score: 75, grade: 'B' });
  assert.deepEqual(ecoindex({ dom: 600, requests: 15, kb: 1536 }), { score: 63, grade: 'C' });
});
