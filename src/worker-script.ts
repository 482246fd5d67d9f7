import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './errors.js';

/**
 * The worker script `name` beside the module at `moduleUrl`, so that a worker runs the same
 * build as the thread that starts it. Undefined when that module runs from its TypeScript
 * source (tests, no build): Node cannot start a worker from it, and the caller stays on one
 * thread. A build without the script is broken, and says so rather than running slower.
 */
export function workerScript(moduleUrl: string, name: string): string | undefined {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.ts')) return undefined;
  const script = join(dirname(here), name);
  if (!existsSync(script)) throw new UsageError('incomplete-install', { file: script });
  return script;
}
