import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import type { CommandName, FormatInputs, Formatter, ReportInput } from './context.js';

/**
 * An output format of one command: its `--format` name, what it is for, and its formatter,
 * loaded when used (so that `--help` loads none).
 */
export interface Format<C extends CommandName = CommandName> {
  name: string;
  command: C;
  description: { en: string; zh: string };
  /**
   * Reads only the findings and the summary, not the catalogue: with `--cache`, the run may
   * then analyse only what an edit affects. Formats that show the catalogue leave it unset.
   */
  findingsOnly?: boolean;
  load(): Promise<Formatter<C>>;
}

type AnyFormat = { [C in CommandName]: Format<C> }[CommandName];

/** Every output format of every command: the one list `--format` is read from. */
export const FORMATS: readonly AnyFormat[] = [
  {
    name: 'stylish', command: 'lint',
    description: { en: 'findings by file, aligned for the terminal, and a table of counts per rule', zh: '按文件列出问题（终端对齐显示），附各规则计数表' },
    findingsOnly: true,
    load: async () => (await import('./stylish.js')).formatStylish,
  },
  {
    name: 'json', command: 'lint',
    description: { en: 'FORMAT.md\'s JSON report, for programs', zh: 'FORMAT.md 规定的 JSON 报告，供程序读取' },
    findingsOnly: true,
    load: async () => (await import('./json.js')).formatJson,
  },
  {
    name: 'stylish', command: 'graph',
    description: { en: 'departments and their duties as a tree, with mandate edges', zh: '部门及其职责的树形列表，附承接关系' },
    load: async () => (await import('./graph.js')).formatGraphText,
  },
  {
    name: 'json', command: 'graph',
    description: { en: 'FORMAT.md\'s graph export', zh: 'FORMAT.md 规定的职责图导出' },
    load: async () => (await import('./graph.js')).formatGraphJson,
  },
  {
    name: 'stylish', command: 'explain',
    description: { en: 'the evidence, terms and verdict, aligned for the terminal', zh: '证据、词语与结论，终端对齐显示' },
    load: async () => (await import('./explain.js')).formatExplainText,
  },
  {
    name: 'json', command: 'explain',
    description: { en: 'the same, as JSON', zh: '同上，JSON 格式' },
    load: async () => (await import('./explain.js')).formatExplainJson,
  },
  {
    name: 'stylish', command: 'rules',
    description: { en: 'a table of rules', zh: '规则表' },
    load: async () => (await import('./rules.js')).formatRulesText,
  },
  {
    name: 'json', command: 'rules',
    description: { en: 'the rules as JSON', zh: '规则列表，JSON 格式' },
    load: async () => (await import('./rules-json.js')).formatRulesJson,
  },
];

/** The formats of one command. */
export function formatsOf<C extends CommandName>(command: C): Array<Format<C>> {
  return FORMATS.filter((f): f is Format<C> & AnyFormat => f.command === command);
}

/** Whether the format `value` names for `command` shows the catalogue, not only the findings (a module of the user's may). */
export function showsCatalogue(command: CommandName, value: string): boolean {
  return !formatsOf(command).find((f) => f.name === value)?.findingsOnly;
}

/** Whether a `--format` value names a module rather than a built-in format. */
const isPath = (value: string) => /[\\/]/.test(value) || /\.[cm]?js$/.test(value);

/**
 * The formatter `value` names for `command`: a built-in format, or, for the lint command, a
 * module of the user's (`./my-format.mjs`, as ESLint allows) whose default export is a
 * function from the report input (findings, summary, rules…) to text.
 */
export async function formatterFor<C extends CommandName>(command: C, value: string, cwd = process.cwd()): Promise<Formatter<C>> {
  const builtIn = formatsOf(command).find((f) => f.name === value);
  if (builtIn) return builtIn.load();
  if (command === 'lint' && isPath(value)) return (await userFormatter(resolve(cwd, value))) as unknown as Formatter<C>;
  const formats = formatsOf(command).map((f) => f.name).join(', ');
  throw new UsageError(command === 'lint' ? 'unknown-format-or-module' : 'unknown-format', { format: value, formats });
}

async function userFormatter(file: string): Promise<Formatter<'lint'>> {
  if (!existsSync(file)) throw new UsageError('formatter-not-found', { file });
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (err) {
    throw new UsageError('formatter-failed', { file, message: err instanceof Error ? err.message : String(err) });
  }
  const fn = mod.default;
  if (typeof fn !== 'function') throw new UsageError('formatter-not-function', { file });
  return (input: ReportInput) => {
    let out: unknown;
    try {
      out = (fn as (input: FormatInputs['lint']) => unknown)(input);
    } catch (err) {
      throw new UsageError('formatter-failed', { file, message: err instanceof Error ? err.message : String(err) });
    }
    if (typeof out !== 'string') throw new UsageError('formatter-not-text', { file, type: typeof out });
    return out;
  };
}

export type { CommandName, ExplainInput, FormatInputs, Formatter, GraphInput, ReportInput, RulesInput } from './context.js';
