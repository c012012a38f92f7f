import { describe, expect, it } from 'vitest';
import { matchRemedy, matchTriggerKind, splitList } from '../../../../src/shared/csv/textMatching';

describe('trigger and remedy matching', () => {
  it.each([
    ['workout', 'workout'],
    ['Gym', 'workout'],
    ['Exercise', 'workout'],
    ['Stress', 'stress'],
    ['anxiety', 'stress'],
    ['Bad posture', 'posture'],
    ['long desk day', 'posture'],
    ['Sitting', 'posture'],
    ['Poor sleep', 'poor-sleep'],
    ['poor-sleep', 'poor-sleep'],
    ['Not enough water', 'dehydration'],
    ['dehydrated', 'dehydration'],
    ['caffeine withdrawal', 'withdrawal'],
    ['Fall on ice', 'injury'],
    ['sports injury', 'injury'],
    ['car accident', 'injury'],
    ['Injury, fall or accident', 'injury'],
    ['Something else', 'other'],
    ['weather', null],
  ] as const)('trigger %s → %s', (text, kind) => {
    expect(matchTriggerKind(text)).toBe(kind);
  });

  it.each([
    ['Heat pad', 'heat'],
    ['hot shower', 'heat'],
    ['Ice', 'cold'],
    ['cold pack', 'cold'],
    ['Stretching', 'neck-stretches'],
    ['Massage', 'massage'],
    ['Walk', 'walking'],
    ['Rest', 'rest'],
    ['Yoga', 'yoga-tai-chi'],
    ['Meditation', 'meditation'],
    ['breathing exercises', 'deep-breathing'],
    ['Physio', 'physical-therapy'],
    ['Ibuprofen', 'otc-pain-reliever'],
    ['paracetamol 1g', 'otc-pain-reliever'],
    ['Acetaminophen', 'otc-pain-reliever'],
    ['naproxen', 'otc-pain-reliever'],
    ['painkiller', 'otc-pain-reliever'],
    ['foam roller', 'foam-rolling'],
    ['Topical analgesic (menthol, capsaicin)', 'topical-analgesic'],
    ['chest-opening-stretch', 'chest-opening-stretch'],
    ['office chair', null],
    ['interest', null],
    ['TENS', null],
  ] as const)('remedy %s → %s', (text, id) => {
    expect(matchRemedy(text)).toBe(id);
  });

  it('splits lists on commas, semicolons and bars', () => {
    expect(splitList(' gym, stress ;desk|| ')).toEqual(['gym', 'stress', 'desk']);
  });
});
