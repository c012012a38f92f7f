import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPORT_SECTIONS, buildReport, withPersonalDetails } from '../../../../src/shared/report';
import {
  ALL_SECTIONS,
  leftOut,
  novemberJournal,
  novemberOptions,
  sectionOf,
} from '../../../fixtures/reportJournal';

afterEach(() => {
  vi.useRealTimers();
});

describe('buildReport', () => {
  it('offers every section in report order, with plain labels, warning signs first and always included', () => {
    expect(REPORT_SECTIONS.map((s) => s.id)).toEqual(ALL_SECTIONS);
    expect(REPORT_SECTIONS[0]).toEqual({ id: 'redFlags', label: 'Warning signs', isAlwaysIncluded: true });
    expect(REPORT_SECTIONS.find((s) => s.id === 'function')?.label).toBe('Function (PSFS and PEG-3)');
    expect(REPORT_SECTIONS.filter((s) => s.isAlwaysIncluded).map((s) => s.id)).toEqual(['redFlags']);
  });

  it('fills the chosen sections and leaves the others null', () => {
    const report = buildReport(novemberJournal(), novemberOptions({ sections: ['appendix', 'pain'] }));
    expect(report.sections).toEqual(['redFlags', 'pain', 'appendix']);
    expect(leftOut(report)).toEqual(['function', 'pattern', 'factors', 'remedies', 'context', 'goals']);
    expect(sectionOf(report, 'pain').daily).toHaveLength(30);
    expect(sectionOf(report, 'appendix').episodes).toHaveLength(6);
    expect(report.redFlags).toHaveLength(2);
  });

  it('fills every section when all are chosen', () => {
    const report = buildReport(novemberJournal(), novemberOptions());
    expect(report.sections).toEqual(ALL_SECTIONS);
    expect(leftOut(report)).toEqual([]);
  });

  it('trims the goals and questions, an empty one becoming null', () => {
    const { goals } = buildReport(novemberJournal(), novemberOptions());
    expect(goals).toEqual({ goals: 'Lift my daughter without pain.', questions: null });
  });

  it('gives the same report for the same input, whatever the clock says', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00.000Z'));
    const first = buildReport(novemberJournal(), novemberOptions());
    vi.setSystemTime(new Date('2020-06-15T12:00:00.000Z'));
    const second = buildReport(novemberJournal(), novemberOptions());
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('does not change the journal it is given', () => {
    const journal = novemberJournal();
    const before = structuredClone(journal);
    buildReport(journal, novemberOptions());
    expect(journal).toEqual(before);
  });

  it('holds only numbers, text, booleans and null, so it can be saved and printed as it is', () => {
    const report = buildReport(novemberJournal(), novemberOptions());
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('withPersonalDetails', () => {
  it('gives the same report as building it with those names, goals and questions', () => {
    const typed = {
      patientName: '  Sam Taylor ',
      clinicianName: 'Alex Reed',
      goals: ' Sit through a working day. ',
      questions: '',
    };
    const blank = buildReport(
      novemberJournal(),
      novemberOptions({ patientName: '', clinicianName: '', goals: '', questions: '' }),
    );
    expect(withPersonalDetails(blank, typed)).toEqual(buildReport(novemberJournal(), novemberOptions(typed)));
    expect(withPersonalDetails(blank, typed).goals).toEqual({
      goals: 'Sit through a working day.',
      questions: null,
    });
  });

  it('leaves the goals out when that section is not included', () => {
    const withoutGoals = buildReport(novemberJournal(), novemberOptions({ sections: ['pain'] }));
    expect(
      withPersonalDetails(withoutGoals, {
        patientName: 'Sam',
        clinicianName: '',
        goals: 'Walk',
        questions: '',
      }).goals,
    ).toBeNull();
  });
});
