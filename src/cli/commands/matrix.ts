import type { Command } from 'commander';
import { formatterFor } from '../../formats/index.js';
import { catalogueOptions, common, emit, formatOption, inputsOf, useColor, type Cli, type CommonOptions } from '../shared.js';

/** `duty-lint matrix [paths...]`: per government, the overlap findings between each two departments. */
export function defineMatrix(program: Command, cli: Cli): void {
  common(program.command('matrix')
    .description('show, per government, how many overlap findings there are between each two departments')
    .argument('[paths...]', 'files and folders to read', ['.'])
    .addOption(formatOption('matrix'))
    .addHelpText('after', `
Examples:
  duty-lint matrix examples/zhenjiang
  duty-lint matrix examples/zhenjiang --format json -o matrix.json

It is a view, not a check: the exit code is 0 whatever it finds (2 on a usage error).`))
    .action(async (paths: string[], opts: CommonOptions) => {
      cli.lang = opts.lang ?? cli.lang;
      const [format, { lint }, { reportInput }, { RULE_IDS }] = await Promise.all([
        formatterFor('matrix', opts.format ?? 'stylish'), import('../../engine/lint.js'), import('../../engine/report-input.js'), import('../../rules/index.js'),
      ]);
      // Only the overlap rule's findings are counted: the others are not run (mandate
      // inference is the costly part of a large catalogue). The config's overlap setting holds.
      const rules = Object.fromEntries(RULE_IDS.filter((id) => id !== 'overlap').map((id) => [id, 'off' as const]));
      const result = await lint({ ...catalogueOptions(paths, opts, cli), rules });
      emit(format(reportInput(result, { color: await useColor(opts, cli.io) })), opts, cli.io, inputsOf(result));
    });
}
