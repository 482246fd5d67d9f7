import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/**
 * src/ reads top-down in one direction: the pipeline load → graph → matching → rules →
 * findings → formats, under the engine and the CLI. A folder imports only from folders
 * below it (types too), so there are no folder cycles.
 */
const LAYERS = [
  'base', // the files at the top of src/ other than index.ts: types, errors, small helpers
  'schema', 'graph', 'load', 'text', 'matching', 'analysis', 'rules', 'messages', 'findings',
  'explain', 'report', 'formats', 'config', 'cache', 'engine', 'cli', 'index',
];

const SRC = join(ROOT, 'src');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

function layerOf(file: string): string {
  const rel = relative(SRC, file).split('/');
  if (rel.length > 1) return rel[0]!;
  return rel[0] === 'index.ts' ? 'index' : 'base';
}

describe('the layout of src/', () => {
  it('has every folder in a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !LAYERS.includes(f))).toEqual([]);
  });

  it('imports only downwards', () => {
    const upward: string[] = [];
    for (const file of files(SRC)) {
      const from = LAYERS.indexOf(layerOf(file));
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
        const target = resolve(dirname(file), m[1]!).replace(/\.js$/, '.ts');
        const to = LAYERS.indexOf(layerOf(target));
        if (to > from) upward.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
