/** File sizes: the limit on what duty-lint reads, as written in the config and on the command line, and as shown. */

/** The largest file read by default (max_file_size, --max-file-size): far above any real duty file, far below what memory can hold. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** A size in bytes, written `10485760`, `512KB`, `10MB` or `1GB` (1 KB = 1024 bytes); undefined when it is none. */
export function parseSize(value: number | string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(String(value));
  if (!m) return undefined;
  const bytes = Math.floor(Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] ?? ' ').toLowerCase()));
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** A size for people: `10 MB (10485760 bytes)`, 1 MB being 1024 × 1024 bytes as parseSize reads it. */
export function formatSize(bytes: number): string {
  const units: Array<[string, number]> = [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]];
  const [unit, size] = units.find(([, n]) => bytes >= n) ?? ['', 1];
  if (unit === '') return `${bytes} bytes`;
  return `${Number((bytes / size).toFixed(1))} ${unit} (${bytes} bytes)`;
}
