import { describe, expect, it } from 'vitest';
import {
  distinctValues,
  matchQuality,
  matchRegions,
  regionTargets,
  splitValues,
  valueKey,
} from '../../../../src/shared/csv/catalogMatching';

describe('matchRegions', () => {
  it.each([
    ['upper back', ['thoracic-spine']],
    ['Upper Back', ['thoracic-spine']],
    ['back (upper) pain', ['thoracic-spine']],
    ['UPPER_BACK', ['thoracic-spine']],
    ['middle back', ['thoracic-spine']],
    ['mid-back', ['thoracic-spine']],
    ['between shoulder blades', ['between-shoulder-blades']],
    ['Between the shoulder blades', ['between-shoulder-blades']],
    ['left shoulder', ['shoulder-left']],
    ['Shoulder (R)', ['shoulder-right']],
    ['shoulder', ['shoulder-left', 'shoulder-right']],
    ['neck', ['neck']],
    ['NECK_BACK', ['neck']],
    ['shoulder blade', ['shoulder-blade-left', 'shoulder-blade-right']],
    ['right shoulder blade', ['shoulder-blade-right']],
    ['shoulder-blade-left', ['shoulder-blade-left']],
    ['ribs', ['ribs-left', 'ribs-right']],
    ['ribs, left side', ['ribs-left']],
    ['chest', ['chest']],
    ['CHEST_LEFT', ['chest']],
    ['trapezius', ['upper-trapezius-left', 'upper-trapezius-right']],
    ['left traps', ['upper-trapezius-left']],
    ['Middle of the upper back (thoracic spine)', ['thoracic-spine']],
  ])('reads "%s" as %j', (text, ids) => {
    expect(matchRegions(text)).toEqual(ids);
  });

  it.each(['lower back', 'back', 'knee', 'CHEST_LEFT_BACK', 'T4', ''])('matches nothing for "%s"', (text) => {
    expect(matchRegions(text)).toBeNull();
  });
});

describe('matchQuality', () => {
  it.each([
    ['burning', 'burning'],
    ['Stabbing!', 'sharp-stabbing'],
    ['aching', 'dull-ache'],
    ['dull', 'dull-ache'],
    ['Sharp or stabbing', 'sharp-stabbing'],
    ['tight', 'stiffness'],
    ['pins and needles', 'numbness-tingling'],
    ['radiating', 'spreading'],
  ])('reads "%s" as %s', (text, id) => {
    expect(matchQuality(text)).toEqual([id]);
  });

  it('matches nothing for a kind of pain the journal has no choice for', () => {
    expect(matchQuality('throbbing')).toBeNull();
  });
});

describe('splitValues and valueKey', () => {
  it('splits the lists trackers write, brackets and all', () => {
    expect(splitValues('[NECK_BACK, CHEST_LEFT]')).toEqual(['NECK_BACK', 'CHEST_LEFT']);
    expect(splitValues('neck and left shoulder; ribs')).toEqual(['neck', 'left shoulder', 'ribs']);
    expect(splitValues('neck / shoulders')).toEqual(['neck', 'shoulders']);
    expect(splitValues('burning and pins and needles')).toEqual(['burning', 'pins and needles']);
  });

  it('ignores case, punctuation, filler words and word order', () => {
    expect(valueKey('Upper back')).toBe(valueKey('back (upper) pain'));
    expect(valueKey('UPPER_BACK')).toBe('back upper');
  });
});

describe('distinctValues', () => {
  it('lists each value once with its count, the ones that match nothing first', () => {
    const rows = [['neck, lower back'], ['Neck'], ['T4'], ['lower back'], ['neck; neck']];
    expect(distinctValues(rows, [0], matchRegions)).toEqual([
      { text: 'lower back', key: 'back lower', count: 2, match: null },
      { text: 'T4', key: 't4', count: 1, match: null },
      { text: 'neck', key: 'neck', count: 3, match: ['neck'] },
    ]);
  });

  it('leaves out rows a preset does not import', () => {
    const rows = [
      ['Symptom', 'neck'],
      ['Mood', 'ribs'],
    ];
    expect(
      distinctValues(rows, [1], matchRegions, (cells) => cells[0] === 'Symptom').map((v) => v.text),
    ).toEqual(['neck']);
  });
});

describe('regionTargets', () => {
  it('offers every region, then both sides of each paired region', () => {
    const labels = regionTargets().map((t) => t.label);
    expect(labels).toContain('Neck');
    expect(labels).toContain('Shoulder blades, both sides');
    expect(regionTargets().find((t) => t.label === 'Both shoulders')?.ids).toEqual([
      'shoulder-left',
      'shoulder-right',
    ]);
    expect(labels).toHaveLength(14 + 5);
  });
});
