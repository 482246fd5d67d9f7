import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_INCLUDE } from '../load/discover.js';
import { compilePatterns } from '../matching/generic.js';
import { parseYamlWithPositions } from '../load/parse.js';
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
  lang?: Lang;
  matching: MatchingOptions;
  rules: Map<string, RuleSetting>;
}

interface RawConfig {
  include?: string[];
  exclude?: string[];
  ignore?: string[];
  references?: string[];
  lang?: Lang;
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

/** Reads and validates a config file; any problem is a UsageError with file:line:column. */
export function loadConfig(file: string): ResolvedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError('config-not-found', { path: file });
  }
  const parsed = parseYamlWithPositions(text, file);
  if (!parsed.ok) {
    const { reason, line, column } = parsed.error;
    throw new UsageError('config-yaml', { file, line, column, reason });
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

  const config = defaultConfig(dirname(file));
  config.file = file;
  if (value.include) Object.assign(config, { include: value.include, explicitInclude: true });
  config.exclude = [...(value.exclude ?? []), ...(value.ignore ?? [])];
  config.references = (value.references ?? []).map((ref) => resolve(dirname(file), ref));
  if (value.lang) config.lang = value.lang;
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
