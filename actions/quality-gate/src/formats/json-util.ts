/** Narrowing helpers for untyped report JSON: a report is data from outside, never trusted to match its schema. */
export type Json = Record<string, unknown>;

export const asObject = (value: unknown): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
export const asNumber = (value: unknown): number | undefined => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};
export const asPositiveLine = (value: unknown): number | undefined => {
  const line = asNumber(value);
  return line !== undefined && line >= 1 ? Math.trunc(line) : undefined;
};
