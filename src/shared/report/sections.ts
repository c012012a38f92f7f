/** The report's sections, in the order they are printed, with the words for their checkboxes. */

export const REPORT_SECTION_IDS = [
  'redFlags',
  'pain',
  'function',
  'pattern',
  'factors',
  'remedies',
  'context',
  'goals',
  'appendix',
] as const;
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number];

export interface ReportSection {
  id: ReportSectionId;
  label: string;
  /** Printed whatever the person ticks: warning signs are a matter of safety. */
  isAlwaysIncluded: boolean;
}

export const REPORT_SECTIONS: readonly ReportSection[] = [
  { id: 'redFlags', label: 'Warning signs', isAlwaysIncluded: true },
  { id: 'pain', label: 'Pain', isAlwaysIncluded: false },
  { id: 'function', label: 'Function (PSFS and PEG-3)', isAlwaysIncluded: false },
  { id: 'pattern', label: 'Pattern of episodes', isAlwaysIncluded: false },
  { id: 'factors', label: 'What goes with worse or better days', isAlwaysIncluded: false },
  { id: 'remedies', label: 'What was tried and the relief after it', isAlwaysIncluded: false },
  { id: 'context', label: 'Sleep, stress, desk time, workouts and withdrawal', isAlwaysIncluded: false },
  { id: 'goals', label: 'Goals and questions for the visit', isAlwaysIncluded: false },
  { id: 'appendix', label: 'Full log of episodes and check-ins', isAlwaysIncluded: false },
];

/** The sections to print, in report order: those chosen, plus any that are always included. */
export function includedSections(chosen: readonly ReportSectionId[]): ReportSectionId[] {
  return REPORT_SECTIONS.filter((s) => s.isAlwaysIncluded || chosen.includes(s.id)).map((s) => s.id);
}
