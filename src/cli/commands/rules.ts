import type { Command } from 'commander';
import { formatterFor } from '../../formats/index.js';
import { common, emit, formatOption, useColor, type Cli, type CommonOptions } from '../shared.js';

/** `duty-lint rules`: every rule. */
export function defineRules(program: Command, cli: Cli): void {
  common(program.command('rules')
    .description('list every rule: id, default severity and what it finds')
    .addOption(formatOption('rules')))
    .action(async (opts: CommonOptions) => {
      cli.lang = opts.lang ?? cli.lang;
      const [format, { RULES }] = await Promise.all([formatterFor('rules', opts.format ?? 'stylish'), import('../../rules/index.js')]);
      emit(format({ rules: RULES, lang: cli.lang, color: await useColor(opts, cli.io) }), opts, cli.io);
    });
}
