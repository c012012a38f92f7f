import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnChoice, MapOptions } from '../../../../src/shared/csv/importMapping';
import { mapRowsToEpisodes } from '../../../../src/shared/csv/importMapping';
import { recognisePreset, type PresetMapping } from '../../../../src/shared/csv/importPresets';
import { parseCsv } from '../../../../src/shared/csv/parse';

const OPTIONS: MapOptions = { timeZone: 'Europe/London', now: new Date('2026-11-25T10:30:00.000Z') };

function sample(name: string) {
  return parseCsv(readFileSync(join(__dirname, '../../../fixtures/csv', name), 'utf8'));
}

/** The import the section runs with a preset's choice, untouched by the person. */
function importWith(preset: PresetMapping) {
  const s = preset.suggestion;
  if (s.time === null || s.intensity === null) throw new Error('the preset has no time or pain column');
  const choice: ColumnChoice = {
    time: s.time,
    date: s.date,
    intensity: s.intensity,
    notes: s.notes,
    trigger: s.trigger,
    remedy: s.remedy,
    regions: s.regions === null ? [] : [s.regions],
    qualities: s.qualities === null ? [] : [s.qualities],
    noteColumns: s.noteColumns,
    intensityScale: s.intensityScale,
    skipRowsWithoutPain: preset.skipRowsWithoutPain,
    includeRow: preset.includeRow,
  };
  return mapRowsToEpisodes(preset.parsed, choice, OPTIONS);
}

describe('Privacy Friendly Pain Diary preset', () => {
  const preset = recognisePreset(sample('privacy-friendly-pain-diary-de.csv'));

  it('recognises the German export and reads each entry at 12:00 on its day', () => {
    expect(preset?.preset).toBe('privacy-friendly-pain-diary');
    const { episodes, problems, rowNumbers } = importWith(preset as PresetMapping);
    expect(problems).toEqual([]);
    expect(rowNumbers).toEqual([2, 3, 4]);
    expect(episodes.map((e) => [e.startedAt, e.intensity])).toEqual([
      ['2026-11-16T12:00:00.000Z', 4],
      ['2026-11-18T12:00:00.000Z', 7],
      ['2026-11-20T12:00:00.000Z', 5],
    ]);
  });

  it('maps its body regions and pain natures, keeping the rest in labelled notes', () => {
    const [first, second, third] = importWith(preset as PresetMapping).episodes;
    expect(first?.regions).toEqual(['neck']);
    expect(first?.qualities).toEqual(['dull-ache']);
    expect(second?.regions).toEqual(['neck']);
    expect(second?.qualities).toEqual(['sharp-stabbing', 'burning']);
    expect(second?.notes).toBe(
      [
        'Rudern, danach schlimmer',
        'Gemütszustand: BAD',
        'Zeitpunkt der Schmerzen: [afternoon, at night]',
        'Eingenommene Medikamente: [[drug:[name:Ibuprofen,dose400 mg],quantityMorning:1,quantityNoon:0,quantityEvening:1,quantityNight:0],]',
        'Position der Schmerzen: CHEST_LEFT_BACK',
        'The imported file had no time for this episode; it was set to 12:00.',
      ].join('\n'),
    );
    expect(third?.regions).toEqual(['chest']);
    expect(third?.qualities).toEqual([]);
    expect(third?.notes).toContain('Schmerzcharakter: throbbing');
  });

  it('recognises the English headers of the same export', () => {
    const english = parseCsv(
      '"Date","Condition:","Pain Intensity: (0-10)","Location of the pain:","Nature of the pain:","Time of the pain:","Medication taken:","Comments:"\n',
    );
    expect(recognisePreset(english)?.preset).toBe('privacy-friendly-pain-diary');
  });
});

describe('Flaredown preset', () => {
  const preset = recognisePreset(sample('flaredown.csv'));

  it('picks the pain symptom column on its 0-4 scale and leaves out days without a rating', () => {
    expect(preset?.preset).toBe('flaredown');
    expect(preset?.suggestion.intensity).toBe(2);
    const { episodes, problems, skipped, rowNumbers } = importWith(preset as PresetMapping);
    expect(problems).toEqual([]);
    expect(skipped).toEqual({ withoutPain: 1, notPain: 0 });
    expect(rowNumbers).toEqual([2, 4, 5]);
    expect(episodes.map((e) => [e.startedAt.slice(0, 10), e.intensity])).toEqual([
      ['2026-11-16', 5],
      ['2026-11-18', 10],
      ['2026-11-19', 3],
    ]);
    expect(episodes[0]?.triggers.map((t) => t.kind)).toEqual(['stress', 'posture']);
    expect(episodes[1]?.triggers.map((t) => t.kind)).toEqual(['workout']);
  });

  it('is not taken for a file that only starts with Date', () => {
    expect(recognisePreset(parseCsv('Date,Pain,Tags\n2026-11-16,3,gym\n'))).toBeNull();
  });
});

describe('Bearable preset', () => {
  const preset = recognisePreset(sample('bearable.csv'));

  it('imports only symptom rows that name pain, with where it hurt from the symptom', () => {
    expect(preset?.preset).toBe('bearable');
    const { episodes, problems, skipped, rowNumbers } = importWith(preset as PresetMapping);
    expect(problems).toEqual([]);
    expect(skipped).toEqual({ withoutPain: 0, notPain: 4 });
    expect(rowNumbers).toEqual([3, 6, 7]);
    expect(episodes.map((e) => [e.startedAt, e.intensity, e.regions])).toEqual([
      ['2026-11-16T12:00:00.000Z', 5, ['thoracic-spine']],
      ['2026-11-18T14:30:00.000Z', 8, ['neck']],
      ['2026-11-18T12:00:00.000Z', 3, []],
    ]);
    expect(episodes[0]?.notes).toBe(
      'after the commute\ntime of day: am\nThe imported file had no time for this episode; it was set to 12:00.',
    );
    expect(episodes[2]?.notes).toContain('detail: Back (lower) pain');
  });
});

it('recognises no preset in a file of some other layout', () => {
  expect(recognisePreset(parseCsv('Date,Time,Pain Level,Notes\n'))).toBeNull();
});
