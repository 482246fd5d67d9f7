import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { Lang, Severity } from '../types.js';

/** Shared helpers of the terminal formatters. */

export function painter(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

/** Pads to a display width: a CJK character takes two columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text))) + text;
}

export const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  en: { error: 'error', warn: 'warn', info: 'info' },
  zh: { error: '错误', warn: '警告', info: '提示' },
};

export function paintSeverity(c: ChalkInstance, severity: Severity, text: string): string {
  return severity === 'error' ? c.red(text) : severity === 'warn' ? c.yellow(text) : c.blue(text);
}

/**
 * Wraps text to a display width, breaking between any two characters of Chinese and at
 * spaces in English.
 */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[\x21-\x7e]+ ?|./gu) ?? []) {
    if (line !== '' && stringWidth(line + token.trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.join('\n');
}

/** cli-table3 styling: bold headings and grey borders in colour, plain text without. */
export function tableStyle(color: boolean) {
  return { head: color ? ['bold'] : [], border: color ? ['grey'] : [] };
}
