/**
 * The five source documents the taxonomy is built from (the seed files beside the repo, in
 * /work/shared/seeds). Every catalog entry records which of them names it, so a reader can check the
 * wording against the text. Titles are the documents' own headings; topics are our summary.
 */

export const SOURCE_IDS = ['000', '001', '002', '003', '004'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface SourceDocument {
  readonly id: SourceId;
  /** File name inside the seeds folder. */
  readonly file: string;
  /** The document's own heading. */
  readonly title: string;
  /** What the document is about, in our words. */
  readonly topic: string;
}

export const SOURCE_DOCUMENTS = [
  {
    id: '000',
    file: '000_64fd8150f0d3e5e0.txt',
    title: 'Upper Back Pain During Withdrawal',
    topic:
      'Upper back pain while stopping alcohol, opioids, nicotine or other substances: causes, signs, self-care.',
  },
  {
    id: '001',
    file: '001_db451d65e460e277.txt',
    title: 'Understanding and Managing Muscle Spasms in the Upper Back',
    topic: 'Muscle spasms in the upper back: causes, signs, prevention, home care and hands-on therapies.',
  },
  {
    id: '002',
    file: '002_4aa241081c1ae7ba.txt',
    title: 'Recognizing Upper Back Pain Following Exercise',
    topic: 'Upper back pain after working out: overuse, posture, stiffness of the mid-back, prevention.',
  },
  {
    id: '003',
    file: '003_b8601116e1c9f5ba.txt',
    title: 'How to Relieve Upper Back Pain',
    topic: 'General relief for upper back pain: common causes, signs, posture, heat and cold, relaxation.',
  },
  {
    id: '004',
    file: '004_eae41a80ff1ca0eb.txt',
    title: 'Thoracic Spine Muscle Spasms: Etiology and Management',
    topic:
      'Cramps and spasms in the mid and upper back: causes, quick comfort measures, long-term prevention.',
  },
] as const satisfies readonly SourceDocument[];

/**
 * How an entry backs its place in a catalog. Either it cites at least one document, with `keywords`
 * (lowercase words or phrases found in those documents, used by the tests to check each citation), or it
 * cites none and carries a `note` saying why it is in the catalog anyway.
 */
export type Citation =
  | {
      readonly sources: readonly [SourceId, ...SourceId[]];
      readonly keywords: readonly [string, ...string[]];
      /** Optional remark, e.g. how loosely a document names the entry. */
      readonly note?: string;
    }
  | {
      readonly sources: readonly [];
      readonly keywords: readonly [];
      /** Why the entry is in the catalog although no document names it. */
      readonly note: string;
    };
