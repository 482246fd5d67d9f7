import { extractDeclaration } from '../graph/extract.js';
import { validateDocument } from '../schema/validate.js';
import type { Declaration, RawFinding } from '../types.js';
import { parseYaml } from './parse.js';

/** One duty file, read: its declarations and the findings that need nothing beyond the file. */
export interface FileResult {
  file: string;
  decls: Declaration[];
  findings: RawFinding[];
}

/** Parse, validate and extract one file. Pure and self-contained, so it can run in a worker. */
export function loadFile(file: string, text: string): FileResult {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) {
    const { reason, line, column } = parsed.error;
    return {
      file,
      decls: [],
      findings: [{ rule: 'yaml-syntax', messageId: 'yaml-syntax', data: { reason }, file, line, column, pointer: '' }],
    };
  }
  const decls: Declaration[] = [];
  const findings: RawFinding[] = [];
  for (const { index, value, positions } of parsed.documents) {
    if (value === null || value === undefined) continue; // an empty document, e.g. a trailing `---`
    const issues = validateDocument(value);
    // A bad duty costs only itself: its department is still linted with its other duties.
    const badDuties = new Set<number>();
    let documentUsable = true;
    for (const issue of issues) {
      const m = /^\/duties\/(\d+)(\/|$)/.exec(issue.pointer);
      if (m) badDuties.add(Number(m[1]));
      else documentUsable = false;
    }
    if (documentUsable) decls.push(extractDeclaration(value, positions, file, index, badDuties));
    for (const issue of issues) {
      const { line, column } = positions.locate(issue.pointer, issue.key);
      findings.push({
        rule: 'schema', messageId: issue.messageId, data: issue.data, file, line, column,
        pointer: issue.key === undefined ? issue.pointer : `${issue.pointer}/${issue.key}`,
        key: `${index}:${issue.pointer}:${issue.messageId}:${issue.key ?? ''}`,
      });
    }
  }
  return { file, decls, findings };
}
