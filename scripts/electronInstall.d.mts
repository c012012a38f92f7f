// Types for electronInstall.mjs, so the TypeScript tests import it checked.

export interface ElectronInstallState {
  isInstalled: boolean;
  version: string;
  executable?: string;
  reason?: string;
}

export type DownloadErrorKind =
  'offline' | 'not-found' | 'refused' | 'server-error' | 'damaged' | 'disk-full' | 'permission' | 'other';

export function electronPlatformPath(platform: string): string | null;
export function electronPackageDir(projectRoot: string): string;
export function electronInstallState(
  electronDir: string,
  options?: { env?: NodeJS.ProcessEnv; platform?: string },
): ElectronInstallState;
export function classifyDownloadError(errorOutput: string | null | undefined): DownloadErrorKind;
export function firstErrorLine(errorOutput: string | null | undefined): string | null;
export function downloadFailureMessage(options: {
  errorOutput: string;
  version: string;
  platform: string;
  arch: string;
  nodeVersion: string;
  mirror: string | null;
  command?: string;
}): string;
export interface LinuxSandboxFacts {
  restrictsUserNamespaces: boolean;
  allowsUserNamespaces: boolean;
  helper: { path: string; uid: number; mode: number } | null;
}
export function readLinuxSandboxFacts(executable: string): LinuxSandboxFacts;
export function linuxSandboxAdvice(
  platform: string,
  facts: LinuxSandboxFacts,
  command?: string,
): string | null;
export function commandToRetry(lifecycleEvent: string | undefined): string;
export function ensureElectron(options: {
  projectRoot: string;
  env?: NodeJS.ProcessEnv;
  platform?: string;
  arch?: string;
  nodeVersion?: string;
  print?: (text: string) => void;
  printError?: (text: string) => void;
  showProgress?: (chunk: string) => void;
  sandboxFacts?: (executable: string) => LinuxSandboxFacts;
}): Promise<number>;
