// Types for electronegativityFindings.mjs, so the TypeScript tests import it checked.

export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';

/** The parts of an electronegativity issue these functions read. */
export interface EngIssue {
  id: string;
  severity: { name: string; value?: number } | string;
  confidence: { name: string; value?: number } | string;
  file: string;
  location?: { line: number; column: number };
  description: string;
  manualReview?: boolean;
  visibility?: { inlineDisabled?: boolean; globalCheckDisabled?: boolean; excludesGlobal?: string[] };
}

/** A file electronegativity could not parse (`tolerable: false`: not scanned) or parsed with warnings. */
export interface EngError {
  file: string;
  message: string;
  tolerable: boolean;
}

export interface ScanVerdict<I extends EngIssue = EngIssue> {
  ok: boolean;
  blocking: I[];
  reported: I[];
  unparsed: EngError[];
  parseWarnings: EngError[];
}

export const SEVERITIES: readonly Severity[];
export const BLOCKING_SEVERITY: Severity;
export function severityOf(issue: EngIssue): string;
export function isSilenced(issue: EngIssue): boolean;
export function isBlocking(issue: EngIssue): boolean;
export function evaluateScan<I extends EngIssue>(result: {
  issues: I[];
  errors?: EngError[];
}): ScanVerdict<I>;
export function formatFindingsTable(issues: EngIssue[], root: string): string;
export function formatSummary(result: {
  checks: number;
  files: number;
  issues: EngIssue[];
  errors?: EngError[];
}): string;
