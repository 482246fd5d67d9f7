import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { Option, type Command } from 'commander';
import type { LintResult } from '../../engine/lint.js';
import { UsageError } from '../../errors.js';
import type { Baseline } from '../../findings/baseline.js';
import type { Lang } from '../../types.js';
import { checkNotInput, writeFileAtomic } from '../output.js';
import { catalogueOptions, inputsOf, type Cli } from '../shared.js';

interface BaselineCliOptions {
  config?: string;
  lang?: Lang;
  baseline?: string;
  prune?: boolean;
}

/** `duty-lint baseline [paths...]`: records the current findings, so that CI fails only on new ones. */
export function defineBaseline(program: Command, cli: Cli): void {
  program.command('baseline')
    .description('record the current findings in duty-lint-baseline.json at the catalogue root: then duty-lint shows and fails on new findings only')
    .argument('[paths...]', 'files and folders to lint', ['.'])
    .option('--prune', 'only remove the entries whose finding no longer occurs (never adds one)')
    .option('--baseline <file>', 'the baseline file (default: duty-lint-baseline.json at the catalogue root)')
    .option('-c, --config <file>', 'config file (default: duty-lint.config.yaml found upwards from the first path)')
    .addOption(new Option('--lang <lang>', 'language of messages (default: lang in config, else from LANG)').choices(['zh', 'en']))
    .showHelpAfterError('(run duty-lint baseline --help for usage)')
    .addHelpText('after', `
Examples:
  duty-lint baseline                       accept every current finding (replaces the file)
  duty-lint baseline --prune               drop the entries of findings that were fixed
  duty-lint baseline zj/rz                 re-take the baseline of one folder, keeping the others' entries
  duty-lint baseline --baseline ci/duty-lint-baseline.json
  duty-lint . --baseline ci/duty-lint-baseline.json
                                           lint against a baseline kept elsewhere

Commit the file: duty-lint then reports (and fails on) only findings that are not in it,
counts the others, and reports entries that no longer occur (stale-baseline, info).`)
    .action(async (paths: string[], opts: BaselineCliOptions) => {
      cli.lang = opts.lang ?? cli.lang;
      const [{ lint }, { pruneBaseline, stringifyBaseline, updateBaseline }, { renderMessage }] = await Promise.all([
        import('../../engine/lint.js'), import('../../findings/baseline.js'), import('../../messages/catalogue.js'),
      ]);
      const result = await lint(catalogueOptions(paths, opts, cli));
      cli.lang = result.lang;
      const { where, read: previous } = await openBaseline(result, opts.baseline, opts.prune === true);
      checkNotInput([where.path], inputsOf(result));
      const inScope = reportedOn(result);
      let baseline: Baseline;
      let message: string;
      if (opts.prune) {
        const pruned = pruneBaseline(previous!.baseline, result.findings, inScope);
        baseline = pruned.baseline;
        message = renderMessage(cli.lang, 'baseline.pruned', { path: where.shown, removed: pruned.removed, count: baseline.findings.length });
      } else {
        baseline = updateBaseline(previous?.baseline, result.findings, inScope);
        message = renderMessage(cli.lang, 'baseline.written', { path: where.shown, count: baseline.findings.length });
      }
      writeFileAtomic(where.path, stringifyBaseline(baseline));
      cli.io.stdout(`${message}\n`);
    });
}

/** A baseline file: its absolute path, as the user names it, and relative to the catalogue root (as findings name files). */
interface BaselinePlace {
  path: string;
  shown: string;
  file: string;
}

interface OpenBaseline {
  where: BaselinePlace;
  /** With its text; undefined when the file does not exist and is not required. */
  read?: { baseline: Baseline; text: string };
}

/** The run's baseline file (`option`, else duty-lint-baseline.json at the catalogue root) and what it holds. */
async function openBaseline(result: LintResult, option: string | undefined, required: boolean): Promise<OpenBaseline> {
  const { BASELINE_FILE, parseBaseline } = await import('../../findings/baseline.js');
  const path = option === undefined ? join(result.root, BASELINE_FILE) : resolve(option);
  const where = { path, shown: option ?? (relative(process.cwd(), path) || path), file: relative(result.root, path).split(sep).join('/') };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    if (code !== 'ENOENT') throw new UsageError('read-failed', { path: where.shown, reason: code });
    if (required) throw new UsageError('baseline-not-found', { path: where.shown });
    return { where };
  }
  return { where, read: { baseline: parseBaseline(text, where.shown), text } };
}

/**
 * Whether a run could have found a baseline entry's finding: its file was reported on (a
 * partial run reports on the files asked for), or is gone, so that what it held is gone too.
 */
function reportedOn(result: LintResult): (file: string) => boolean {
  const reported = new Set(result.reportedFiles);
  return (file) => reported.has(file) || !existsSync(join(result.root, file));
}

/**
 * The lint command's baseline step: with `--baseline FILE`, or a duty-lint-baseline.json at
 * the catalogue root, the findings it holds are left out and counted in the summary, and its
 * stale entries are reported (rule stale-baseline). `false` is --no-baseline.
 */
export async function withBaseline(result: LintResult, option: string | false | undefined): Promise<LintResult> {
  if (option === false) return result;
  const { where, read } = await openBaseline(result, option, option !== undefined);
  if (!read) return result;
  const [{ applyBaseline, STALE_BASELINE }, { summarize }] = await Promise.all([import('../../findings/baseline.js'), import('../../findings/summary.js')]);
  const applied = applyBaseline(result.findings, read.baseline, { file: where.file, text: read.text, inScope: reportedOn(result), lang: result.lang });
  return {
    ...result,
    findings: applied.findings,
    rules: [...result.rules, STALE_BASELINE],
    summary: { ...summarize(applied.findings, result.summary), baselined: applied.baselined },
  };
}
