import { describe, expect, it } from 'vitest';
import {
  cssString,
  pageRulesCss,
  paperSizeForLocale,
  reportFileName,
  reportRangeProblem,
  runningHeader,
  type ReportHeader,
} from '../../../../src/shared/report';

const HEADER: ReportHeader = {
  patientName: 'Sam "Sammy" O\\Neil',
  clinicianName: 'Alex Reed',
  range: { from: '2026-10-23', to: '2026-11-21' },
  days: 30,
  rangeWords: '23 October to 21 November 2026',
  generatedOn: '2026-11-21',
  generatedOnWords: '21 November 2026',
  disclaimer: 'Self-reported by the patient, not a diagnosis.',
};

describe('paperSizeForLocale', () => {
  it('uses Letter in North America and the Philippines, A4 elsewhere', () => {
    expect(paperSizeForLocale('en-US')).toBe('Letter');
    expect(paperSizeForLocale('fr-CA')).toBe('Letter');
    expect(paperSizeForLocale('es-MX')).toBe('Letter');
    expect(paperSizeForLocale('en-GB')).toBe('A4');
    expect(paperSizeForLocale('de-DE')).toBe('A4');
    expect(paperSizeForLocale('en-AU')).toBe('A4');
  });

  it('guesses the region of a bare language, and falls back to A4 for nonsense', () => {
    expect(paperSizeForLocale('en')).toBe('Letter'); // "en" is most likely en-Latn-US
    expect(paperSizeForLocale('fr')).toBe('A4');
    expect(paperSizeForLocale('not a locale!')).toBe('A4');
  });
});

describe('cssString', () => {
  it('escapes quotes and backslashes and flattens line breaks, so a name cannot end the CSS string', () => {
    expect(cssString('a "b" c\\d')).toBe('"a \\"b\\" c\\\\d"');
    expect(cssString('line one\nline two }')).toBe('"line one line two }"');
  });
});

describe('the page rules', () => {
  it('set the paper, the margins, a running header with the name and range, and page numbers', () => {
    const css = pageRulesCss('A4', HEADER);
    expect(css).toContain('size: A4;');
    expect(css).toContain(
      '@top-left { content: "Pain journal report for Sam \\"Sammy\\" O\\\\Neil · 23 October to 21 November 2026 · self-reported, not a diagnosis";',
    );
    expect(css).toContain('content: "Page " counter(page) " of " counter(pages);');
    expect(pageRulesCss('Letter', HEADER)).toContain('size: letter;');
  });

  it('leave the name out of the header when none was given', () => {
    expect(runningHeader({ ...HEADER, patientName: '' })).toBe(
      'Pain journal report · 23 October to 21 November 2026 · self-reported, not a diagnosis',
    );
  });
});

describe('reportFileName', () => {
  it('names the file by its days, with nothing a file system could object to', () => {
    expect(reportFileName(HEADER)).toBe('Pain report 2026-10-23 to 2026-11-21.pdf');
  });
});

describe('reportRangeProblem', () => {
  const today = '2026-11-21';
  it('accepts a period up to today, and up to a year long', () => {
    expect(reportRangeProblem({ from: '2026-10-23', to: '2026-11-21' }, today)).toBeNull();
    expect(reportRangeProblem({ from: '2025-11-21', to: '2026-11-21' }, today)).toBeNull(); // 366 days
  });

  it('says what is wrong, in words', () => {
    expect(reportRangeProblem({ from: '', to: '2026-11-21' }, today)).toBe(
      'Enter the first day the report should cover.',
    );
    expect(reportRangeProblem({ from: '2026-11-01', to: '2026-02-30' }, today)).toBe(
      'Enter the last day the report should cover.',
    );
    expect(reportRangeProblem({ from: '2026-11-10', to: '2026-11-01' }, today)).toBe(
      'The first day is after the last day. Swap them round.',
    );
    expect(reportRangeProblem({ from: '2026-11-10', to: '2026-11-22' }, today)).toBe(
      'The last day can’t be after today.',
    );
    expect(reportRangeProblem({ from: '2025-11-20', to: '2026-11-21' }, today)).toMatch(/at most a year/);
  });
});
