import { describe, expect, it } from 'vitest';
import * as taxonomy from '../../../src/shared/taxonomy';
import {
  AUTOMATIC_FLAG_IDS,
  AUTOMATIC_FLAGS,
  BODY_REGION_IDS,
  BODY_REGIONS,
  PAIN_QUALITIES,
  PAIN_QUALITY_IDS,
  POSTURE_POSITION_IDS,
  POSTURE_POSITIONS,
  RED_FLAG_IDS,
  RED_FLAGS,
  REMEDIES,
  REMEDY_IDS,
  SOURCE_DOCUMENTS,
  SOURCE_IDS,
  TRIGGER_KIND_IDS,
  TRIGGER_KINDS,
  WITHDRAWAL_SUBSTANCE_IDS,
  WITHDRAWAL_SUBSTANCES,
  WORKOUT_TYPE_IDS,
  WORKOUT_TYPES,
  isBodyRegionId,
  isRemedyId,
  labelOfPosturePosition,
  labelOfQuality,
  labelOfRegion,
  labelOfRemedy,
  labelOfTriggerKind,
  labelOfWithdrawalSubstance,
  labelOfWorkoutType,
  remedyById,
} from '../../../src/shared/taxonomy';
import type { SourceId } from '../../../src/shared/taxonomy';
import { DRUG_BRAND_AND_PRESCRIPTION_TERMS } from '../../../src/shared/taxonomy/brandDenylist';
import { makeLookup } from '../../../src/shared/taxonomy/lookup';
import { containsPhrase, describeWithSeeds, normalize, readSeed } from '../../fixtures/seeds';

interface CatalogEntry {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly sources: readonly SourceId[];
  readonly keywords: readonly string[];
  readonly note?: string;
}

interface Catalog {
  readonly name: string;
  readonly ids: readonly string[];
  readonly entries: readonly CatalogEntry[];
}

const CATALOGS: readonly Catalog[] = [
  { name: 'body regions', ids: BODY_REGION_IDS, entries: BODY_REGIONS },
  { name: 'pain qualities', ids: PAIN_QUALITY_IDS, entries: PAIN_QUALITIES },
  { name: 'trigger kinds', ids: TRIGGER_KIND_IDS, entries: TRIGGER_KINDS },
  { name: 'workout types', ids: WORKOUT_TYPE_IDS, entries: WORKOUT_TYPES },
  { name: 'withdrawal substances', ids: WITHDRAWAL_SUBSTANCE_IDS, entries: WITHDRAWAL_SUBSTANCES },
  { name: 'posture positions', ids: POSTURE_POSITION_IDS, entries: POSTURE_POSITIONS },
  { name: 'remedies', ids: REMEDY_IDS, entries: REMEDIES },
  { name: 'red flags', ids: RED_FLAG_IDS, entries: RED_FLAGS },
  { name: 'automatic flags', ids: AUTOMATIC_FLAG_IDS, entries: AUTOMATIC_FLAGS },
];

const ALL_ENTRIES = CATALOGS.flatMap((catalog) =>
  catalog.entries.map((entry) => ({ catalog: catalog.name, entry })),
);
const CITED_ENTRIES = ALL_ENTRIES.filter(({ entry }) => entry.sources.length > 0);

describe('source documents', () => {
  it('lists one document per source id, in order', () => {
    expect(SOURCE_DOCUMENTS.map((doc) => doc.id)).toEqual([...SOURCE_IDS]);
  });
});

describeWithSeeds('source document texts', () => {
  it.each(SOURCE_DOCUMENTS.map((doc) => [doc.id, doc] as const))(
    'document %s exists and carries its recorded title',
    (id, doc) => {
      expect(doc.file.startsWith(`${id}_`)).toBe(true);
      expect(readSeed(id)).toContain(normalize(doc.title));
      expect(doc.topic.length).toBeGreaterThan(0);
    },
  );
});

describe.each(CATALOGS.map((catalog) => [catalog.name, catalog] as const))('%s catalog', (_name, catalog) => {
  it('has unique ids', () => {
    expect(new Set(catalog.ids).size).toBe(catalog.ids.length);
    expect(new Set(catalog.entries.map((entry) => entry.id)).size).toBe(catalog.entries.length);
  });

  it('has one entry per id, in the order of the id list', () => {
    expect(catalog.entries.map((entry) => entry.id)).toEqual([...catalog.ids]);
  });

  it('gives every entry a label, and a description where the catalog has them', () => {
    for (const entry of catalog.entries) {
      expect(entry.label.trim().length, entry.id).toBeGreaterThan(0);
      if (entry.description !== undefined)
        expect(entry.description.trim().length, entry.id).toBeGreaterThan(0);
    }
  });

  it('has unique labels', () => {
    expect(new Set(catalog.entries.map((entry) => entry.label)).size).toBe(catalog.entries.length);
  });

  it('cites at least one source for each entry, or explains in a note why none', () => {
    for (const entry of catalog.entries) {
      if (entry.sources.length === 0) {
        expect(entry.note?.trim().length ?? 0, `${entry.id} cites nothing and has no note`).toBeGreaterThan(
          0,
        );
        expect(entry.keywords, entry.id).toEqual([]);
      } else {
        expect(entry.keywords.length, `${entry.id} cites sources but has no keywords`).toBeGreaterThan(0);
      }
    }
  });

  it('cites only known sources, each once', () => {
    for (const entry of catalog.entries) {
      for (const source of entry.sources) expect(SOURCE_IDS, entry.id).toContain(source);
      expect(new Set(entry.sources).size, entry.id).toBe(entry.sources.length);
    }
  });

  it('keeps keywords lowercase, trimmed and unique', () => {
    for (const entry of catalog.entries) {
      for (const keyword of entry.keywords) {
        expect(keyword, entry.id).toBe(keyword.toLowerCase().trim());
        expect(keyword.length, entry.id).toBeGreaterThan(0);
      }
      expect(new Set(entry.keywords).size, entry.id).toBe(entry.keywords.length);
    }
  });
});

describeWithSeeds('every citation is true', () => {
  it.each(CITED_ENTRIES.map(({ catalog, entry }) => [catalog, entry.id, entry] as const))(
    '%s / %s: each cited document names it',
    (_catalog, id, entry) => {
      for (const source of entry.sources) {
        const text = readSeed(source);
        const found = entry.keywords.filter((keyword) => containsPhrase(text, keyword));
        expect(
          found,
          `${id} cites ${source}, but none of [${entry.keywords.join(', ')}] occurs there`,
        ).not.toEqual([]);
      }
    },
  );

  it.each(CITED_ENTRIES.map(({ catalog, entry }) => [catalog, entry.id, entry] as const))(
    '%s / %s: each keyword occurs in at least one cited document',
    (_catalog, id, entry) => {
      for (const keyword of entry.keywords) {
        const inSomeSource = entry.sources.some((source) => containsPhrase(readSeed(source), keyword));
        expect(inSomeSource, `${id}: keyword "${keyword}" is in none of ${entry.sources.join(', ')}`).toBe(
          true,
        );
      }
    },
  );
});

describe('drug brands and prescription drugs', () => {
  it('keeps the denylist lowercase and unique', () => {
    for (const term of DRUG_BRAND_AND_PRESCRIPTION_TERMS) expect(term).toBe(term.toLowerCase().trim());
    expect(new Set(DRUG_BRAND_AND_PRESCRIPTION_TERMS).size).toBe(DRUG_BRAND_AND_PRESCRIPTION_TERMS.length);
  });

  it('does not re-export the denylist from the catalogs index', () => {
    expect(Object.keys(taxonomy)).not.toContain('DRUG_BRAND_AND_PRESCRIPTION_TERMS');
  });

  it('names none of them anywhere in the catalogs', () => {
    const serialized = normalize(JSON.stringify(Object.fromEntries(Object.entries(taxonomy))));
    const found = DRUG_BRAND_AND_PRESCRIPTION_TERMS.filter((term) => containsPhrase(serialized, term));
    expect(found).toEqual([]);
  });
});

describeWithSeeds('drug brands in the source documents', () => {
  it('the matcher catches the drugs advertised in the seed documents', () => {
    expect(containsPhrase(readSeed('002'), 'aspadol')).toBe(true);
    expect(containsPhrase(readSeed('002'), 'tapentadol')).toBe(true);
    expect(containsPhrase(readSeed('003'), 'pain o soma')).toBe(true);
    expect(containsPhrase(readSeed('003'), 'smartfinil')).toBe(true);
  });
});

describe('remedies', () => {
  it('has exactly three medication entries: the last three, in the medication group', () => {
    const medication = REMEDIES.filter((remedy) => remedy.isMedication).map((remedy) => remedy.id);
    expect(medication).toEqual(['otc-pain-reliever', 'topical-analgesic', 'prescribed-medication']);
    for (const remedy of REMEDIES) expect(remedy.group === 'medication', remedy.id).toBe(remedy.isMedication);
  });

  it('labels medication only as classes', () => {
    expect(labelOfRemedy('otc-pain-reliever')).toBe(
      'Over-the-counter pain reliever (e.g. ibuprofen, naproxen, acetaminophen)',
    );
    expect(labelOfRemedy('topical-analgesic')).toBe('Topical analgesic (menthol, capsaicin)');
    expect(labelOfRemedy('prescribed-medication')).toBe('Medication prescribed to you');
  });

  it('never offers surgery', () => {
    for (const { entry } of ALL_ENTRIES) {
      expect(entry.label.toLowerCase(), entry.id).not.toContain('surgery');
      expect(`${entry.label} ${entry.description ?? ''}`.toLowerCase(), entry.id).not.toMatch(/surg/);
    }
  });

  it('describes each remedy in one sentence', () => {
    for (const remedy of REMEDIES) {
      expect(remedy.description, remedy.id).toMatch(/^[A-Z].*\.$/);
      expect(remedy.description.slice(0, -1), remedy.id).not.toMatch(/[.!?] /);
    }
  });
});

describe('wording', () => {
  it('never says a factor causes pain and never diagnoses', () => {
    for (const { entry } of ALL_ENTRIES) {
      const text = `${entry.label} ${entry.description ?? ''}`.toLowerCase();
      expect(text, entry.id).not.toMatch(/\bcaus(e|es|ed|ing)\b/);
      expect(text, entry.id).not.toMatch(/diagnos|\byou have\b/);
    }
  });
});

describe('body regions', () => {
  it('marks only the arms as spreading', () => {
    expect(BODY_REGIONS.filter((region) => region.isSpreading).map((region) => region.id)).toEqual([
      'arm-left',
      'arm-right',
    ]);
  });

  it('gives sided regions the side their id names', () => {
    for (const region of BODY_REGIONS) {
      const side = region.id.endsWith('-left') ? 'left' : region.id.endsWith('-right') ? 'right' : null;
      expect(region.side, region.id).toBe(side);
      expect(region.shortLabel.length, region.id).toBeGreaterThan(0);
    }
  });
});

describe('lookups', () => {
  it('return the catalog label for every id', () => {
    for (const region of BODY_REGIONS) expect(labelOfRegion(region.id)).toBe(region.label);
    for (const quality of PAIN_QUALITIES) expect(labelOfQuality(quality.id)).toBe(quality.label);
    for (const kind of TRIGGER_KINDS) expect(labelOfTriggerKind(kind.id)).toBe(kind.label);
    for (const type of WORKOUT_TYPES) expect(labelOfWorkoutType(type.id)).toBe(type.label);
    for (const substance of WITHDRAWAL_SUBSTANCES) {
      expect(labelOfWithdrawalSubstance(substance.id)).toBe(substance.label);
    }
    for (const position of POSTURE_POSITIONS)
      expect(labelOfPosturePosition(position.id)).toBe(position.label);
    for (const remedy of REMEDIES) {
      expect(labelOfRemedy(remedy.id)).toBe(remedy.label);
      expect(remedyById(remedy.id)).toBe(remedy);
    }
  });

  it('guards accept catalog ids and reject anything else', () => {
    expect(isBodyRegionId('neck')).toBe(true);
    expect(isBodyRegionId('lower-back')).toBe(false);
    expect(isRemedyId('heat')).toBe(true);
    expect(isRemedyId('surgery')).toBe(false);
    expect(isRemedyId(42)).toBe(false);
  });

  it('fail loudly rather than return undefined for an id missing from a catalog', () => {
    const lookup = makeLookup<'a' | 'b', { id: 'a' | 'b' }>('example', [{ id: 'a' }]);
    expect(lookup('a')).toEqual({ id: 'a' });
    expect(() => lookup('b')).toThrow('Unknown example id: b');
  });
});

describe('regions in words', () => {
  it('parts regions by semicolons, since their names carry commas', () => {
    expect(taxonomy.listOfRegions(['between-shoulder-blades', 'shoulder-blade-left', 'chest'])).toBe(
      'Between the shoulder blades; Shoulder blade, left; Chest',
    );
    expect(taxonomy.listOfRegions([])).toBe('');
  });
});
