#!/usr/bin/env node
// Prints the closing line of a test run ("tests: N passed, N failed, N skipped")
// from Vitest's JSON report, and fails the run when a test was skipped or a
// browser project ran no test: a browser test that silently skips is a failure.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'test-results/vitest.json', 'utf8'));
const results = report.testResults.flatMap((file) => file.assertionResults.map((t) => ({ ...t, file: file.name })));
const passed = results.filter((t) => t.status === 'passed').length;
const failed = results.filter((t) => t.status === 'failed').length;
const skipped = results.filter((t) => t.status !== 'passed' && t.status !== 'failed');
const browserFiles = report.testResults.filter((f) => /\/tests\/(elements|a11y)\//.test(f.name));
const problems = [];
if (skipped.length > 0) problems.push(`${skipped.length} test(s) did not run: ${skipped.map((t) => t.fullName).join('; ')}`);
if (browserFiles.length === 0 || browserFiles.every((f) => f.assertionResults.length === 0)) problems.push('the browser tests did not run');
for (const p of problems) console.error(`test-summary: ${p}`);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped.length} skipped`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
