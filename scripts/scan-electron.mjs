#!/usr/bin/env node
// `npm run scan:electron`: electronegativity's static security checks over src/, offline.
// Exits 1 when a finding of medium severity or higher remains, or when a file could not be parsed (and
// so was not checked). Electronegativity's own CLI exits 0 even with findings, hence this script.
// Review a finding before silencing it; see docs/packaging.md.
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { evaluateScan, formatFindingsTable, formatSummary } from './electronegativityFindings.mjs';
import { installedElectronVersion, scanForElectronIssues } from './electronegativityScan.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const input = fileURLToPath(new URL('../src', import.meta.url));

const electronVersion = installedElectronVersion();
const result = await scanForElectronIssues({ input, electronVersion });
const verdict = evaluateScan(result);

console.log(`electronegativity: scanning ${relative(root, input)}/ for Electron ${electronVersion}`);
if (result.issues.length > 0) console.log(`\n${formatFindingsTable(result.issues, root)}\n`);
for (const error of verdict.parseWarnings) {
  console.log(`parser warning (file still scanned): ${relative(root, error.file)}: ${error.message}`);
}
for (const error of verdict.unparsed) {
  console.error(`NOT SCANNED, could not parse: ${relative(root, error.file)}: ${error.message}`);
}
console.log(formatSummary(result));

if (!verdict.ok) {
  if (verdict.blocking.length > 0) {
    console.error(
      'Fix each finding of medium or higher. Only when review shows it is safe, add ' +
        '`// eng-disable <CHECK_ID> <why it is safe>` at the end of the flagged line (docs/packaging.md).',
    );
  }
  process.exitCode = 1;
}
