import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUTOMATIC_FLAG_IDS,
  AUTOMATIC_FLAG_THRESHOLDS,
  AUTOMATIC_FLAGS,
  PAIN_QUALITY_IDS,
  RED_FLAG_IDS,
  RED_FLAGS,
  URGENCY_LABELS,
  automaticFlagById,
  isAutomaticFlagId,
  isRedFlagId,
  labelOfRedFlag,
  mostUrgent,
  redFlagById,
  redFlagForQuality,
  sourceById,
} from '../../../src/shared/taxonomy';
import { DRUG_BRAND_AND_PRESCRIPTION_TERMS } from '../../../src/shared/taxonomy/brandDenylist';
import { SEEDS_DIR, containsPhrase, describeWithSeeds, normalize } from '../../fixtures/seeds';

/** Every flag, recorded or automatic, with the fields the wording checks need. */
const ALL_FLAGS: readonly { readonly id: string; readonly urgency: string; readonly advice: string }[] = [
  ...RED_FLAGS,
  ...AUTOMATIC_FLAGS,
];

/** The "When to Seek Medical Help" list in document 000, up to its conclusion. */
function seekHelpSectionOf000(): string {
  const text = normalize(readFileSync(path.join(SEEDS_DIR, sourceById('000').file), 'utf8'));
  const start = text.indexOf('when to seek medical help');
  const end = text.indexOf('conclusion', start);
  expect(start, 'heading "When to Seek Medical Help" not found in 000').toBeGreaterThanOrEqual(0);
  expect(end, 'heading "Conclusion" not found after the list in 000').toBeGreaterThan(start);
  return text.slice(start, end);
}

describe('red flag ids', () => {
  it('keeps the stored ids exactly, in order', () => {
    expect([...RED_FLAG_IDS]).toEqual([
      'severe-unrelenting',
      'numbness-tingling',
      'breathing-difficulty',
      'chest-pain-exertion',
      'bladder-bowel-saddle',
      'fever-chills',
      'weight-loss',
      'fall-accident',
      'night-rest-pain',
      'clumsy-hands-walking',
      'worsening-weeks',
    ]);
    expect([...AUTOMATIC_FLAG_IDS]).toEqual(['severe-streak', 'rising-average']);
  });

  it('has one entry per id, in order, and no id shared between the two kinds', () => {
    expect(RED_FLAGS.map((flag) => flag.id)).toEqual([...RED_FLAG_IDS]);
    expect(AUTOMATIC_FLAGS.map((flag) => flag.id)).toEqual([...AUTOMATIC_FLAG_IDS]);
    const allIds = [...RED_FLAG_IDS, ...AUTOMATIC_FLAG_IDS];
    expect(new Set(allIds).size).toBe(allIds.length);
  });
});

describe('urgency', () => {
  it('sends only chest pain, breathing and bladder, bowel or saddle signs to emergency help', () => {
    const byUrgency = Object.fromEntries(RED_FLAGS.map((flag) => [flag.id, flag.urgency]));
    expect(byUrgency).toEqual({
      'severe-unrelenting': 'soon',
      'numbness-tingling': 'soon',
      'breathing-difficulty': 'emergency',
      'chest-pain-exertion': 'emergency',
      'bladder-bowel-saddle': 'emergency',
      'fever-chills': 'soon',
      'weight-loss': 'soon',
      'fall-accident': 'soon',
      'night-rest-pain': 'soon',
      'clumsy-hands-walking': 'soon',
      'worsening-weeks': 'soon',
    });
  });

  it('raises automatic flags only as "see a doctor soon"', () => {
    for (const flag of AUTOMATIC_FLAGS) expect(flag.urgency, flag.id).toBe('soon');
  });

  it('labels each urgency in plain words', () => {
    expect(URGENCY_LABELS).toEqual({ emergency: 'Get help now', soon: 'See a doctor soon' });
  });
});

describe('labels', () => {
  it('are short enough for a checkbox in a compact row', () => {
    for (const flag of [...RED_FLAGS, ...AUTOMATIC_FLAGS]) {
      expect(flag.label, flag.id).toMatch(/^[A-Z]/);
      expect(flag.label.length, flag.id).toBeLessThanOrEqual(70);
      expect(flag.label, flag.id).not.toMatch(/\.$/);
    }
  });

  it('name numbness or tingling in the arms, hands or feet', () => {
    expect(labelOfRedFlag('numbness-tingling')).toBe('Numbness or tingling in arms, hands or feet');
  });
});

describe('advice', () => {
  it.each(ALL_FLAGS.map((flag) => [flag.id, flag] as const))(
    '%s: one or two sentences ending with a full stop',
    (_id, flag) => {
      expect(flag.advice).toMatch(/^[A-Z].*\.$/);
      const sentences = flag.advice.split(/(?<=[.!?]) +/);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      expect(flag.advice).not.toMatch(/!/);
    },
  );

  it('never speaks of causes, never diagnoses and never names a drug', () => {
    for (const flag of ALL_FLAGS) {
      const advice = normalize(flag.advice);
      expect(advice, flag.id).not.toContain('cause');
      expect(advice, flag.id).not.toContain('diagnos');
      expect(advice, flag.id).not.toMatch(/\byou have\b/);
      const drugs = DRUG_BRAND_AND_PRESCRIPTION_TERMS.filter((term) => containsPhrase(advice, term));
      expect(drugs, flag.id).toEqual([]);
    }
  });

  it('points emergency flags to emergency help now', () => {
    for (const flag of RED_FLAGS.filter(({ urgency }) => urgency === 'emergency')) {
      expect(flag.advice, flag.id).toMatch(/emergency/i);
      expect(flag.advice, flag.id).toMatch(/\bnow\b/);
    }
  });

  it('points "soon" flags to the doctor', () => {
    for (const flag of ALL_FLAGS.filter(({ urgency }) => urgency === 'soon')) {
      expect(flag.advice, flag.id).toContain('doctor (GP)');
    }
  });

  it('says when a "soon" flag needs urgent or emergency help instead', () => {
    expect(redFlagById('severe-unrelenting').advice).toMatch(/unbearable.*urgent help/);
    expect(redFlagById('numbness-tingling').advice).toMatch(/both hands.*both feet.*weakness.*urgent/);
    expect(redFlagById('fall-accident').advice).toMatch(/major accident.*emergency department/);
    expect(redFlagById('clumsy-hands-walking').advice).toMatch(/urgently/);
  });
});

describeWithSeeds('citations in the source documents', () => {
  it('cites 000 for the three signs in its "When to Seek Medical Help" list, and for worsening pain', () => {
    const section = seekHelpSectionOf000();
    const citing000 = RED_FLAGS.filter((flag) => {
      const sources: readonly string[] = flag.sources;
      return sources.includes('000');
    });
    expect(citing000.map((flag) => flag.id)).toEqual([
      'severe-unrelenting',
      'numbness-tingling',
      'breathing-difficulty',
      'worsening-weeks',
    ]);
    for (const id of ['severe-unrelenting', 'numbness-tingling', 'breathing-difficulty'] as const) {
      const flag = redFlagById(id);
      expect(flag.keywords.length, id).toBeGreaterThan(0);
      for (const keyword of flag.keywords)
        expect(containsPhrase(section, keyword), `${id}: ${keyword}`).toBe(true);
    }
  });
});

describe('citations', () => {
  it('explains in a note where each uncited flag comes from', () => {
    for (const flag of RED_FLAGS.filter(({ sources }) => sources.length === 0)) {
      expect(flag.note, flag.id).toMatch(/physio-pedia.*NHS/);
    }
    for (const flag of AUTOMATIC_FLAGS) {
      expect(flag.sources, flag.id).toEqual([]);
      expect(flag.note, flag.id).toMatch(/^Raised by the app/);
    }
  });
});

describe('automatic flags', () => {
  it('explain what the app saw, in one sentence that matches the thresholds', () => {
    const { severeStreak, risingAverage } = AUTOMATIC_FLAG_THRESHOLDS;
    expect(severeStreak).toEqual({ minPain: 8, minDays: 3 });
    expect(risingAverage).toEqual({ weeks: 4 });
    expect(automaticFlagById('severe-streak').explanation).toBe(
      'Your pain has been 8 or more out of 10 on three or more days in a row.',
    );
    expect(automaticFlagById('rising-average').explanation).toBe(
      'Your average pain has risen over the last four weeks without getting better.',
    );
    for (const flag of AUTOMATIC_FLAGS) {
      expect(flag.explanation, flag.id).toMatch(/^Your [^.]*\.$/);
      expect(flag.explanation, flag.id).not.toMatch(/[{}$]/);
    }
  });
});

describe('lookups', () => {
  it('find every flag by id', () => {
    for (const flag of RED_FLAGS) {
      expect(redFlagById(flag.id)).toBe(flag);
      expect(labelOfRedFlag(flag.id)).toBe(flag.label);
    }
    for (const flag of AUTOMATIC_FLAGS) expect(automaticFlagById(flag.id)).toBe(flag);
  });

  it('guards tell recorded and automatic flag ids apart and reject anything else', () => {
    expect(isRedFlagId('fever-chills')).toBe(true);
    expect(isRedFlagId('severe-streak')).toBe(false);
    expect(isRedFlagId('chest-pain')).toBe(false);
    expect(isRedFlagId(undefined)).toBe(false);
    expect(isAutomaticFlagId('rising-average')).toBe(true);
    expect(isAutomaticFlagId('weight-loss')).toBe(false);
  });
});

describe('redFlagForQuality', () => {
  it('ticks the numbness or tingling flag for that quality and no flag for any other', () => {
    expect(redFlagForQuality('numbness-tingling')).toBe('numbness-tingling');
    for (const quality of PAIN_QUALITY_IDS.filter((id) => id !== 'numbness-tingling')) {
      expect(redFlagForQuality(quality), quality).toBeNull();
    }
  });
});

describe('mostUrgent', () => {
  it('is null when nothing is flagged', () => {
    expect(mostUrgent([])).toBeNull();
  });

  it('is "soon" when every flag is a "soon" one, recorded or automatic', () => {
    expect(mostUrgent(['fever-chills'])).toBe('soon');
    expect(mostUrgent(['severe-unrelenting', 'worsening-weeks', 'severe-streak'])).toBe('soon');
    expect(mostUrgent(['rising-average'])).toBe('soon');
  });

  it('is "emergency" when any flag is an emergency one, wherever it sits in the list', () => {
    expect(mostUrgent(['breathing-difficulty'])).toBe('emergency');
    expect(mostUrgent(['severe-unrelenting', 'severe-streak', 'chest-pain-exertion'])).toBe('emergency');
    expect(mostUrgent(['bladder-bowel-saddle', 'fever-chills'])).toBe('emergency');
  });
});
