/** The message of anything thrown, for a report line: errors from other realms and non-errors too. */
export function messageOf(error: unknown): string {
  return (error as Error | undefined)?.message ?? String(error);
}
