import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { packageRoot } from '../../package-root.js';
import type { Lang } from '../../types.js';
import type { Cli } from '../shared.js';

/**
 * What `duty-lint init` writes, in this order, from templates/init/. The .gitignore is kept
 * there as `gitignore`: npm leaves .gitignore files out of a published package. `{{schemas}}`
 * in a template is the schemas' folder relative to the file, or to `dir` for VS Code's
 * settings, whose paths are relative to the workspace folder.
 */
const FILES: ReadonlyArray<{ file: string; template?: string; fromRoot?: true }> = [
  { file: 'duty-lint.config.yaml' },
  { file: 'hx/water.yaml' },
  { file: 'hx/ls/water.yaml' },
  { file: '.vscode/settings.json', fromRoot: true },
  { file: '.gitignore', template: 'gitignore' },
  { file: '.github/workflows/duty-lint.yml' },
];

/** `duty-lint init [dir]`: scaffolds a catalogue repository, never replacing a file. */
export function defineInit(program: Command, cli: Cli): void {
  program.command('init')
    .description('scaffold a catalogue repository: config, an example city and district department, editor schemas, .gitignore and a CI workflow')
    .argument('[dir]', 'the folder to scaffold (created when missing)', '.')
    .addOption(new Option('--lang <lang>', 'language of messages (default: from LANG)').choices(['zh', 'en']))
    .showHelpAfterError('(run duty-lint init --help for usage)')
    .addHelpText('after', `
Examples:
  duty-lint init                   scaffold the current folder (the repository's root)
  duty-lint init catalogue         scaffold a new folder

Files that exist are left as they are and listed as skipped, so init can run again safely.
The duty files' schema modelines and .vscode/settings.json point to node_modules/duty-lint/
schemas/, where npm install --save-dev duty-lint puts them.`)
    .action((dir: string, opts: { lang?: Lang }) => {
      cli.lang = opts.lang ?? cli.lang;
      return scaffold(dir, cli);
    });
}

async function scaffold(dir: string, cli: Cli): Promise<void> {
  const { renderMessage } = await import('../../messages/catalogue.js');
  const root = resolve(dir);
  if (existsSync(root) && !statSync(root).isDirectory()) throw new UsageError('init-not-a-folder', { path: dir });
  const schemas = schemasFolder(root);
  for (const { file, template, fromRoot } of FILES) {
    const target = join(root, file);
    const shown = relative(process.cwd(), target) || file;
    const text = readFileSync(join(packageRoot, 'templates', 'init', template ?? file), 'utf8')
      .replaceAll('{{schemas}}', schemaPath(fromRoot ? root : dirname(target), schemas));
    if (!create(target, text, shown)) {
      const lacksCache = file === '.gitignore' && statSync(target).isFile() && !readFileSync(target, 'utf8').split(/\r?\n/).some((l) => /^\/?\.duty-lint-cache\/?$/.test(l.trim()));
      cli.io.stdout(`${renderMessage(cli.lang, lacksCache ? 'init.gitignore' : 'init.skipped', { file: shown, line: '.duty-lint-cache/' })}\n`);
    } else {
      cli.io.stdout(`${renderMessage(cli.lang, 'init.created', { file: shown })}\n`);
    }
  }
  cli.io.stdout(`\n${renderMessage(cli.lang, 'init.next', { dir: relative(process.cwd(), root) || '.' })}\n`);
}

/** Writes a new file, and says whether it did: a file that exists is never replaced. */
function create(path: string, text: string, shown: string): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: 'wx' });
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    if (code === 'EEXIST' && existsSync(path)) return false;
    throw new UsageError('output-failed', { path: shown, reason: code });
  }
}

/**
 * Where the schemas will be for the editor: in node_modules/duty-lint of the project that
 * installs duty-lint (the folder above `dir` that already has it, else the nearest with a
 * package.json, else `dir`), not in the copy of duty-lint that runs init (npx may run one
 * from its own cache).
 */
function schemasFolder(dir: string): string {
  const installed = (d: string) => join(d, 'node_modules', 'duty-lint');
  const project = upwards(dir, (d) => existsSync(join(installed(d), 'package.json'))) ?? upwards(dir, (d) => existsSync(join(d, 'package.json'))) ?? dir;
  return join(installed(project), 'schemas');
}

function upwards(dir: string, test: (d: string) => boolean): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (test(d)) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** The schemas' folder relative to `from`, `/`-separated; `./`-prefixed as VS Code settings want a relative path. */
function schemaPath(from: string, schemas: string): string {
  const rel = relative(from, schemas).split(sep).join('/');
  return rel.startsWith('..') ? rel : `./${rel}`;
}
