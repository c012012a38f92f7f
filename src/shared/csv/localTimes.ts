/**
 * Times in the journal's own CSV files: written as the wall time in the person's time zone with its
 * offset, so a spreadsheet shows 08:15 for a quarter past eight and the instant stays exact
 * ("2026-06-24T08:15:00+01:00"); read back to the UTC form the journal stores. The zone is passed in,
 * never read from the machine.
 */
import { parseISO } from 'date-fns';
import { isIsoInstant } from '../dates';
import { wallTimeAsUtc, wallTimeIn } from './zonedTime';

const MINUTE_MS = 60_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function offsetText(offsetMs: number): string {
  const minutes = Math.abs(offsetMs) / MINUTE_MS;
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The instant as local wall time with its offset, seconds always and milliseconds only when not zero:
 * "2026-11-24T08:15:00+00:00", "2026-06-24T08:15:00.250+01:00". An offset that is not whole minutes (some
 * zones' times before the 1970s) cannot be written as ±HH:MM, so that instant is written in UTC.
 */
export function localTimeWithOffset(instant: string, timeZone: string): string {
  const epochMs = Date.parse(instant);
  const wall = wallTimeIn(epochMs, timeZone);
  const offsetMs = wallTimeAsUtc(wall) - epochMs;
  if (offsetMs % MINUTE_MS !== 0) return new Date(epochMs).toISOString();
  const millis = wall.millisecond === 0 ? '' : `.${pad(wall.millisecond, 3)}`;
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}` +
    `T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${millis}${offsetText(offsetMs)}`
  );
}

/**
 * A time cell from the journal's own CSV in the form the journal stores ("…Z", as toISOString writes it),
 * whether the file gives local time with an offset (this version) or UTC (earlier versions). A cell that
 * is not such a time is returned as it is, so the row's problem quotes what the file says.
 */
export function storedInstantFromCsv(cell: string): string {
  return isIsoInstant(cell) ? parseISO(cell).toISOString() : cell;
}
