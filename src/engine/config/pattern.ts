const WRITTEN_AS_REGEX = /^\/(.+)\/([dgimsuy]*)$/s;

/** A string written `/pattern/flags` is a regular expression; anything else is a literal value. */
export function isWrittenAsRegex(value: unknown): value is string {
  return typeof value === 'string' && WRITTEN_AS_REGEX.test(value);
}

/** The regular expression a `/pattern/flags` string stands for; undefined for literals and for patterns that do not compile (the schema rejects those first). */
export function asRegex(value: unknown): RegExp | undefined {
  if (!isWrittenAsRegex(value)) return undefined;
  const [, source, flags] = WRITTEN_AS_REGEX.exec(value) as RegExpExecArray;
  try {
    return new RegExp(source as string, flags);
  } catch {
    return undefined;
  }
}
