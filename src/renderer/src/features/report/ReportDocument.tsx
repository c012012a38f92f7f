import { Fragment, type ReactNode } from 'react';
import { formatDayWords, formatShortDate } from '@shared/dates';
import { typicalLengthFigure } from '@shared/episodeLength';
import { formatScore, formatScoreChange } from '@shared/measureText';
import type {
  ReportContent,
  ReportContext,
  ReportFactors,
  ReportFunction,
  ReportMeasure,
  ReportPain,
  ReportPattern,
  ReportRemedies,
  PageOne,
  SummaryLine,
} from '@shared/report';
import { factorsNoneSentence, keepTogether, pageOne, reliefFigure } from '@shared/report';
import { BodyMapFigure } from '../../components/BodyMapFigure';
import { ReportPainChart } from './ReportPainChart';

/** A recorded value: its number-and-unit groups and "Not recorded" are kept on one line each. */
function Value({ text }: { text: string }) {
  return <>{keepTogether(text)}</>;
}

/** Print colour for the body map: the paper is white whatever the screen's theme. */
const MAP_FILL = '#a12a2a';

function score(value: number | null | undefined, suffix = ''): string {
  return value === null || value === undefined ? 'not recorded' : `${formatScore(value)}${suffix}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" data-section={id} aria-labelledby={`report-${id}`}>
      <h2 id={`report-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function Figures({
  items,
  stacked = false,
}: {
  items: readonly (readonly [string, string])[];
  stacked?: boolean;
}) {
  return (
    <dl className={stacked ? 'report-figures report-figures-stacked' : 'report-figures'}>
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Page one's pain: now, average, worst and least, the change with its rated days, and the chart. */
function PainSection({ pain }: { pain: ReportPain }) {
  return (
    <Section id="pain" title="Pain (0-10 numeric rating scale)">
      <Figures
        items={[
          [pain.currentLabel, score(pain.current)],
          ['Average', score(pain.average)],
          ['Worst', score(pain.worst)],
          ['Least', score(pain.least)],
          ['Days rated', String(pain.daysWithData)],
        ]}
      />
      <p>{pain.changeWords}</p>
      {pain.daysWithData > 0 && (
        <figure className="report-chart" data-chart="pain">
          <ReportPainChart days={pain.daily} events={pain.events} summary={pain.changeWords} />
        </figure>
      )}
    </Section>
  );
}

/** Page one's body map with each region's share of the episodes, beside the pattern in five lines. */
function WhereAndWhenSection({ pattern, page }: { pattern: ReportPattern; page: PageOne }) {
  return (
    <Section id="where" title="Where and when it hurts">
      <div className="report-columns report-where">
        <figure className="report-chart report-body-map" data-chart="body-map">
          <p className="report-figure-title">Where it hurt</p>
          <BodyMapFigure
            fill={MAP_FILL}
            regions={pattern.regions.map((r) => ({
              region: r.region,
              level: r.shade,
              title: `${r.label}: ${plural(r.episodes, 'episode')}`,
            }))}
          />
          <figcaption>
            Seen from behind; the chest on the small front view; darker is more often and worse.
          </figcaption>
        </figure>
        <div>
          <h3>Share of episodes by region</h3>
          {page.regions.length === 0 ? (
            <p>No regions noted.</p>
          ) : (
            <ul className="report-list" data-list="regions">
              {page.regions.map((r) => (
                <li key={r.region}>
                  {r.label}: <span className="nowrap">{r.words}</span>
                </li>
              ))}
            </ul>
          )}
          {page.pattern && <Figures items={page.pattern} stacked />}
        </div>
      </div>
    </Section>
  );
}

/** Each line's label in bold, unless the sentence starts with it already (a remedy's name). */
function SummaryLines({ lines, none }: { lines: readonly SummaryLine[]; none: string | null }) {
  if (lines.length === 0) return <p>{none}</p>;
  return (
    <ul className="report-list">
      {lines.map((line) => (
        <li key={`${line.label}-${line.sentence}`}>
          {line.sentence.startsWith(`${line.label}:`) ? (
            <>
              <strong>{line.label}:</strong>
              {line.sentence.slice(line.label.length + 1)}
            </>
          ) : (
            <>
              <strong>{line.label}.</strong> {line.sentence}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Page one's factors the analysis supports and what helped, in the Insights sentences. */
function FactorsSummary({ page }: { page: PageOne }) {
  return (
    <Section id="factors-summary" title="What goes with worse or better days, and what helped">
      {page.factors && (
        <div className="report-keep" data-summary="factors">
          <h3>Habits the records support</h3>
          {page.factors.source && <p data-note="factors-source">{page.factors.source}</p>}
          <SummaryLines lines={page.factors.lines} none={page.factors.none} />
        </div>
      )}
      {page.helped && (
        <div className="report-keep" data-summary="helped">
          <h3>What helped</h3>
          <SummaryLines lines={page.helped.lines} none={page.helped.none} />
        </div>
      )}
    </Section>
  );
}

/** Page one's PSFS and PEG-3 against baseline with the shared verdict, and the goals and questions. */
function FunctionAndGoals({ page, goals }: { page: PageOne; goals: ReportContent['goals'] }) {
  return (
    <div className="report-pair">
      {page.measures && (
        <Section id="function-summary" title="Function against baseline">
          {page.measures.map((m) => (
            <p key={m.name}>
              <strong>
                {m.name}: <span className="nowrap">{m.figure}</span>.
              </strong>{' '}
              {m.verdict}
            </p>
          ))}
        </Section>
      )}
      {goals && (
        <Section id="goals" title="Goals and questions for the visit">
          <h3>Goals</h3>
          <p className="report-text">{goals.goals ?? 'None written.'}</p>
          <h3>Questions</h3>
          <p className="report-text">{goals.questions ?? 'None written.'}</p>
        </Section>
      )}
    </div>
  );
}

function MeasureLines({ measure }: { measure: ReportMeasure }) {
  return (
    <div className="report-keep" data-measure={measure.name}>
      <h3>{measure.name}</h3>
      {measure.baseline === null ? (
        <p>{measure.words}</p>
      ) : (
        <>
          <Figures
            items={[
              [
                'Baseline',
                `${score(measure.baseline.score)} (${formatDayWords(measure.baseline.day, true)})`,
              ],
              [
                'Latest',
                measure.latest === null
                  ? 'not recorded'
                  : `${score(measure.latest.score)} (${formatDayWords(measure.latest.day, true)})`,
              ],
              ['Change', measure.change === null ? '–' : formatScoreChange(measure.change)],
            ]}
          />
          <p>{measure.words}</p>
        </>
      )}
    </div>
  );
}

/** The details of the measures rated; one never rated is said once, on page one. */
function FunctionSection({ measures }: { measures: ReportFunction }) {
  const activities = measures.psfs.activities;
  const isRated = (m: ReportMeasure) => m.baseline !== null;
  if (!isRated(measures.psfs) && !isRated(measures.peg3)) return null;
  return (
    <Section id="function" title="Function">
      <div className="report-columns">
        <div>
          {isRated(measures.psfs) && <MeasureLines measure={measures.psfs} />}
          {activities.length > 0 && (
            <table className="report-table report-small">
              <caption>PSFS activities (0 = unable, 10 = as before)</caption>
              <thead>
                <tr>
                  <th scope="col">Activity</th>
                  <th scope="col">Baseline</th>
                  <th scope="col">Latest</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {activities.map((a) => (
                  <tr key={a.activityId}>
                    <th scope="row" className="typed-text">
                      {a.name ?? 'An activity'}
                    </th>
                    <td>{formatScore(a.baseline)}</td>
                    <td>{formatScore(a.latest)}</td>
                    <td>
                      {formatScoreChange(a.change)}
                      {a.verdict === 'usual-ups-and-downs' ? '' : ' (meaningful)'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {isRated(measures.peg3) && <MeasureLines measure={measures.peg3} />}
      </div>
    </Section>
  );
}

function PatternSection({ pattern, page }: { pattern: ReportPattern; page: PageOne }) {
  const { duration } = pattern;
  return (
    <Section id="pattern" title="Pattern of episodes">
      <Figures
        items={[
          ['Episodes', String(pattern.episodes)],
          ['Typical duration', typicalLengthFigure(duration)],
        ]}
      />
      <div className="report-columns">
        <div className="report-keep">
          <h3>Time of day</h3>
          <ul className="report-list">
            {pattern.timeOfDay.map((t) => (
              <li key={t.id}>
                {t.label}: {t.episodes}
              </li>
            ))}
          </ul>
          <h3>How it felt</h3>
          {pattern.qualities.length === 0 ? (
            <p>No pain qualities noted.</p>
          ) : (
            <ul className="report-list">
              {pattern.qualities.map((q) => (
                <li key={q.quality}>
                  {q.label}: {q.episodes}
                </li>
              ))}
            </ul>
          )}
        </div>
        {pattern.regions.length > 0 && (
          <table className="report-table report-small" data-table="regions">
            <caption>By region</caption>
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">Episodes</th>
                <th scope="col">Average pain</th>
                <th scope="col">Worst</th>
              </tr>
            </thead>
            <tbody>
              {pattern.regions.map((r) => (
                <tr key={r.region}>
                  <th scope="row">{r.label}</th>
                  <td className="nowrap">
                    {page.regions.find((s) => s.region === r.region)?.words ?? r.episodes}
                  </td>
                  <td className="nowrap">{score(r.averageIntensity)}</td>
                  <td className="nowrap">{score(r.worst)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Section>
  );
}

function FactorsSection({ factors }: { factors: ReportFactors }) {
  const lists: [string, ReportFactors['contributing']][] = [
    ['Contributing factors', factors.contributing],
    ['Easing factors', factors.easing],
  ];
  const none = factorsNoneSentence(factors);
  return (
    <Section id="factors" title="What goes with worse or better days">
      {none !== null ? (
        <p>{none}</p>
      ) : (
        <>
          {factors.source && <p data-note="factors-source">{factors.source}</p>}
          {lists.map(([title, list]) =>
            list.length === 0 ? null : (
              <div key={title} className="report-keep">
                <h3>{title}</h3>
                <ul className="report-list">
                  {list.map((f) => (
                    <li key={f.id}>
                      <strong>{f.tierLabel}.</strong> {f.sentence}
                    </li>
                  ))}
                </ul>
              </div>
            ),
          )}
        </>
      )}
      <p className="report-note">{factors.caveat}</p>
    </Section>
  );
}

function RemediesSection({ remedies }: { remedies: ReportRemedies }) {
  return (
    <Section id="remedies" title="What was tried, and the relief after it">
      {remedies.remedies.length === 0 ? (
        <p>No remedies were recorded in this period.</p>
      ) : (
        <>
          <p className="report-note">{remedies.window}</p>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">Remedy</th>
                <th scope="col">Uses</th>
                <th scope="col">Rated before and after</th>
                <th scope="col">Counted (rated in time)</th>
                <th scope="col">Relief (points)</th>
              </tr>
            </thead>
            <tbody>
              {remedies.remedies.map((r) => (
                <tr key={r.remedy}>
                  <th scope="row">{r.label}</th>
                  <td>{r.uses}</td>
                  <td>{r.ratedUses}</td>
                  <td>{r.countedUses}</td>
                  <td>{keepTogether(reliefFigure(r, remedies.minRatedUses))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="report-list">
            {remedies.remedies.map((r) => (
              <li key={r.remedy}>{r.sentence}</li>
            ))}
          </ul>
          <p className="report-note">{remedies.naturalCourse}</p>
        </>
      )}
      {remedies.caveat && <p className="report-note">{remedies.caveat}</p>}
    </Section>
  );
}

function ContextSection({ context }: { context: ReportContext }) {
  const average = (value: { average: number | null; days: number }, unit: string) =>
    value.average === null
      ? 'not recorded'
      : `${formatScore(value.average)}${unit} (${plural(value.days, 'day')})`;
  const { workouts } = context;
  return (
    <Section id="context" title="Context">
      <Figures
        items={[
          ['Check-ins', String(context.checkInDays)],
          ['Sleep, average', average(context.sleepHours, ' h')],
          ['Stress (0-10), average', average(context.stress, '')],
          ['Desk or screen time, average', average(context.deskHours, ' h')],
          ['Mood (0-10), average', average(context.mood, '')],
          ['Energy (0-10), average', average(context.energy, '')],
          ...context.own.map((own): [string, string] => [
            own.kind === 'yes-no'
              ? `${own.name} (tracked by the patient)`
              : `${own.name}${own.kind === 'rating' ? ' (0-10)' : ''}, average (tracked by the patient)`,
            own.recorded.days === 0
              ? 'not recorded'
              : own.kind === 'yes-no'
                ? `yes on ${plural(own.yesDays ?? 0, 'day')} of ${own.recorded.days} recorded`
                : average(own.recorded, own.unit ? ` ${own.unit}` : ''),
          ]),
          [
            'Workouts',
            `${workouts.daysRecorded === 0 ? 'not recorded in check-ins' : `${plural(workouts.workoutDays, 'day')} of ${workouts.daysRecorded} recorded`}; ${workouts.episodesWithWorkoutTrigger} of ${plural(workouts.episodes, 'episode')} came after one`,
          ],
        ]}
      />
      {context.withdrawal.map((w) => (
        <p key={w.periodId}>
          {w.label}: stopped on {formatDayWords(w.quitDay, true)}
          {w.endDay ? `, period ended ${formatDayWords(w.endDay, true)}` : ''}. This report covers day{' '}
          {w.firstDayNumber} to day {w.lastDayNumber}.
        </p>
      ))}
    </Section>
  );
}

/** The physiotherapist's report as it prints: the live preview and the printed page are this one element. */
export function ReportDocument({ report }: { report: ReportContent }) {
  const { header } = report;
  const page = pageOne(report);
  const hasDetails = [
    report.function,
    report.pattern,
    report.factors,
    report.remedies,
    report.context,
    report.appendix,
  ].some((part) => part !== null);
  return (
    <article className="report-paper" data-testid="report-document" aria-label="Report preview">
      <div className="report-page-one" data-part="page-one">
        <header className="report-header">
          <h1>Upper back pain: patient’s journal summary</h1>
          <Figures
            items={[
              ['Patient', header.patientName || 'not given'],
              ['For', header.clinicianName || 'not given'],
              ['Period', `${header.rangeWords} (${plural(header.days, 'day')})`],
              ['Made on', header.generatedOnWords],
            ]}
          />
          <p className="report-disclaimer">{header.disclaimer}</p>
        </header>
        <Section id="redFlags" title="Warning signs recorded">
          {report.severeStreaks.map((streak) => (
            <p key={streak.from} className="report-flags">
              <strong>
                Severe pain {streak.days} days in a row ({formatDayWords(streak.from, true)} to{' '}
                {formatDayWords(streak.to, true)})
              </strong>
              : pain of 8 or more out of 10 each day. Pain this bad for days on end is a reason to see a
              doctor.
            </p>
          ))}
          {report.redFlags.length === 0 ? (
            // After a severe-pain streak, "none" would contradict the line above: say what there was none of.
            <p>
              {report.severeStreaks.length === 0
                ? 'None recorded in this period.'
                : 'No warning signs were ticked on an episode in this period.'}
            </p>
          ) : (
            <ul className="report-list report-flags">
              {report.redFlags.map((flag) => (
                <li key={`${flag.episodeId}-${flag.flag}`}>
                  <strong>
                    {formatDayWords(flag.day, true)}: {flag.label}
                  </strong>{' '}
                  ({flag.urgencyLabel.toLowerCase()}, pain {flag.intensity}/10). {flag.advice}
                </li>
              ))}
            </ul>
          )}
        </Section>
        {report.pain && <PainSection pain={report.pain} />}
        {report.pattern && <WhereAndWhenSection pattern={report.pattern} page={page} />}
        {(page.factors || page.helped) && <FactorsSummary page={page} />}
        {(page.measures || report.goals) && <FunctionAndGoals page={page} goals={report.goals} />}
      </div>
      {hasDetails && (
        <p className="report-part" data-part="details">
          Details
        </p>
      )}
      {report.function && <FunctionSection measures={report.function} />}
      {report.pattern && <PatternSection pattern={report.pattern} page={page} />}
      {report.factors && <FactorsSection factors={report.factors} />}
      {report.remedies && <RemediesSection remedies={report.remedies} />}
      {report.context && <ContextSection context={report.context} />}
      {report.appendix && (
        <section
          className="report-section report-appendix"
          data-section="appendix"
          aria-labelledby="report-appendix"
        >
          <h2 id="report-appendix">Appendix: the full log for this period</h2>
          <table className="report-table report-small" data-table="episodes">
            <caption>{plural(report.appendix.episodes.length, 'episode')}</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Time</th>
                <th scope="col">Pain</th>
                <th scope="col">Lasted</th>
                <th scope="col">Where</th>
                <th scope="col">How it felt</th>
                <th scope="col">What was going on</th>
                <th scope="col">Tried</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {report.appendix.episodes.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatShortDate(e.day)}</td>
                  <td className="nowrap">{e.time}</td>
                  <td className="nowrap">{e.intensity}</td>
                  <td>
                    <span className="nowrap">{e.duration}</span>
                    {e.followUp && <div>{keepTogether(e.followUp)}</div>}
                  </td>
                  <td>{e.regions.join('; ')}</td>
                  <td>{e.qualities.join(', ')}</td>
                  <td className="typed-text">
                    {e.triggerParts.map((t, i) => (
                      <Fragment key={i}>
                        {i > 0 && '; '}
                        {t.label}
                        {(t.details !== '' || t.note !== '') && ' ('}
                        {t.details !== '' && <span className="kept-together">{keepTogether(t.details)}</span>}
                        {t.details !== '' && t.note !== '' && ', '}
                        {t.note}
                        {(t.details !== '' || t.note !== '') && ')'}
                      </Fragment>
                    ))}
                  </td>
                  <td className="typed-text">
                    {e.remedies.map((r, i) => (
                      <Fragment key={i}>
                        {i > 0 && '; '}
                        {r.label}
                        {/* The relief is the journal's own words: its number groups never split (the
                            typed name beside it may, anywhere). */}
                        {r.relief !== null && (
                          <span className="kept-together"> ({keepTogether(r.relief)})</span>
                        )}
                      </Fragment>
                    ))}
                  </td>
                  <td className="typed-text">
                    {[e.redFlags.length > 0 ? `Warning signs: ${e.redFlags.join(', ')}` : '', e.notes]
                      .filter(Boolean)
                      .join('. ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="report-table report-small" data-table="check-ins">
            <caption>{plural(report.appendix.checkIns.length, 'daily check-in')}</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Pain</th>
                <th scope="col">Sleep</th>
                <th scope="col">Stress</th>
                <th scope="col">Desk</th>
                <th scope="col">Workout</th>
                <th scope="col">Water</th>
                <th scope="col">Withdrawal</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {report.appendix.checkIns.map((c) => (
                <tr key={c.day}>
                  <td className="nowrap">{formatShortDate(c.day)}</td>
                  <td>
                    <Value text={c.pain} />
                  </td>
                  <td>
                    <Value text={c.sleep} />
                  </td>
                  <td>
                    <Value text={c.stress} />
                  </td>
                  <td>
                    <Value text={c.desk} />
                  </td>
                  <td>{keepTogether(c.workout)}</td>
                  <td>
                    <Value text={c.water} />
                  </td>
                  <td>{keepTogether(c.withdrawal)}</td>
                  <td className="typed-text">{c.notes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}
