/**
 * Writes a backup as a series of text chunks, so a large journal can be written a piece at a time
 * without holding up the interface (the caller yields to the browser between chunks). The checksum is
 * computed as the chunks go.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  BACKUP_FORMAT_NAME,
  BACKUP_FORMAT_VERSION,
  BACKUP_SCHEMA_VERSION,
  TABLE_NAMES,
  type BackupTables,
} from './format';

export interface BackupInfo {
  appVersion: string;
  exportedAt: string;
}

/**
 * JSON with every object's keys in sorted order, so the same journal always gives the same bytes,
 * whatever order its rows' fields were stored in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

/** Rows per chunk: small enough to keep each step short, large enough to keep the overhead low. */
export const ROWS_PER_CHUNK = 1000;

/** The chunks of the backup file, in order; joined they are the file. */
export function backupChunks(
  tables: BackupTables,
  info: BackupInfo,
  rowsPerChunk = ROWS_PER_CHUNK,
): Generator<string> {
  return anyBackupChunks(tables, TABLE_NAMES, BACKUP_SCHEMA_VERSION, info, rowsPerChunk);
}

/**
 * The same, for rows as they were found (recovery from a journal that cannot be opened): any tables, at
 * the schema version they were stored in, unvalidated. Importing such a file validates and migrates it.
 */
export function* anyBackupChunks<N extends string>(
  tables: Readonly<Record<N, readonly unknown[]>>,
  tableNames: readonly N[],
  schemaVersion: number,
  info: BackupInfo,
  rowsPerChunk = ROWS_PER_CHUNK,
): Generator<string> {
  const encoder = new TextEncoder();
  const hash = sha256.create();
  const hashed = (text: string) => {
    hash.update(encoder.encode(text));
    return text;
  };
  yield (
    JSON.stringify({
      format: BACKUP_FORMAT_NAME,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion,
      appVersion: info.appVersion,
      exportedAt: info.exportedAt,
    }).slice(0, -1) + ',"tables":'
  );
  // Exactly canonicalJson(tables), written a chunk of rows at a time (the table names are in order).
  let opening = '{';
  for (const [tableIndex, name] of tableNames.entries()) {
    const rows: readonly unknown[] = tables[name];
    let text = `${tableIndex === 0 ? opening : ','}${JSON.stringify(name)}:[`;
    opening = '';
    if (rows.length === 0) {
      yield hashed(`${text}]`);
      continue;
    }
    for (let start = 0; start < rows.length; start += rowsPerChunk) {
      const part = rows.slice(start, start + rowsPerChunk).map(canonicalJson);
      text += (start === 0 ? '' : ',') + part.join(',');
      if (start + rowsPerChunk >= rows.length) text += ']';
      yield hashed(text);
      text = '';
    }
  }
  yield hashed('}');
  yield `,"checksum":{"algorithm":"SHA-256","value":"${bytesToHex(hash.digest())}"}}`;
}

/** The whole backup as one string (small journals and tests). */
export function serializeBackup(tables: BackupTables, info: BackupInfo): string {
  return [...backupChunks(tables, info)].join('');
}

/** The SHA-256, in lower-case hex, of text's UTF-8 bytes: how a backup's checksum is computed. */
export function textChecksum(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}

/**
 * The checksum of tables written as compact JSON with keys in the order given. For files this app
 * writes, that is exactly the tables text in the file (keys sorted by canonicalJson).
 */
export function tablesChecksum(tables: unknown): string {
  return textChecksum(JSON.stringify(tables));
}
