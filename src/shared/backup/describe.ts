/** Sentences about imports: what a file holds and what was written. */
import { TABLE_LABELS, TABLE_NAMES, type TableName } from './format';

export function describeCounts(counts: Record<TableName, number>): string {
  const parts = TABLE_NAMES.filter((name) => counts[name] > 0 && name !== 'settings').map(
    (name) => `${counts[name]} ${counts[name] === 1 ? TABLE_LABELS[name].one : TABLE_LABELS[name].many}`,
  );
  if (counts.settings > 0) parts.push('your settings');
  if (parts.length === 0) return 'nothing';
  if (parts.length === 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "upper-back-journal-backup-2026-11-21.json" */
export function backupFileName(day: string): string {
  return `upper-back-journal-backup-${day}.json`;
}
