import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';

/** Directive name -> its sources, so policies compare regardless of order and spacing. */
function directives(policy: string): Map<string, string> {
  const entries = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0] !== undefined && words[0] !== '')
    .map((words): [string, string] => [words[0] ?? '', words.slice(1).join(' ')]);
  return new Map(entries);
}

// Browsers ignore these in a <meta> policy (and warn), so only the response header can carry them.
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows nothing by default and only the app itself for scripts, styles, fonts and connections', () => {
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('never allows inline or evaluated script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it("matches the renderer's index.html meta tag, apart from header-only directives", () => {
    const html = readFileSync(join(__dirname, '../../../src/renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBeDefined();
    const expected = new Map([...policy].filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)));
    expect(directives(meta?.[1] ?? '')).toEqual(expected);
  });
});
