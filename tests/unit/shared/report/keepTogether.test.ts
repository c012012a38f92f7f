import { describe, expect, it } from 'vitest';
import { keepTogether, reliefFigure } from '../../../../src/shared/report';
import type { ReportRemedy } from '../../../../src/shared/report/remedies';

const NB = '\u00a0';
/** Where a line may break: the ordinary spaces left. */
const groups = (text: string) => keepTogether(text).split(' ');

describe('keeping numbers, units and short phrases together in table cells', () => {
  it('wraps only between groups', () => {
    expect(groups('Foam rolling (8 → 5 after 3 h)')).toEqual([
      'Foam',
      'rolling',
      `(8${NB}→${NB}5`,
      `after${NB}3${NB}h)`,
    ]);
    expect(groups('(6 → 5 after 2 h 15 min)')).toEqual([
      `(6${NB}→${NB}5`,
      `after${NB}2${NB}h${NB}15${NB}min)`,
    ]);
    expect(groups('on average 2.1 lower (95% range 1 to 3.3); median 3')).toEqual([
      'on',
      'average',
      '2.1',
      'lower',
      `(95%${NB}range${NB}1${NB}to${NB}3.3);`,
      'median',
      '3',
    ]);
    expect(keepTogether('Not recorded')).toBe(`Not${NB}recorded`);
  });

  it('leaves other words as they are', () => {
    expect(keepTogether('Heat (pad, warm shower)')).toBe('Heat (pad, warm shower)');
  });
});

describe('the relief column', () => {
  const heat = {
    meanRelief: 2.1,
    medianRelief: 3,
    ciLow: 1,
    ciHigh: 3.3,
    beyondEasing: null,
  } as unknown as ReportRemedy;

  it('puts the 95% range with the mean it belongs to, as the sentence does, and the median after', () => {
    expect(reliefFigure(heat, 3)).toBe('on average 2.1 lower (95% range 1 to 3.3); median 3');
  });

  it('says when there are too few counted uses, and gives the comparison with doing nothing first', () => {
    expect(reliefFigure({ ...heat, meanRelief: null, medianRelief: null }, 3)).toBe(
      'not enough counted uses (needs 3)',
    );
    expect(reliefFigure({ ...heat, beyondEasing: { estimate: 1.5, ciLow: 0.5, ciHigh: 2.5 } }, 3)).toBe(
      '1.5 more than when nothing was tried (95% range 0.5 to 2.5)',
    );
  });
});
