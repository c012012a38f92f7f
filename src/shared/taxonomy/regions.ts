/** Where the pain is. The ids are stored in journal entries: never rename or reorder them. */
import type { Citation } from './sources';

export const BODY_REGION_IDS = [
  'neck',
  'upper-trapezius-left',
  'upper-trapezius-right',
  'between-shoulder-blades',
  'shoulder-blade-left',
  'shoulder-blade-right',
  'thoracic-spine',
  'ribs-left',
  'ribs-right',
  'shoulder-left',
  'shoulder-right',
  'arm-left',
  'arm-right',
  'chest',
] as const;
export type BodyRegionId = (typeof BODY_REGION_IDS)[number];

export type BodySide = 'left' | 'right';

export type BodyRegion = {
  readonly id: BodyRegionId;
  readonly label: string;
  /** A compact label for the body map and chips. */
  readonly shortLabel: string;
  readonly side: BodySide | null;
  /** True when the region means pain spreading out from the upper back (into an arm). */
  readonly isSpreading: boolean;
} & Citation;

const REGIONS = [
  {
    id: 'neck',
    label: 'Neck',
    shortLabel: 'Neck',
    side: null,
    isSpreading: false,
    sources: ['000', '001', '002', '003', '004'],
    keywords: ['neck'],
  },
  {
    id: 'upper-trapezius-left',
    label: 'Upper trapezius, left',
    shortLabel: 'Trapezius (L)',
    side: 'left',
    isSpreading: false,
    sources: ['001', '004'],
    keywords: ['trapezius'],
  },
  {
    id: 'upper-trapezius-right',
    label: 'Upper trapezius, right',
    shortLabel: 'Trapezius (R)',
    side: 'right',
    isSpreading: false,
    sources: ['001', '004'],
    keywords: ['trapezius'],
  },
  {
    id: 'between-shoulder-blades',
    label: 'Between the shoulder blades',
    shortLabel: 'Between blades',
    side: null,
    isSpreading: false,
    sources: ['000', '003'],
    keywords: ['between the shoulder blades'],
  },
  {
    id: 'shoulder-blade-left',
    label: 'Shoulder blade, left',
    shortLabel: 'Shoulder blade (L)',
    side: 'left',
    isSpreading: false,
    sources: ['000', '001', '003'],
    keywords: ['shoulder blades', 'scapular'],
  },
  {
    id: 'shoulder-blade-right',
    label: 'Shoulder blade, right',
    shortLabel: 'Shoulder blade (R)',
    side: 'right',
    isSpreading: false,
    sources: ['000', '001', '003'],
    keywords: ['shoulder blades', 'scapular'],
  },
  {
    id: 'thoracic-spine',
    label: 'Middle of the upper back (thoracic spine)',
    shortLabel: 'Thoracic spine',
    side: null,
    isSpreading: false,
    sources: ['002', '003', '004'],
    keywords: ['thoracic spine', 'thoracic region of the spine', 'along the spine'],
  },
  {
    id: 'ribs-left',
    label: 'Ribs, left side',
    shortLabel: 'Ribs (L)',
    side: 'left',
    isSpreading: false,
    sources: ['000', '004'],
    keywords: ['ribs'],
  },
  {
    id: 'ribs-right',
    label: 'Ribs, right side',
    shortLabel: 'Ribs (R)',
    side: 'right',
    isSpreading: false,
    sources: ['000', '004'],
    keywords: ['ribs'],
  },
  {
    id: 'shoulder-left',
    label: 'Shoulder, left',
    shortLabel: 'Shoulder (L)',
    side: 'left',
    isSpreading: false,
    sources: ['000', '002', '003', '004'],
    keywords: ['shoulders'],
  },
  {
    id: 'shoulder-right',
    label: 'Shoulder, right',
    shortLabel: 'Shoulder (R)',
    side: 'right',
    isSpreading: false,
    sources: ['000', '002', '003', '004'],
    keywords: ['shoulders'],
  },
  {
    id: 'arm-left',
    label: 'Left arm (spreading into the arm)',
    shortLabel: 'Arm (L)',
    side: 'left',
    isSpreading: true,
    sources: ['000', '003'],
    keywords: ['arms'],
  },
  {
    id: 'arm-right',
    label: 'Right arm (spreading into the arm)',
    shortLabel: 'Arm (R)',
    side: 'right',
    isSpreading: true,
    sources: ['000', '003'],
    keywords: ['arms'],
  },
  {
    id: 'chest',
    label: 'Chest',
    shortLabel: 'Chest',
    side: null,
    isSpreading: false,
    sources: ['001', '003'],
    keywords: ['chest'],
    note: '003 names the chest as a place upper back pain can spread to; 001 names the chest muscles.',
  },
] as const satisfies readonly BodyRegion[];

export const BODY_REGIONS: readonly BodyRegion[] = REGIONS;
