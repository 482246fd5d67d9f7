import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_INCLUDE } from '../load/discover.js';
import { compilePatterns } from '../matching/generic.js';
import { decodeText, encodingExists } from '../load/decode.js';
import { parseYamlWithPositions } from '../load/parse.js';
import { readRegularFile, ReadRefused } from '../load/source.js';
import { DEFAULT_MAX_FILE_SIZE, parseSize } from '../load/size.js';
import { RULES } from '../rules/index.js';
import { validate } from '../schema/validate.js';
import type { Lang, SeveritySetting } from '../types.js';
import type { MatchingOptions } from '../analysis/context.js';

export const CONFIG_FILE_NAMES = ['duty-lint.config.yaml', 'duty-lint.config.yml'];

/** Defaults chosen by measurement on the labelled catalogues (docs/matching.md). */
export const DEFAULT_THRESHOLD = 0.45;
export const DEFAULT_MUTUAL_THRESHOLD = 0.25;
export const DEFAULT_MANDATE_THRESHOLD = 0.2;

export interface RuleSetting {
  severity: SeveritySetting;
  threshold?: number;
}

export interface ResolvedConfig {
  /** The catalogue root: paths in reports are relative to it. */
  root: string;
  /** The config file used, if any. */
  file?: string;
  include: string[];
  /** Whether the config names `include` itself: then every file it matches is a duty file, and none is skipped as not one. */
  explicitInclude: boolean;
  /** `exclude` and `ignore`: globs left out of folder scans. */
  exclude: string[];
  /** Absolute folders of catalogues read for references and mandates, never reported on. */
  references: string[];
  /** Whether folder scans may leave the root, by the config's globs or by links (--allow-outside-root). */
  outsideRoot: boolean;
  lang?: Lang;
  /** The largest file read, in bytes (`max_file_size`): a larger one is reported, not read. */
  maxFileSize: number;
  /** What files that are not UTF-8 are in (`encoding:`): they are read with it instead of reported. */
  encoding?: string;
  matching: MatchingOptions;
  rules: Map<string, RuleSetting>;
}

interface RawConfig {
  include?: string[];
  exclude?: string[];
  ignore?: string[];
  references?: string[];
  lang?: Lang;
  encoding?: string;
  max_file_size?: number | string;
  matching?: { threshold?: number; mutual_threshold?: number; mandate_threshold?: number };
  synonyms?: string[][];
  generic?: string[];
  rules?: Record<string, SeveritySetting | { severity?: SeveritySetting; threshold?: number }>;
}

/** Walks up from `start` to the first folder holding a duty-lint config file. */
export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function defaultConfig(root: string): ResolvedConfig {
  return {
    root,
    include: [...DEFAULT_INCLUDE],
    explicitInclude: false,
    exclude: [],
    references: [],
    outsideRoot: false,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    matching: {
      threshold: DEFAULT_THRESHOLD, mutualThreshold: DEFAULT_MUTUAL_THRESHOLD, mandateThreshold: DEFAULT_MANDATE_THRESHOLD,
      synonyms: [], generic: [],
    },
    rules: new Map(RULES.map((r) => [r.id, { severity: r.defaultSeverity }])),
  };
}

/** Why a `generic:` entry written as /regex/flags does not compile, if it does not. */
function patternProblem(pattern: string): string | undefined {
  try {
    compilePatterns([pattern]);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/**
 * A glob of `include`, `exclude` or `ignore` that reaches out of the catalogue root: an
 * absolute path, or a `..` segment (in a brace alternative too). A repository's config must
 * not make a run read, and quote, files from elsewhere on the machine.
 */
export function leavesRoot(pattern: string): boolean {
  return /(^|[/{,(|])\.\.($|[/},)|])/.test(pattern) || /(^|[{,(|])(\/|\\|[A-Za-z]:)/.test(pattern);
}

export interface LoadConfigOptions {
  /** Allow globs that reach out of the catalogue root (--allow-outside-root). */
  allowOutsideRoot?: boolean;
}

/** Reads and validates a config file; any problem is a UsageError with file:line:column. */
export function loadConfig(file: string, options: LoadConfigOptions = {}): ResolvedConfig {
  let bytes: Buffer;
  try {
    // As duty files: never a device or pipe, never without bound.
    bytes = readRegularFile(file, DEFAULT_MAX_FILE_SIZE);
  } catch (err) {
    if (err instanceof ReadRefused) throw new UsageError(err.messageId === 'file-too-large' ? 'config-too-large' : 'path-not-regular', { path: file, ...err.data });
    throw new UsageError('config-not-found', { path: file });
  }
  // The config is UTF-8: `encoding:` is for duty files, and is read from it.
  const decoded = decodeText(bytes);
  if ('problem' in decoded) {
    const { line, column, byte } = decoded.problem;
    throw new UsageError('config-encoding', { file, line, column, byte });
  }
  const text = decoded.text;
  const parsed = parseYamlWithPositions(text, file);
  if (!parsed.ok) {
    const { line, column, code, data } = parsed.errors[0]!;
    throw new UsageError('config-yaml', { file, line, column }, { messageId: code ? `yaml.${code}` : 'yaml.other', data });
  }
  const value = (parsed.values[0] ?? {}) as RawConfig;
  const issues = validate('config', value);
  if (issues.length > 0) {
    const issue = issues[0]!;
    const { line, column } = parsed.positions[0]?.locate(issue.pointer, issue.key) ?? { line: 1, column: 1 };
    throw new UsageError('config-invalid', { file, line, column }, { messageId: issue.messageId, data: issue.data });
  }

  (value.generic ?? []).forEach((pattern, k) => {
    const reason = patternProblem(pattern);
    if (reason === undefined) return;
    const { line, column } = parsed.positions[0]?.locate(`/generic/${k}`) ?? { line: 1, column: 1 };
    throw new UsageError('config-invalid', { file, line, column }, { messageId: 'config.generic-pattern', data: { pattern, reason } });
  });

  if (value.encoding !== undefined && !encodingExists(value.encoding)) {
    const { line, column } = parsed.positions[0]?.locate('/encoding') ?? { line: 1, column: 1 };
    throw new UsageError('config-invalid', { file, line, column }, { messageId: 'config.unknown-encoding', data: { encoding: value.encoding } });
  }

  for (const key of ['include', 'exclude', 'ignore'] as const) {
    (value[key] ?? []).forEach((pattern, k) => {
      if (options.allowOutsideRoot || !leavesRoot(pattern)) return;
      const { line, column } = parsed.positions[0]?.locate(`/${key}/${k}`) ?? { line: 1, column: 1 };
      throw new UsageError('config-invalid', { file, line, column }, { messageId: 'config.outside-root', data: { key, pattern } });
    });
  }
  const maxFileSize = value.max_file_size === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(value.max_file_size);
  if (maxFileSize === undefined) {
    const { line, column } = parsed.positions[0]?.locate('/max_file_size') ?? { line: 1, column: 1 };
    throw new UsageError('config-invalid', { file, line, column }, { messageId: 'config.bad-size', data: { value: String(value.max_file_size) } });
  }

  const config = defaultConfig(dirname(file));
  config.file = file;
  config.maxFileSize = maxFileSize;
  if (value.include) Object.assign(config, { include: value.include, explicitInclude: true });
  config.exclude = [...(value.exclude ?? []), ...(value.ignore ?? [])];
  config.references = (value.references ?? []).map((ref) => resolve(dirname(file), ref));
  if (value.lang) config.lang = value.lang;
  if (value.encoding) config.encoding = value.encoding;
  if (value.matching?.threshold !== undefined) config.matching.threshold = value.matching.threshold;
  if (value.matching?.mutual_threshold !== undefined) config.matching.mutualThreshold = value.matching.mutual_threshold;
  if (value.matching?.mandate_threshold !== undefined) config.matching.mandateThreshold = value.matching.mandate_threshold;
  if (value.synonyms) config.matching.synonyms = value.synonyms;
  if (value.generic) config.matching.generic = value.generic;
  for (const [id, setting] of Object.entries(value.rules ?? {})) {
    const current = config.rules.get(id)!;
    if (typeof setting === 'string') config.rules.set(id, { ...current, severity: setting });
    else config.rules.set(id, { ...current, ...setting });
  }
  return config;
}
