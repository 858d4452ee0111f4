/** "1 sample", "3 samples": counts read as words in every sentence a person sees. */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
