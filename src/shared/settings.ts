/** The person's preferences, stored as one row. */
import { z } from 'zod';

export const settingsSchema = z.object({
  waterUnit: z.enum(['glasses', 'litres']),
  /** From this hour (local, 0-23) the app reminds that today's check-in is missing. */
  checkInPromptHour: z.number().int().min(0).max(23),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { waterUnit: 'glasses', checkInPromptHour: 19 };
