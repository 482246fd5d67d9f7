import type { Command } from 'commander';
import { formatterFor } from '../../formats/index.js';
import { emit, useColor, type Cli, type CommonOptions } from '../shared.js';

/** `duty-lint graph [paths...]`: the duty graph as duty-lint understood it. */
export function defineGraph(program: Command, cli: Cli): void {
  cli.common(program.command('graph')
    .description('print the duty graph as duty-lint understood it, with inferred mandate edges and their scores')
    .argument('[paths...]', 'files and folders to read', ['.'])
    .addOption(cli.formatOption('graph')))
    .action(async (paths: string[], opts: CommonOptions) => {
      cli.lang = opts.lang ?? cli.lang;
      const [format, { lint }] = await Promise.all([formatterFor('graph', opts.format ?? 'stylish'), import('../../engine/lint.js')]);
      const result = await lint({ paths, analysesOnly: ['mandates'], defaultLang: cli.lang, ...(opts.config ? { config: opts.config } : {}), ...(opts.lang ? { lang: opts.lang } : {}) });
      emit(format({ context: result.context, lang: result.lang, color: await useColor(opts, cli.io) }), opts, cli.io);
    });
}
