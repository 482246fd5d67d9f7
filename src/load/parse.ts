import yaml from 'js-yaml';
import type { Position } from '../types.js';
import { PositionRecorder, type DocumentPositions } from './positions.js';

export type ParseResult =
  | { ok: true; values: unknown[] }
  | { ok: false; error: { reason: string } & Position };

export type PositionsResult =
  | { ok: true; values: unknown[]; positions: DocumentPositions[] }
  | { ok: false; error: { reason: string } & Position };

/**
 * Parses a YAML stream with the core schema: dates and times stay strings, as duty files
 * want them. A syntax error anywhere rejects the whole file, with its place.
 */
export function parseYaml(text: string, filename: string): ParseResult {
  const values: unknown[] = [];
  const error = load(text, filename, values);
  return error ? { ok: false, error } : { ok: true, values };
}

/** The same parse, also recording where every node starts: for the files findings point into. */
export function parseYamlWithPositions(text: string, filename: string): PositionsResult {
  const recorder = new PositionRecorder();
  const values: unknown[] = [];
  const error = load(text, filename, values, recorder);
  return error ? { ok: false, error } : { ok: true, values, positions: recorder.documents() };
}

function load(text: string, filename: string, values: unknown[], recorder?: PositionRecorder) {
  try {
    yaml.loadAll(text, (doc) => values.push(doc), {
      schema: yaml.CORE_SCHEMA,
      filename,
      ...(recorder ? { listener: recorder.listener as never } : {}),
    });
    return undefined;
  } catch (err) {
    if (!(err instanceof yaml.YAMLException)) throw err;
    const mark = err.mark as { line?: number; column?: number } | undefined;
    return { reason: err.reason || err.message, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 };
  }
}
