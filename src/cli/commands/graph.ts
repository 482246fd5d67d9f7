import type { Command } from 'commander';
import { formatterFor } from '../../formats/index.js';
import { catalogueOptions, common, emit, formatOption, useColor, type Cli, type CommonOptions } from '../shared.js';

/** `duty-lint graph [paths...]`: the duty graph as duty-lint understood it. */
export function defineGraph(program: Command, cli: Cli): void {
  common(program.command('graph')
    .description('print the duty graph as duty-lint understood it, with inferred mandate edges and their scores')
    .argument('[paths...]', 'files and folders to read', ['.'])
    .addOption(formatOption('graph')))
    .action(async (paths: string[], opts: CommonOptions) => {
      cli.lang = opts.lang ?? cli.lang;
      const [format, { lint }] = await Promise.all([formatterFor('graph', opts.format ?? 'stylish'), import('../../engine/lint.js')]);
      const result = await lint({ ...catalogueOptions(paths, opts, cli), analysesOnly: ['mandates'] });
      emit(format({ context: result.context, lang: result.lang, color: await useColor(opts, cli.io) }), opts, cli.io);
    });
}
