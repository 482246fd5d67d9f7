import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { formatsOf, type CommandName } from '../formats/index.js';
import { parseSize } from '../load/size.js';
import { packageRoot } from '../package-root.js';
import type { LintOptions, LintResult } from '../engine/lint.js';
import type { Lang } from '../types.js';
import { checkNotInput, checkWritable, writeFileAtomic, type Inputs } from './output.js';

export const VERSION = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
export const TOOL = { name: 'duty-lint', version: VERSION };

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  /** The terminal's width, when standard output is one. */
  columns?: number;
  stderrIsTTY: boolean;
}

/** The options every command takes. */
export interface CommonOptions {
  config?: string;
  format?: string;
  outputFile?: string;
  color: boolean;
  lang?: Lang;
  maxFileSize?: string;
  allowOutsideRoot?: boolean;
}

/** One run of the CLI, as its commands see it: where to write, and what they settle (the language of errors, the exit code). */
export interface Cli {
  io: Io;
  lang: Lang;
  exitCode: number;
}

/** Adds the options every command takes, and the hint its usage errors end with. */
export function common(cmd: Command): Command {
  return cmd
    .showHelpAfterError(`(run ${cmd.parent ? `duty-lint ${cmd.name()}` : 'duty-lint'} --help for usage)`)
    .option('-c, --config <file>', 'config file (default: duty-lint.config.yaml found upwards from the first path)')
    .option('-o, --output-file <file>', 'write the report to a file (atomically; it replaces an earlier report, never a linted file or the config)')
    .option('--force', 'accepted for old scripts: reports replace earlier reports without it')
    .option('--no-color', 'no colours (also NO_COLOR=1, or when output is not a terminal)')
    .addOption(new Option('--lang <lang>', 'language of messages (default: lang in config, else from LANG)').choices(['zh', 'en']))
    .option('--max-file-size <size>', 'the largest file read: bytes, or 512KB, 10MB, 1GB (default: max_file_size in config, else 10MB); a larger one is reported, not read')
    .option('--allow-outside-root', 'accept config include/exclude/ignore globs that reach outside the catalogue root (absolute, or ..), and follow links out of it');
}

/** What `lint` is asked by every command that reads a catalogue: its paths, config and language. */
export function catalogueOptions(
  paths: string[], opts: Pick<CommonOptions, 'config' | 'lang' | 'maxFileSize' | 'allowOutsideRoot' | 'outputFile'>, cli: Cli,
): LintOptions {
  // Called before the catalogue is read: a report that cannot be written is said now, not after the run.
  if (opts.outputFile) checkWritable([opts.outputFile]);
  return {
    paths, defaultLang: cli.lang, ...(opts.config ? { config: opts.config } : {}), ...(opts.lang ? { lang: opts.lang } : {}),
    ...(opts.maxFileSize !== undefined ? { maxFileSize: parseSizeOption(opts.maxFileSize) } : {}),
    ...(opts.allowOutsideRoot ? { allowOutsideRoot: true } : {}),
  };
}

function parseSizeOption(value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined) throw new UsageError('bad-size', { option: '--max-file-size', value });
  return bytes;
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function parseCount(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError('bad-number', { option, value, expected: 'a whole number ≥ 0' });
  return Number(value);
}

export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

export async function useColor(opts: Pick<CommonOptions, 'color' | 'outputFile'>, io: Io): Promise<boolean> {
  if (!opts.color || opts.outputFile || 'NO_COLOR' in io.env) return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0';
  return io.stdoutIsTTY && (await import('chalk')).supportsColor !== false;
}

/** The files a run read, which its reports must not replace. */
export function inputsOf(result: Pick<LintResult, 'root' | 'files' | 'config'>): Inputs {
  return { root: result.root, files: result.files, ...(result.config.file ? { config: result.config.file } : {}) };
}

/** The width the terminal report fits: the terminal's, else $COLUMNS, else 80. */
export function terminalWidth(io: Io): number {
  const columns = io.columns ?? Number(io.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}

/** Prints the report, or writes it to --output-file when that is not one of `inputs`. */
export function emit(text: string, opts: CommonOptions, io: Io, inputs?: Inputs): void {
  if (!opts.outputFile) return io.stdout(text);
  if (inputs) checkNotInput([opts.outputFile], inputs);
  writeFileAtomic(opts.outputFile, text);
}

/** `--format`, with the formats of `command` in its help; the lint command's is repeatable, each with a file of its own. */
export function formatOption(command: CommandName): Option {
  const names = formatsOf(command).map((f) => f.name).join(', ');
  if (command !== 'lint') return new Option('-f, --format <format>', `output format: ${names}`).default('stylish');
  return new Option('-f, --format <format[:file]>', `output format: ${names}, or the path of a formatter module (./my-format.mjs); ` +
    'with :file, written to that file; repeatable, so one run writes several reports').argParser(collect).default([], 'stylish');
}
