import { describe, expect, it } from 'vitest';
import { formatWater, litresToUnit, unitToLitres } from '../../../../src/shared/scoring';

describe('litresToUnit', () => {
  it('counts 250 ml glasses to one decimal place', () => {
    expect(litresToUnit(1.5, 'glasses')).toBe(6);
    expect(litresToUnit(0.25, 'glasses')).toBe(1);
    expect(litresToUnit(0.3, 'glasses')).toBe(1.2);
    expect(litresToUnit(0.33, 'glasses')).toBe(1.3); // 1.32
    expect(litresToUnit(0.0125, 'glasses')).toBe(0.1); // 0.05 rounds up
    expect(litresToUnit(0, 'glasses')).toBe(0);
  });

  it('gives litres to two decimal places', () => {
    expect(litresToUnit(1.234, 'litres')).toBe(1.23);
    expect(litresToUnit(0.375, 'litres')).toBe(0.38);
    expect(litresToUnit(1.005, 'litres')).toBe(1.01); // not 1.00 from 1.00499999…
    expect(litresToUnit(2, 'litres')).toBe(2);
  });
});

describe('unitToLitres', () => {
  it('turns glasses into litres', () => {
    expect(unitToLitres(6, 'glasses')).toBe(1.5);
    expect(unitToLitres(1.5, 'glasses')).toBe(0.375);
    expect(unitToLitres(0.1, 'glasses')).toBe(0.025);
  });

  it('keeps litres as litres, to the millilitre', () => {
    expect(unitToLitres(1.5, 'litres')).toBe(1.5);
    expect(unitToLitres(1.2345, 'litres')).toBe(1.235);
  });

  it('round-trips whole and half glasses', () => {
    for (const glasses of [0, 0.5, 1, 3, 7.5, 12])
      expect(litresToUnit(unitToLitres(glasses, 'glasses'), 'glasses')).toBe(glasses);
  });
});

describe('formatWater', () => {
  it('says when nothing was recorded, which is not the same as none', () => {
    expect(formatWater(null, 'glasses')).toBe('Not recorded');
    expect(formatWater(null, 'litres')).toBe('Not recorded');
    expect(formatWater(0, 'glasses')).toBe('0 glasses');
    expect(formatWater(0, 'litres')).toBe('0 L');
  });

  it('counts glasses with the right plural', () => {
    expect(formatWater(1.5, 'glasses')).toBe('6 glasses');
    expect(formatWater(0.25, 'glasses')).toBe('1 glass');
    expect(formatWater(0.375, 'glasses')).toBe('1.5 glasses');
    expect(formatWater(0.3, 'glasses')).toBe('1.2 glasses');
  });

  it('shows litres with an L', () => {
    expect(formatWater(1.5, 'litres')).toBe('1.5 L');
    expect(formatWater(2, 'litres')).toBe('2 L');
    expect(formatWater(0.375, 'litres')).toBe('0.38 L');
  });
});
