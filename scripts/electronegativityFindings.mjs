// The decision part of `npm run scan:electron`, kept free of I/O so it can be unit-tested: which
// electronegativity findings block the build, and how the findings and the summary are printed.
import { relative } from 'node:path';

/** Electronegativity's severities, lowest first. */
export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

/** Findings at this severity or above fail the scan. */
export const BLOCKING_SEVERITY = 'MEDIUM';

/** The severity's name, whether electronegativity gave its object ({ name, value }) or a plain string. */
export function severityOf(issue) {
  const severity = issue.severity;
  return String(typeof severity === 'object' && severity !== null ? severity.name : severity).toUpperCase();
}

function confidenceOf(issue) {
  const confidence = issue.confidence;
  return String(
    typeof confidence === 'object' && confidence !== null ? confidence.name : confidence,
  ).toUpperCase();
}

/** True when an `eng-disable` comment switched the finding off (the runner already drops these). */
export function isSilenced(issue) {
  return Boolean(issue.visibility?.inlineDisabled || issue.visibility?.globalCheckDisabled);
}

/** MEDIUM or HIGH, whatever the confidence. An unknown severity blocks too, to be safe. */
export function isBlocking(issue) {
  if (isSilenced(issue)) return false;
  const rank = SEVERITIES.indexOf(severityOf(issue));
  return rank === -1 || rank >= SEVERITIES.indexOf(BLOCKING_SEVERITY);
}

/**
 * Sorts a scan's result into what blocks and what is only reported.
 * `errors` are electronegativity's parse errors: `tolerable: false` means the file was not scanned at all,
 * so it blocks; tolerable ones are parser warnings on a file that was scanned.
 */
export function evaluateScan({ issues, errors = [] }) {
  const active = issues.filter((issue) => !isSilenced(issue));
  const blocking = active.filter(isBlocking);
  const reported = active.filter((issue) => !isBlocking(issue));
  const unparsed = errors.filter((error) => !error.tolerable);
  const parseWarnings = errors.filter((error) => error.tolerable);
  return {
    ok: blocking.length === 0 && unparsed.length === 0,
    blocking,
    reported,
    unparsed,
    parseWarnings,
  };
}

function byImportance(a, b) {
  const rank = SEVERITIES.indexOf(severityOf(b)) - SEVERITIES.indexOf(severityOf(a));
  if (rank !== 0) return rank;
  if (a.file !== b.file) return String(a.file) < String(b.file) ? -1 : 1;
  return (a.location?.line ?? 0) - (b.location?.line ?? 0);
}

function where(issue, root) {
  const file = !issue.file || issue.file === 'N/A' ? '(whole app)' : relative(root, issue.file) || issue.file;
  const line = issue.location?.line;
  return line ? `${file}:${line}` : file;
}

/** A plain-text table of findings, most severe first: id, severity, confidence, file:line, description. */
export function formatFindingsTable(issues, root) {
  const header = ['id', 'severity', 'confidence', 'file:line', 'description'];
  const rows = [...issues]
    .sort(byImportance)
    .map((issue) => [
      issue.id,
      severityOf(issue),
      confidenceOf(issue),
      where(issue, root),
      `${issue.description}${issue.manualReview ? ' (manual review)' : ''}`,
    ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

/** "ID" or "ID ×3", in order of first appearance. */
function listIds(issues) {
  const counts = new Map();
  for (const issue of issues) counts.set(issue.id, (counts.get(issue.id) ?? 0) + 1);
  return [...counts].map(([id, count]) => (count === 1 ? id : `${id} ×${count}`)).join(', ');
}

/**
 * One line, e.g.
 * "electronegativity: 41 checks over 120 files, 0 findings of medium or higher (1 low: CSP_GLOBAL_CHECK)".
 */
export function formatSummary({ checks, files, issues, errors = [] }) {
  const { blocking, reported, unparsed } = evaluateScan({ issues, errors });
  let summary =
    `electronegativity: ${plural(checks, 'check')} over ${plural(files, 'file')}, ` +
    `${plural(blocking.length, 'finding')} of medium or higher`;
  const lower = [...SEVERITIES]
    .reverse()
    .map((severity) => [severity, reported.filter((issue) => severityOf(issue) === severity)])
    .filter(([, found]) => found.length > 0)
    .map(([severity, found]) => `${found.length} ${severity.toLowerCase()}: ${listIds(found)}`);
  if (lower.length > 0) summary += ` (${lower.join('; ')})`;
  if (unparsed.length > 0) summary += `, ${plural(unparsed.length, 'file')} not scanned (parse errors)`;
  return summary;
}
