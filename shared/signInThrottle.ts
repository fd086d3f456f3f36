/**
 * Wrong-password rate limit: a few free tries (typos happen), then a lockout that doubles
 * with every further failure, up to a ceiling. Guessing a password offline on an office PC
 * becomes impractically slow while an honest user waits seconds, not hours.
 */
export const FREE_ATTEMPTS = 4;
export const FIRST_LOCKOUT_MS = 30_000;
export const MAX_LOCKOUT_MS = 15 * 60_000;

/** How long sign-in stays locked after the `failures`-th consecutive failure. */
export function lockoutAfterFailures(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  const doublings = failures - FREE_ATTEMPTS - 1;
  return Math.min(MAX_LOCKOUT_MS, FIRST_LOCKOUT_MS * 2 ** Math.min(doublings, 20));
}
