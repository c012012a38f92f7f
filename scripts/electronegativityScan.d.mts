// Types for electronegativityScan.mjs, so the TypeScript tests import it checked.
import type { EngError, EngIssue } from './electronegativityFindings.mjs';

export const ONLINE_CHECKS: readonly string[];
export function installedElectronVersion(): string;
export function scanForElectronIssues(options: { input: string; electronVersion?: string }): Promise<{
  checks: number;
  files: number;
  issues: EngIssue[];
  errors: EngError[];
}>;
