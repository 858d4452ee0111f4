import { readFile } from 'node:fs/promises';

/** The config file's text, or a message naming the input and why it could not be read. */
export async function readConfigFile(
  path: string,
  inputName: string,
): Promise<{ path: string; text: string } | { error: string }> {
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return {
      error: `${inputName}: cannot read ${JSON.stringify(path)} (${reason}); give the path of a YAML or JSON config file, relative to the working directory`,
    };
  }
}
