import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Where catalogue files come from. Everything past discovery reads through this, so a
 * catalogue can later be loaded from a git revision as well as from the working tree.
 */
export interface FileSource {
  /** Reads a file by its path relative to the catalogue root (`/`-separated). */
  read(file: string): Promise<string>;
}

export class FsSource implements FileSource {
  constructor(readonly root: string) {}

  read(file: string): Promise<string> {
    return Promise.resolve(this.readSync(file));
  }

  /** Synchronous reads: thousands of small files load much faster without a promise each. */
  readSync(file: string): string {
    return readFileSync(resolve(this.root, file), 'utf8');
  }
}

/** Files held in memory, by path relative to a root that is nowhere on disk (LintOptions.texts). */
export class MemorySource implements FileSource {
  constructor(private readonly texts: Readonly<Record<string, string>>) {}

  read(file: string): Promise<string> {
    const text = this.texts[file];
    return text === undefined ? Promise.reject(new Error(`no text for ${file}`)) : Promise.resolve(text);
  }
}
