import { parseYamlWithPositions } from '../load/parse.js';
import type { DocumentPositions } from '../load/positions.js';
import type { FileSource } from '../load/source.js';
import type { Location, Position } from '../types.js';

/**
 * Line and column for the places findings point at. Loading keeps only JSON pointers, so
 * the common case pays for a fast parse alone; the files that findings point into are
 * parsed once more here, recording node positions.
 */
export class Locator {
  private readonly files = new Map<string, Array<DocumentPositions | undefined>>();

  constructor(private readonly source: FileSource) {}

  /** Reads and parses, with positions, every file among `locations` not seen yet. */
  async prepare(locations: Iterable<Location>): Promise<void> {
    const wanted = new Set<string>();
    for (const loc of locations) if (loc.line === undefined && !this.files.has(loc.file)) wanted.add(loc.file);
    for (const file of wanted) {
      let positions: Array<DocumentPositions | undefined> = [];
      try {
        // A file with a broken document has the others' positions.
        positions = parseYamlWithPositions(await this.source.read(file), file).positions;
      } catch {
        // unreadable now: its findings fall back to line 1
      }
      this.files.set(file, positions);
    }
  }

  /** The position of a prepared location; line 1, column 1 when it cannot be found. */
  position(loc: Location): Position {
    if (loc.line !== undefined && loc.column !== undefined) return { line: loc.line, column: loc.column };
    return this.files.get(loc.file)?.[loc.doc]?.locate(loc.pointer) ?? { line: 1, column: 1 };
  }
}
