/** Schema pieces used across the domain, so every table checks dates the same way. */
import { z } from 'zod';
import { isCalendarDay, isIsoInstant } from './dates';

/** An instant, ISO 8601 with a zone, e.g. "2026-11-21T09:30:00.000Z". */
export const instantSchema = z
  .string()
  .refine(isIsoInstant, 'not a date and time')
  .meta({ format: 'date-time' });

/** A calendar day in the person's time zone, "yyyy-MM-dd". */
export const daySchema = z.string().refine(isCalendarDay, 'not a day').meta({ format: 'date' });
