import type { Formatter } from './context.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

/** Output formats of the lint command, by `--format` name. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
};

export type { Formatter, ReportInput } from './context.js';
