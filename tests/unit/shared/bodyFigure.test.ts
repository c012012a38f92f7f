import { describe, expect, it } from 'vitest';
import {
  FIGURE_NEIGHBOURS,
  FIGURE_OUTLINES,
  FIGURE_TARGETS,
  FIGURE_VIEW_BOX,
  arrowDirection,
  inCatalogOrder,
  neighbourOf,
  shapeBounds,
  targetOf,
  type ArrowDirection,
} from '../../../src/shared/bodyFigure';
import { BODY_REGION_IDS, type BodyRegionId } from '../../../src/shared/taxonomy/regions';

const DIRECTIONS: readonly ArrowDirection[] = ['up', 'down', 'left', 'right'];

function reachableFrom(start: BodyRegionId): Set<BodyRegionId> {
  const seen = new Set<BodyRegionId>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const region = queue.shift() as BodyRegionId;
    for (const direction of DIRECTIONS) {
      const next = neighbourOf(region, direction);
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

function centreX(region: BodyRegionId): number {
  const b = shapeBounds(targetOf(region).shape);
  return b.x + b.width / 2;
}

describe('the body figure', () => {
  it('has exactly one target for every region of the catalog', () => {
    expect(FIGURE_TARGETS.map((t) => t.region).sort()).toEqual([...BODY_REGION_IDS].sort());
  });

  it('puts the chest on the front view and every other region on the back view', () => {
    for (const target of FIGURE_TARGETS) {
      expect([target.region, target.view]).toEqual([
        target.region,
        target.region === 'chest' ? 'front' : 'back',
      ]);
    }
  });

  it('makes every target at least 24 units each way, inside the drawing', () => {
    for (const { region, shape } of FIGURE_TARGETS) {
      const b = shapeBounds(shape);
      expect([region, b.width >= 24, b.height >= 24]).toEqual([region, true, true]);
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(FIGURE_VIEW_BOX.width);
      expect(b.y + b.height).toBeLessThanOrEqual(FIGURE_VIEW_BOX.height);
    }
  });

  it('draws the person’s left side on the viewer’s left in the back view', () => {
    expect(centreX('shoulder-left')).toBeLessThan(centreX('neck'));
    expect(centreX('shoulder-right')).toBeGreaterThan(centreX('neck'));
    expect(centreX('arm-left')).toBeLessThan(centreX('ribs-left'));
    expect(centreX('ribs-left')).toBeLessThan(centreX('thoracic-spine'));
    const back = FIGURE_OUTLINES.find((o) => o.view === 'back');
    const left = back?.labels.find((l) => l.text === 'Left');
    const right = back?.labels.find((l) => l.text === 'Right');
    expect(left && right && left.x < right.x).toBe(true);
  });

  it('labels the front view with the person’s right on the viewer’s left', () => {
    const front = FIGURE_OUTLINES.find((o) => o.view === 'front');
    const left = front?.labels.find((l) => l.text === 'Left');
    const right = front?.labels.find((l) => l.text === 'Right');
    expect(left && right && right.x < left.x).toBe(true);
    expect(front?.labels.map((l) => l.text)).toContain('Front');
  });

  it('reaches every region from every other by arrow keys', () => {
    for (const start of BODY_REGION_IDS) {
      expect([start, reachableFrom(start).size]).toEqual([start, BODY_REGION_IDS.length]);
    }
  });

  it('pairs left and right moves both ways', () => {
    for (const region of BODY_REGION_IDS) {
      const right = FIGURE_NEIGHBOURS[region].right;
      if (right) expect([region, FIGURE_NEIGHBOURS[right].left]).toEqual([region, region]);
      const left = FIGURE_NEIGHBOURS[region].left;
      if (left) expect([region, FIGURE_NEIGHBOURS[left].right]).toEqual([region, region]);
    }
  });

  it('moves left and right to a region that is drawn on that side', () => {
    for (const region of BODY_REGION_IDS) {
      const right = FIGURE_NEIGHBOURS[region].right;
      if (right) expect([region, right, centreX(right) > centreX(region)]).toEqual([region, right, true]);
    }
  });

  it('stays put where there is nothing further that way', () => {
    expect(neighbourOf('neck', 'up')).toBe('neck');
    expect(neighbourOf('arm-left', 'left')).toBe('arm-left');
    expect(neighbourOf('between-shoulder-blades', 'down')).toBe('thoracic-spine');
  });

  it('reads only the four arrow keys as directions', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', ' ', 'Enter'].map(arrowDirection)).toEqual([
      'up',
      'down',
      'left',
      'right',
      null,
      null,
    ]);
  });

  it('lists chosen regions in the catalog’s order', () => {
    expect(inCatalogOrder(['chest', 'neck', 'ribs-left'])).toEqual(['neck', 'ribs-left', 'chest']);
  });
});
