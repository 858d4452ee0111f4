/** "+1:05": time since the run started, as a person reads a timeline or a chart's axis. */
export function elapsed(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1_000));
  const hours = Math.floor(seconds / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `+${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `+${minutes}:${rest}`;
}

/** "17:42:03 UTC": to the second, which is what a person compares with a dashboard. */
export function clockTime(iso: string): string {
  return `${iso.slice(11, 19)} UTC`;
}
