/**
 * The upper-body figure used to choose and to show where it hurts: a back view (the person's left on the
 * viewer's left, as if standing behind them) and a smaller front view for the chest. Pure geometry in one
 * coordinate space (FIGURE_VIEW_BOX), so the picker, the Trends map, the report and the history thumbnail
 * all draw the same body.
 */
import { BODY_REGION_IDS, type BodyRegionId } from './taxonomy/regions';

export type FigureView = 'back' | 'front';

export type FigureShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; radius: number }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { kind: 'polygon'; points: readonly (readonly [number, number])[] };

export interface FigureTarget {
  region: BodyRegionId;
  view: FigureView;
  shape: FigureShape;
}

export const FIGURE_VIEW_BOX = { width: 360, height: 262 } as const;

/** Where each view's body is centred, and how wide it is, in FIGURE_VIEW_BOX units. */
const BACK_CENTRE = 120;
const FRONT_CENTRE = 300;

/** A point and its mirror image across a view's centre line. */
function mirror(centre: number, points: readonly (readonly [number, number])[]) {
  return points.map(([x, y]) => [2 * centre - x, y] as const);
}

function polygon(points: readonly (readonly [number, number])[]): FigureShape {
  return { kind: 'polygon', points };
}

// The left half of the back view's silhouette, from the top of the neck down to the middle of the waist.
const BACK_LEFT_HALF: readonly (readonly [number, number])[] = [
  [110, 46],
  [108, 64],
  [64, 78],
  [46, 86],
  [38, 100],
  [34, 160],
  [30, 226],
  [34, 236],
  [48, 236],
  [54, 226],
  [56, 162],
  [60, 124],
  [64, 168],
  [70, 238],
  [120, 238],
];

// The front view: the same silhouette at a smaller scale, around its own centre line.
const FRONT_SCALE = 0.62;
const FRONT_TOP = 30;

function toFront([x, y]: readonly [number, number]): readonly [number, number] {
  return [
    Math.round((FRONT_CENTRE + (x - BACK_CENTRE) * FRONT_SCALE) * 10) / 10,
    Math.round((FRONT_TOP + (y - 20) * FRONT_SCALE) * 10) / 10,
  ];
}

function closedOutline(leftHalf: readonly (readonly [number, number])[], centre: number): string {
  // The right half runs back up, so the outline is one closed line.
  const rightHalf = mirror(centre, leftHalf.slice(0, -1)).reverse();
  return `M${[...leftHalf, ...rightHalf].map(([x, y]) => `${x} ${y}`).join(' L')} Z`;
}

export interface FigureOutline {
  view: FigureView;
  /** The body from the neck to the waist, with the arms, as one SVG path. */
  body: string;
  head: { cx: number; cy: number; rx: number; ry: number };
  /** The view's name and the person's sides, placed under and beside the body. */
  labels: readonly { text: string; x: number; y: number }[];
}

export const FIGURE_OUTLINES: readonly FigureOutline[] = [
  {
    view: 'back',
    body: closedOutline(BACK_LEFT_HALF, BACK_CENTRE),
    head: { cx: BACK_CENTRE, cy: 26, rx: 19, ry: 23 },
    labels: [
      { text: 'Back', x: BACK_CENTRE, y: 256 },
      { text: 'Left', x: 36, y: 256 },
      { text: 'Right', x: 204, y: 256 },
    ],
  },
  {
    view: 'front',
    body: closedOutline(BACK_LEFT_HALF.map(toFront), FRONT_CENTRE),
    head: { cx: FRONT_CENTRE, cy: toFront([0, 26])[1], rx: 19 * FRONT_SCALE, ry: 23 * FRONT_SCALE },
    // Seen from the front, the person's right is on the viewer's left.
    labels: [
      { text: 'Front', x: FRONT_CENTRE, y: 184 },
      { text: 'Right', x: FRONT_CENTRE - 50, y: 184 },
      { text: 'Left', x: FRONT_CENTRE + 50, y: 184 },
    ],
  },
];

const TRAPEZIUS_LEFT = [
  [107, 62],
  [62, 80],
  [68, 100],
  [107, 90],
] as const;
const SHOULDER_BLADE_LEFT = [
  [70, 104],
  [104, 100],
  [100, 154],
  [78, 144],
] as const;
const RIBS_LEFT = [
  [68, 162],
  [104, 160],
  [104, 220],
  [72, 228],
] as const;

/** Every region of the catalog as one target, placed where it is on the body. */
export const FIGURE_TARGETS: readonly FigureTarget[] = [
  {
    region: 'neck',
    view: 'back',
    shape: { kind: 'rect', x: 107, y: 44, width: 26, height: 24, radius: 6 },
  },
  { region: 'upper-trapezius-left', view: 'back', shape: polygon(TRAPEZIUS_LEFT) },
  { region: 'upper-trapezius-right', view: 'back', shape: polygon(mirror(BACK_CENTRE, TRAPEZIUS_LEFT)) },
  {
    region: 'between-shoulder-blades',
    view: 'back',
    shape: { kind: 'rect', x: 108, y: 96, width: 24, height: 58, radius: 5 },
  },
  { region: 'shoulder-blade-left', view: 'back', shape: polygon(SHOULDER_BLADE_LEFT) },
  {
    region: 'shoulder-blade-right',
    view: 'back',
    shape: polygon(mirror(BACK_CENTRE, SHOULDER_BLADE_LEFT)),
  },
  {
    region: 'thoracic-spine',
    view: 'back',
    shape: { kind: 'rect', x: 108, y: 158, width: 24, height: 62, radius: 5 },
  },
  { region: 'ribs-left', view: 'back', shape: polygon(RIBS_LEFT) },
  { region: 'ribs-right', view: 'back', shape: polygon(mirror(BACK_CENTRE, RIBS_LEFT)) },
  { region: 'shoulder-left', view: 'back', shape: { kind: 'ellipse', cx: 48, cy: 100, rx: 15, ry: 15 } },
  {
    region: 'shoulder-right',
    view: 'back',
    shape: { kind: 'ellipse', cx: 2 * BACK_CENTRE - 48, cy: 100, rx: 15, ry: 15 },
  },
  {
    region: 'arm-left',
    view: 'back',
    shape: { kind: 'rect', x: 33, y: 122, width: 24, height: 100, radius: 10 },
  },
  {
    region: 'arm-right',
    view: 'back',
    shape: { kind: 'rect', x: 2 * BACK_CENTRE - 57, y: 122, width: 24, height: 100, radius: 10 },
  },
  {
    region: 'chest',
    view: 'front',
    shape: { kind: 'rect', x: FRONT_CENTRE - 26, y: 78, width: 52, height: 30, radius: 8 },
  },
];

export function targetOf(region: BodyRegionId): FigureTarget {
  const target = FIGURE_TARGETS.find((t) => t.region === region);
  if (!target) throw new Error(`No target on the body figure for ${region}`);
  return target;
}

export function shapeBounds(shape: FigureShape): { x: number; y: number; width: number; height: number } {
  switch (shape.kind) {
    case 'rect':
      return { x: shape.x, y: shape.y, width: shape.width, height: shape.height };
    case 'ellipse':
      return { x: shape.cx - shape.rx, y: shape.cy - shape.ry, width: 2 * shape.rx, height: 2 * shape.ry };
    case 'polygon': {
      const xs = shape.points.map(([x]) => x);
      const ys = shape.points.map(([, y]) => y);
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
    }
  }
}

export type ArrowDirection = 'up' | 'down' | 'left' | 'right';

type Neighbours = Partial<Record<ArrowDirection, BodyRegionId>>;

/**
 * Where each arrow key goes from each region, as the regions sit on the screen (left means the viewer's
 * left). A missing direction stays put. The front view's chest sits to the right of the back view, so it
 * is reached from the right shoulder.
 */
export const FIGURE_NEIGHBOURS: Readonly<Record<BodyRegionId, Neighbours>> = {
  neck: { down: 'between-shoulder-blades', left: 'upper-trapezius-left', right: 'upper-trapezius-right' },
  'upper-trapezius-left': {
    up: 'neck',
    down: 'shoulder-blade-left',
    right: 'neck',
  },
  'upper-trapezius-right': {
    up: 'neck',
    down: 'shoulder-blade-right',
    left: 'neck',
  },
  'shoulder-left': { up: 'upper-trapezius-left', down: 'arm-left', right: 'shoulder-blade-left' },
  'shoulder-blade-left': {
    up: 'upper-trapezius-left',
    down: 'ribs-left',
    left: 'shoulder-left',
    right: 'between-shoulder-blades',
  },
  'between-shoulder-blades': {
    up: 'neck',
    down: 'thoracic-spine',
    left: 'shoulder-blade-left',
    right: 'shoulder-blade-right',
  },
  'shoulder-blade-right': {
    up: 'upper-trapezius-right',
    down: 'ribs-right',
    left: 'between-shoulder-blades',
    right: 'shoulder-right',
  },
  'shoulder-right': {
    up: 'upper-trapezius-right',
    down: 'arm-right',
    left: 'shoulder-blade-right',
    right: 'chest',
  },
  'arm-left': { up: 'shoulder-left', right: 'ribs-left' },
  'ribs-left': { up: 'shoulder-blade-left', left: 'arm-left', right: 'thoracic-spine' },
  'thoracic-spine': { up: 'between-shoulder-blades', left: 'ribs-left', right: 'ribs-right' },
  'ribs-right': { up: 'shoulder-blade-right', left: 'thoracic-spine', right: 'arm-right' },
  'arm-right': { up: 'shoulder-right', left: 'ribs-right' },
  chest: { left: 'shoulder-right' },
};

export function neighbourOf(region: BodyRegionId, direction: ArrowDirection): BodyRegionId {
  return FIGURE_NEIGHBOURS[region][direction] ?? region;
}

const ARROW_KEYS: Readonly<Record<string, ArrowDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The direction an arrow key means, or null for any other key. */
export function arrowDirection(key: string): ArrowDirection | null {
  return ARROW_KEYS[key] ?? null;
}

/** Regions in the catalog's order, so "Chosen: …" reads the same however they were ticked. */
export function inCatalogOrder(regions: readonly BodyRegionId[]): BodyRegionId[] {
  return BODY_REGION_IDS.filter((id) => regions.includes(id));
}
