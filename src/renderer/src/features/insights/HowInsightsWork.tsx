import { DAYS_PER_FACTOR } from '@shared/analysis/capacity';
import { MIN_DAYS_EACH, SHORT_SLEEP_HOURS, lowWaterWords } from '@shared/analysis/factors';
import { MIN_NOTHING_TRIED, MIN_USES } from '@shared/analysis/remedies';
import { RELIEF_WINDOW_SENTENCE } from '@shared/analysis/wording';
import { VALIDATION_SUMMARY } from '@shared/analysis/validationSummary';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { useSettings } from '../../journal/hooks';

interface HowInsightsWorkProps {
  onBack: () => void;
}

/** The method in plain words. */
export function HowInsightsWork({ onBack }: HowInsightsWorkProps) {
  const waterUnit = useSettings()?.waterUnit ?? DEFAULT_SETTINGS.waterUnit;
  return (
    <section aria-labelledby="how-title" className="about">
      <h2 id="how-title">How insights work</h2>
      <p>
        Insights look for patterns in your own records: whether your pain tends to be higher or lower on days
        with something, compared with days without it. They never diagnose, and a pattern is not proof that
        one thing leads to another.
      </p>
      <h3>Why daily check-ins matter</h3>
      <p>
        To know whether, say, stress goes with worse pain, the journal has to see stressful days without pain
        too. Check-ins record your day whether or not it hurt, so only days with a check-in are compared. A
        trigger you note only on an episode is counted (“noted with 24 of 30 episodes”) but never ranked,
        because there is nothing to compare it with. A field you leave blank counts as not recorded, never as
        the healthy answer.
      </p>
      <h3>A day’s pain</h3>
      <p>
        The same number Trends and the report show: your check-in’s overall pain when you gave one, because it
        is your own word for the whole day; otherwise the average of that day’s episodes. A day you checked in
        without logging any pain counts as 0.
      </p>
      <h3>What is compared</h3>
      <p>
        A fixed list, chosen in advance rather than after looking at your data: workouts on the same day and
        the day before (by type once you have enough days of two types), high stress (your own top third),
        {lowWaterWords(waterUnit)}, long desk or screen hours (your top third), poor sleep the night before
        (under {SHORT_SLEEP_HOURS} hours or poor quality), low mood and low energy (your bottom third), the
        first three days of a withdrawal, and any factors of your own. Each needs at least {MIN_DAYS_EACH}{' '}
        days with it and {MIN_DAYS_EACH} without.
      </p>
      <h3>Mood, energy and factors of your own</h3>
      <p>
        A factor you add in Settings is tested the same way as the others, in the same group, from the day you
        create it, never chosen after looking at how it turns out. One you archive is hidden here but stays in
        the group, so the bar every result has to clear never depends on which factors you keep. For a yes or
        no factor, “with” means the days you answered yes; for a 0 to 10 or a number, your own top third. Like
        every factor, it needs at least {MIN_DAYS_EACH} check-in days with it and {MIN_DAYS_EACH} without.
      </p>
      <p>
        Because everything is estimated together, each factor tested uses up some of what your records can
        show: as a rule of thumb, about {DAYS_PER_FACTOR} days of check-ins for each factor tested together.
        If you track more than your days can carry yet, nothing is dropped: Insights says so, and how many
        more days would carry them all, and until then each result is less certain.
      </p>
      <h3>Being fair to the comparison</h3>
      <ul>
        <li>
          Days are compared within the same four-week stretch, so slow changes (seasons, a bad month, getting
          better over time) are not mistaken for the effect of a habit. This is what “allowing for changes
          from month to month” means. Weekends are allowed for too (“allowing for weekends”).
        </li>
        <li>
          Everything is estimated together, so a habit that merely tends to come with another one is not
          credited with its effect. Each result lists what it allowed for. When two things happened on nearly
          the same days, the journal says they can’t be told apart yet rather than guess.
        </li>
        <li>
          Pain on one day is like pain the day before. The ranges allow for that, so they are honest about how
          little a few weeks can show.
        </li>
        <li>
          Many things are checked at once, so some would look important by chance. The journal judges them as
          one group (the Benjamini-Hochberg method) and pulls small, uncertain results towards zero. So a
          single 95% range that misses 0 is not enough on its own for a label.
        </li>
      </ul>
      <h3>What the labels mean</h3>
      <dl>
        <dt>Likely contributing (or easing) factor</dt>
        <dd>
          A pattern of at least half a point that stands out even after allowing for everything compared at
          once (at most 1 in 20 such findings expected to be chance).
        </dd>
        <dt>Possible contributing (or easing) factor</dt>
        <dd>
          Worth watching: it stands out among everything compared (at most 1 in 10 by chance), but is smaller
          or less certain.
        </dd>
        <dt>Can’t tell yet</dt>
        <dd>
          Tested, but the records can’t tell either way. The card says roughly how big a difference your data
          could have shown by now.
        </dd>
        <dt>Probably not a big factor</dt>
        <dd>The whole 95% range is within one point either way.</dd>
        <dt>Can’t be told apart yet</dt>
        <dd>It happened on nearly the same days as something else, so the two can’t be separated.</dd>
        <dt>Not enough data yet</dt>
        <dd>Fewer than {MIN_DAYS_EACH} days with or without it; the journal says how many more it needs.</dd>
      </dl>
      <p>{VALIDATION_SUMMARY}</p>
      <h3>What helps</h3>
      <p>
        When you rate your pain before a remedy and again afterwards, the journal shows how much lower it was.{' '}
        {RELIEF_WINDOW_SENTENCE} Ratings at other times are kept, and the list says how many were left out and
        why. A remedy needs {MIN_USES} rated uses.
      </p>
      <p>
        Pain often eases by itself, more from a higher pain. So once you have answered “How is it now?” for{' '}
        {MIN_NOTHING_TRIED} episodes where you tried nothing, each remedy is compared with those: how much
        more your pain eased after it than it did by itself, from a similar starting pain over a similar time,
        with a 95% range. Remedies are ranked by what they reliably gave (the low end of the range). It is a
        pattern in your records, not proof the remedy did it.
      </p>
      <button type="button" onClick={onBack}>
        Back to insights
      </button>
    </section>
  );
}
