import { useEffect, useState } from 'react';

/** This machine's time zone, read once: all day boundaries in the app use it. */
export const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The current time, refreshed every minute so "today" and reminders move on past midnight. */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
