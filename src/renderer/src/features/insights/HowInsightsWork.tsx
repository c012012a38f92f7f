import { LOW_WATER_LITRES, MIN_DAYS_EACH, SHORT_SLEEP_HOURS } from '@shared/analysis/factors';
import { MIN_USES, RELIEF_WINDOW_MINUTES } from '@shared/analysis/remedies';

interface HowInsightsWorkProps {
  onBack: () => void;
}

/** The method in plain words. */
export function HowInsightsWork({ onBack }: HowInsightsWorkProps) {
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
        because there is nothing to compare it with.
      </p>
      <h3>What is compared</h3>
      <p>
        A fixed list, chosen in advance rather than after looking at your data: workouts on the same day and
        the day before (by type once you have enough days of two types), high stress (your own top third),
        less than {LOW_WATER_LITRES} litres of water, long desk or screen hours (your top third), poor sleep
        the night before (under {SHORT_SLEEP_HOURS} hours or poor quality), and the first three days of a
        withdrawal. Each needs at least {MIN_DAYS_EACH} days with it and {MIN_DAYS_EACH} without.
      </p>
      <h3>Being fair to the comparison</h3>
      <ul>
        <li>
          Days are compared within the same four-week stretch, so slow changes (seasons, a bad month, getting
          better over time) are not mistaken for the effect of a habit. Weekends are allowed for too.
        </li>
        <li>
          Everything is estimated together, so a habit that merely tends to come with another one is not
          credited with its effect.
        </li>
        <li>
          Pain on one day is like pain the day before. The ranges allow for that, so they are honest about how
          little a few weeks can show.
        </li>
        <li>
          Many things are checked at once, so some would look important by chance. The journal corrects for
          that (the Benjamini-Hochberg method) and pulls small, uncertain results towards zero.
        </li>
      </ul>
      <h3>What the labels mean</h3>
      <dl>
        <dt>Likely</dt>
        <dd>
          A clear pattern of at least half a point that survives the correction for checking many things.
        </dd>
        <dt>Possible</dt>
        <dd>Worth watching: the pattern is there but less certain.</dd>
        <dt>Probably not a big factor</dt>
        <dd>The whole range is within one point either way.</dd>
        <dt>Not enough data yet</dt>
        <dd>Fewer than {MIN_DAYS_EACH} days with or without it; the journal says how many more it needs.</dd>
      </dl>
      <p>
        We tested this on thousands of simulated journals: a real 1.5-point effect is found in at least 9 of
        10 two-month journals, and something with no effect is called “likely” in at most 2 in 100.
      </p>
      <h3>What helps</h3>
      <p>
        When you rate your pain before a remedy and again {RELIEF_WINDOW_MINUTES.from} to{' '}
        {RELIEF_WINDOW_MINUTES.to} minutes later, the journal shows how much lower it was afterwards, ranked
        by what it reliably gave (the low end of the range), once you have {MIN_USES}
        rated uses. Pain often eases on its own, so this is relief after using something, not proof the remedy
        did it.
      </p>
      <button type="button" onClick={onBack}>
        Back to insights
      </button>
    </section>
  );
}
