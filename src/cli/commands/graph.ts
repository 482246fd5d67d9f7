import type { Command } from 'commander';
import { analysesOf, formatterFor } from '../../formats/index.js';
import { catalogueOptions, common, emit, formatOption, inputsOf, useColor, type Cli, type CommonOptions } from '../shared.js';

/** `duty-lint graph [paths...]`: the duty graph as duty-lint understood it. */
export function defineGraph(program: Command, cli: Cli): void {
  common(program.command('graph')
    .description('print the duty graph as duty-lint understood it, with inferred mandate edges and their scores')
    .argument('[paths...]', 'files and folders to read', ['.'])
    .addOption(formatOption('graph'))
    .addHelpText('after', `
Examples:
  duty-lint graph examples/zhenjiang --format json
  duty-lint graph examples/zhenjiang --format dot | dot -Tsvg -o graph.svg
  duty-lint graph examples/zhenjiang --format mermaid -o graph.mmd`))
    .action(async (paths: string[], opts: CommonOptions) => {
      cli.lang = opts.lang ?? cli.lang;
      const name = opts.format ?? 'stylish';
      const overlaps = analysesOf('graph', name).includes('same-duty-pairs');
      const [format, { lint }] = await Promise.all([formatterFor('graph', name), import('../../engine/lint.js')]);
      const result = await lint({ ...catalogueOptions(paths, opts, cli), analysesOnly: [...analysesOf('graph', name), 'mandates'] });
      const overlapThreshold = overlaps ? { overlapThreshold: result.config.rules.get('overlap')?.threshold ?? result.config.matching.threshold } : {};
      emit(format({ context: result.context, lang: result.lang, color: await useColor(opts, cli.io), ...overlapThreshold }), opts, cli.io, inputsOf(result));
    });
}
