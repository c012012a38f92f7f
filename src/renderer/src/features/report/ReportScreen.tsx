import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { calendarDayOf, isCalendarDay } from '@shared/dates';
import {
  REPORT_SECTIONS,
  buildReport,
  lastReportAfter,
  lastReportSentence,
  nextReportRange,
  nextReportWords,
  pageRulesCss,
  paperSizeForLocale,
  reportFileName,
  reportRangeProblem,
  withPersonalDetails,
  type ReportOutcome,
  type ReportSectionId,
} from '@shared/report';
import type { ReportPreferences } from '@shared/settings';
import { TIME_ZONE, useNow } from '../../clock';
import { Dialog } from '../../components/Dialog';
import { FieldError } from '../../components/FieldError';
import {
  useMeasures,
  useOwnFactors,
  usePsfsActivities,
  useSettings,
  useWithdrawalPeriods,
} from '../../journal/hooks';
import { useInsightsAnswer } from '../../journal/InsightsContext';
import { useCheckIns, useEpisodes, useJournal } from '../../journal/JournalContext';
import { saveSettings } from '../../journal/settings';
import { desktop } from '../../platform/desktop';
import { ReportDocument } from './ReportDocument';
import { usePageRules } from './usePageRules';

const NO_PERSONAL_DETAILS = { patientName: '', clinicianName: '', goals: '', questions: '' };

interface ReportScreenProps {
  onDone: (message: string) => void;
}

export function ReportScreen({ onDone }: ReportScreenProps) {
  const settings = useSettings();
  if (!settings) return <p className="loading">Opening the report…</p>;
  return <ReportEditor saved={settings.report} waterUnit={settings.waterUnit} onDone={onDone} />;
}

function ReportEditor({
  saved,
  waterUnit,
  onDone,
}: {
  saved: ReportPreferences;
  waterUnit: 'glasses' | 'litres';
  onDone: (message: string) => void;
}) {
  const db = useJournal();
  const now = useNow();
  const today = calendarDayOf(now.toISOString(), TIME_ZONE);
  const episodes = useEpisodes();
  const checkIns = useCheckIns();
  const measures = useMeasures();
  const activities = usePsfsActivities();
  const periods = useWithdrawalPeriods();
  const ownFactors = useOwnFactors();
  const answer = useInsightsAnswer();
  const [preferences, setPreferences] = useState(saved);
  const [range, setRange] = useState(() => nextReportRange(saved, today));
  const [isDesktop, setIsDesktop] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [isAskingDidItPrint, setIsAskingDidItPrint] = useState(false);
  const ids = {
    from: useId(),
    to: useId(),
    patient: useId(),
    clinician: useId(),
    goals: useId(),
    questions: useId(),
  };
  const rangeError = reportRangeProblem(range, today);
  // While the typed days can't be used, the preview keeps showing the last good ones.
  const [shownRange, setShownRange] = useState(range);
  const changeRange = (changes: Partial<typeof range>) => {
    const next = { ...range, ...changes };
    setRange(next);
    if (reportRangeProblem(next, today) === null) setShownRange(next);
  };

  useEffect(() => {
    void desktop.getAppInfo().then((info) => setIsDesktop(info.platform === 'desktop'));
  }, []);

  // Kept for next time: what was typed is saved when the field is left, when a box is ticked, and when
  // the screen closes, so nothing typed is lost and there is no write per key.
  const unsaved = useRef<ReportPreferences | null>(null);
  const flush = useCallback(() => {
    const next = unsaved.current;
    if (next === null) return;
    unsaved.current = null;
    void saveSettings(db, { report: next }).catch((error: unknown) => {
      console.error('Report preferences not saved', error);
    });
  }, [db]);
  useEffect(() => flush, [flush]);

  // The costly part (the analysis among it) runs only when the entries, the days or the sections change;
  // what is typed is laid over it, so every key answers at once.
  const { sections } = preferences;
  const fromJournal = useMemo(() => {
    if (!episodes || !checkIns || !measures || !activities || !periods || !ownFactors) return null;
    // The app's Insights answer, so the report quotes the same findings without working them out again.
    const knownFactors =
      answer && answer.insights !== 'failed' ? { to: answer.today, answer: answer.insights } : undefined;
    return buildReport(
      {
        episodes,
        checkIns,
        measures,
        withdrawalPeriods: periods,
        psfsActivities: activities,
        ownFactors,
        ...(knownFactors ? { knownFactors } : {}),
      },
      {
        range: shownRange,
        ...NO_PERSONAL_DETAILS,
        sections,
        timeZone: TIME_ZONE,
        now,
        waterUnit,
      },
    );
  }, [
    episodes,
    checkIns,
    measures,
    activities,
    periods,
    ownFactors,
    answer,
    shownRange,
    sections,
    now,
    waterUnit,
  ]);
  const report = fromJournal && withPersonalDetails(fromJournal, preferences);

  const paper = paperSizeForLocale(navigator.language);
  usePageRules(report ? pageRulesCss(paper, report.header) : '');

  const change = (changes: Partial<ReportPreferences>) => {
    const next = { ...preferences, ...changes };
    unsaved.current = next;
    setPreferences(next);
  };
  const toggleSection = (id: ReportSectionId, isOn: boolean) => {
    change({
      sections: REPORT_SECTIONS.map((s) => s.id).filter((s) =>
        s === id ? isOn : preferences.sections.includes(s),
      ),
    });
    flush();
  };

  // The next report starts the day after one was really made: a PDF saved, or a print the person
  // confirms. A cancelled save or print changes nothing.
  const record = async (outcome: ReportOutcome) => {
    const last = lastReportAfter(outcome, saved, shownRange, today);
    if (last.lastReportDay === saved.lastReportDay && last.lastReportEnd === saved.lastReportEnd) return;
    const next = { ...preferences, ...last };
    unsaved.current = null;
    setPreferences(next);
    await saveSettings(db, { report: next });
  };

  const savePdf = async () => {
    if (!report || rangeError) return;
    setIsSaving(true);
    try {
      const result = await desktop.saveReportPdf(reportFileName(report.header));
      if (result.saved) {
        await record('pdf-saved');
        onDone(`Report saved to ${result.location}. ${nextReportWords(shownRange, today)}`);
      }
    } catch (error) {
      console.error('Report PDF failed', error);
      onDone('The report couldn’t be saved as a PDF. Please try again.');
    } finally {
      setIsSaving(false);
    }
  };

  // The print dialog says nothing about whether it printed: window.print returns when it closes, either
  // way. So the person is asked, and only "Yes" counts as a report made.
  const print = () => {
    if (!report || rangeError) return;
    window.print();
    setIsAskingDidItPrint(true);
  };
  const answerDidItPrint = (didPrint: boolean) => {
    setIsAskingDidItPrint(false);
    if (!didPrint) return;
    void record('print-confirmed')
      .then(() => onDone(`Noted. ${nextReportWords(shownRange, today)}`))
      .catch((error: unknown) => {
        console.error('Last report day not saved', error);
        onDone('The report printed, but the journal couldn’t note it. The next report may start earlier.');
      });
  };

  return (
    <section aria-labelledby="report-title" className="report-screen">
      <div className="report-controls">
        <h2 id="report-title">Report for your physiotherapist</h2>
        <p className="muted">
          A summary of your journal to take to an appointment. The preview below is exactly what prints; it is
          split into pages when printed, never through a chart or a row.
        </p>
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.from}>From</label>
            <input
              id={ids.from}
              type="date"
              value={range.from}
              max={today}
              aria-invalid={rangeError ? true : undefined}
              aria-describedby={rangeError ? `${ids.from}-error` : undefined}
              onChange={(event) => changeRange({ from: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.to}>To</label>
            <input
              id={ids.to}
              type="date"
              value={range.to}
              max={today}
              aria-invalid={rangeError ? true : undefined}
              aria-describedby={rangeError ? `${ids.from}-error` : undefined}
              onChange={(event) => changeRange({ to: event.target.value })}
            />
          </div>
        </div>
        <FieldError id={`${ids.from}-error`} message={rangeError ?? undefined} />
        {isCalendarDay(range.from) && (
          <p className="hint" data-testid="report-days-hint">
            {lastReportSentence({ last: saved, from: range.from, today })}
          </p>
        )}
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.patient}>Your name</label>
            <input
              id={ids.patient}
              value={preferences.patientName}
              maxLength={200}
              autoComplete="name"
              onChange={(event) => change({ patientName: event.target.value })}
              onBlur={flush}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.clinician}>Physiotherapist or clinician</label>
            <input
              id={ids.clinician}
              value={preferences.clinicianName}
              maxLength={200}
              onChange={(event) => change({ clinicianName: event.target.value })}
              onBlur={flush}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.goals}>Your goals</label>
          <textarea
            id={ids.goals}
            rows={2}
            maxLength={4000}
            value={preferences.goals}
            placeholder="For example: sit through a working day without needing to lie down."
            onChange={(event) => change({ goals: event.target.value })}
            onBlur={flush}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.questions}>Questions for the visit</label>
          <textarea
            id={ids.questions}
            rows={2}
            maxLength={4000}
            value={preferences.questions}
            onChange={(event) => change({ questions: event.target.value })}
            onBlur={flush}
          />
        </div>
        <fieldset className="report-sections">
          <legend>Include</legend>
          {REPORT_SECTIONS.map((section) => (
            <label key={section.id} className="check">
              <input
                type="checkbox"
                checked={section.isAlwaysIncluded || preferences.sections.includes(section.id)}
                disabled={section.isAlwaysIncluded}
                onChange={(event) => toggleSection(section.id, event.target.checked)}
              />
              {section.label}
              {section.isAlwaysIncluded ? ' (always included)' : ''}
            </label>
          ))}
        </fieldset>
        <div className="actions">
          {isDesktop && (
            <button
              type="button"
              className="primary"
              disabled={!report || rangeError !== null || isSaving}
              onClick={() => void savePdf()}
            >
              {isSaving ? 'Saving…' : 'Save as PDF…'}
            </button>
          )}
          <button
            type="button"
            className={isDesktop ? undefined : 'primary'}
            disabled={!report || rangeError !== null}
            onClick={print}
          >
            {isDesktop ? 'Print…' : 'Print or save as PDF…'}
          </button>
        </div>
        <p className="hint">
          Paper: {paper === 'Letter' ? 'US Letter' : 'A4'}, from your language and region settings. Your
          entries stay on this computer; the report is only saved where you choose.
        </p>
      </div>
      {isAskingDidItPrint && (
        <Dialog title="Did it print?" onClose={() => answerDidItPrint(false)}>
          <p>
            The journal can’t see whether the print went through. If it did:{' '}
            {nextReportWords(shownRange, today)}
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => answerDidItPrint(true)}>
              Yes
            </button>
            {/* "No" has the focus, so a reflexive Enter after a cancelled print records nothing. */}
            <button type="button" data-autofocus onClick={() => answerDidItPrint(false)}>
              No
            </button>
          </div>
        </Dialog>
      )}
      <div className="report-preview">
        {report ? <ReportDocument report={report} /> : <p className="loading">Preparing the preview…</p>}
      </div>
    </section>
  );
}
