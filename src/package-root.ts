import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of duty-lint's package.json, from source (tests) and from dist alike. */
export const packageRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('duty-lint: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
})();
