import yaml from 'js-yaml';
import { PositionRecorder, type DocumentPositions, type Position } from './positions.js';

export interface ParsedDocument {
  index: number;
  value: unknown;
  positions: DocumentPositions;
}

export type ParseResult =
  | { ok: true; documents: ParsedDocument[] }
  | { ok: false; error: { reason: string } & Position };

/**
 * Parses a YAML stream with the core schema: dates and times stay strings, as duty files
 * want them. A syntax error anywhere rejects the whole file, with its place.
 */
export function parseYaml(text: string, filename: string): ParseResult {
  const recorder = new PositionRecorder();
  const values: unknown[] = [];
  try {
    yaml.loadAll(text, (doc) => values.push(doc), {
      schema: yaml.CORE_SCHEMA,
      filename,
      listener: recorder.listener as never,
    });
  } catch (err) {
    if (err instanceof yaml.YAMLException) {
      const mark = err.mark as { line?: number; column?: number } | undefined;
      return {
        ok: false,
        error: { reason: err.reason || err.message, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 },
      };
    }
    throw err;
  }
  const positions = recorder.documents();
  return {
    ok: true,
    documents: values.map((value, index) => ({ index, value, positions: positions[index]! })),
  };
}
