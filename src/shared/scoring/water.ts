/** Water is stored in litres; people see and type it in glasses (250 ml) or litres. */
import { LITRES_PER_GLASS } from '../checkIns';
import type { Settings } from '../settings';
import { roundTo } from './numbers';

export type WaterUnit = Settings['waterUnit'];

/** Litres shown in `unit`: glasses to 1 decimal place, litres to 2. */
export function litresToUnit(litres: number, unit: WaterUnit): number {
  return unit === 'glasses' ? roundTo(litres / LITRES_PER_GLASS, 1) : roundTo(litres, 2);
}

/** A value typed in `unit`, as litres to the millilitre. */
export function unitToLitres(value: number, unit: WaterUnit): number {
  return roundTo(unit === 'glasses' ? value * LITRES_PER_GLASS : value, 3);
}

/** "6 glasses", "1 glass", "1.5 L", or "Not recorded". */
export function formatWater(litres: number | null, unit: WaterUnit): string {
  if (litres === null) return 'Not recorded';
  const amount = litresToUnit(litres, unit);
  if (unit === 'litres') return `${amount} L`;
  return amount === 1 ? '1 glass' : `${amount} glasses`;
}
