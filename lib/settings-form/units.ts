/**
 * Settings store minutes and shares (0–1); people enter hours and minutes, and percent.
 * NaN passes through, so an empty field fails validation ("Enter a number") instead of
 * turning into 0.
 */
export const splitMinutes = (total: number) => ({
  hours: Math.floor(total / 60),
  minutes: total % 60,
});

/**
 * A target from its two parts as typed. An empty part is 0 when the other has a value
 * ("" h 30 min is 30 min); both empty is NaN, so the field says "Enter a number".
 */
export function joinMinutes(hours: number, minutes: number): number {
  if (Number.isNaN(hours) && Number.isNaN(minutes)) return NaN;
  const part = (n: number) => (Number.isNaN(n) ? 0 : n);
  return part(hours) * 60 + part(minutes);
}

/** "1 h 30 min", "45 min", "24 h": a target as people say it. */
export function describeMinutes(total: number): string {
  if (!Number.isFinite(total)) return '';
  const { hours, minutes } = splitMinutes(Math.round(total));
  if (hours && minutes) return `${hours} h ${minutes} min`;
  return hours ? `${hours} h` : `${minutes} min`;
}

/** 0.75 → 75 (rounded to a tenth, so 0.333… does not show as 33.33333). */
export const toPercent = (share: number) => Math.round(share * 1000) / 10;
export const fromPercent = (percent: number) => percent / 100;

/** A number field's text as a number: empty or unreadable is NaN, never 0. */
export const numberFrom = (text: string) => (text.trim() === '' ? NaN : Number(text));
