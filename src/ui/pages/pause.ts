/** "Pause for an hour" and "until tomorrow" (local midnight), as epoch milliseconds. */
export function pauseUntil(kind: 'hour' | 'tomorrow', now: Date): number {
  if (kind === 'hour') return now.getTime() + 60 * 60 * 1000;
  const next = new Date(now);
  next.setHours(24, 0, 0, 0);
  return next.getTime();
}
