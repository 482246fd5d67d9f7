import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessageData } from '../types.js';
import { decodeText, EncodingError } from './decode.js';
import type { FileResult } from './load-file.js';
import { DEFAULT_MAX_FILE_SIZE, formatSize } from './size.js';

/**
 * Where catalogue files come from. Everything past discovery reads through this, so a
 * catalogue can later be loaded from a git revision as well as from the working tree.
 */
export interface FileSource {
  /** Reads a file by its path relative to the catalogue root (`/`-separated). */
  read(file: string): Promise<string>;
}

export class FsSource implements FileSource {
  /**
   * `encoding`: what files that are not UTF-8 are in (the config's `encoding`, `--encoding`).
   * `maxFileSize`: bytes; a larger file is not read (max_file_size, --max-file-size).
   */
  constructor(readonly root: string, readonly encoding?: string, readonly maxFileSize = DEFAULT_MAX_FILE_SIZE) {}

  read(file: string): Promise<string> {
    return Promise.resolve(this.readSync(file));
  }

  /** Synchronous reads: thousands of small files load much faster without a promise each. */
  readSync(file: string): string {
    const decoded = decodeText(readRegularFile(resolve(this.root, file), this.maxFileSize), this.encoding);
    if ('problem' in decoded) throw new EncodingError(decoded.problem);
    return decoded.text;
  }
}

/** Files held in memory, by path relative to a root that is nowhere on disk (LintOptions.texts). */
export class MemorySource implements FileSource {
  constructor(private readonly texts: Readonly<Record<string, string>>) {}

  read(file: string): Promise<string> {
    const text = Object.hasOwn(this.texts, file) ? this.texts[file] : undefined;
    return text === undefined ? Promise.reject(new Error(`no text for ${file}`)) : Promise.resolve(text);
  }
}

/** Thrown by FsSource for a file it will not read: no regular file, or larger than the limit. */
export class ReadRefused extends Error {
  constructor(readonly messageId: 'not-regular-file' | 'file-too-large', readonly data: MessageData = {}) {
    super(messageId);
    this.name = 'ReadRefused';
  }
}

/**
 * A file's bytes, after making sure that it is a regular file within `max` bytes: a device
 * (/dev/zero) would be read until memory runs out, and a named pipe would block the run.
 */
export function readRegularFile(path: string, max: number): Buffer {
  // Non-blocking, so that opening a named pipe does not wait for a writer.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new ReadRefused('not-regular-file');
    if (stats.size > max) throw new ReadRefused('file-too-large', { size: formatSize(stats.size), limit: formatSize(max) });
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The result of a file FsSource refused to read (ReadRefused): a yaml-syntax finding at its first line. */
export function refusedResult(file: string, err: unknown): FileResult | undefined {
  if (!(err instanceof ReadRefused)) return undefined;
  return { file, decls: [], findings: [{ rule: 'yaml-syntax', messageId: err.messageId, data: err.data, loc: { file, doc: 0, pointer: '' }, position: { line: 1, column: 1 } }] };
}
