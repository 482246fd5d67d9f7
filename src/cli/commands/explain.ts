import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { formatterFor } from '../../formats/index.js';
import { catalogueOptions, collect, common, emit, formatOption, inputsOf, useColor, type Cli, type CommonOptions } from '../shared.js';

/** `duty-lint explain <duty> [other]`: why duties match or do not. */
export function defineExplain(program: Command, cli: Cli): void {
  common(program.command('explain')
    .description('show why two duties match or do not: every piece of evidence, the terms and their weights, the thresholds, ' +
      'and which rule fires on them or would not, and why; with one duty, its nearest duties in its own government and above')
    .argument('<duty>', 'a duty, as DEPARTMENT_ID/DUTY_ID')
    .argument('[other]', 'a second duty')
    .addOption(new Option('--in <path>', 'a file or folder of the catalogue; repeatable').argParser(collect).default([], '.'))
    .addOption(formatOption('explain'))
    .addHelpText('after', `
Examples:
  duty-lint explain zj.rz.amr/food-risk-monitoring zj.rz.health/food-risk-monitoring --in examples/zhenjiang
  duty-lint explain zj.rz.edu/study-tour --in examples/zhenjiang --format json`))
    .action(async (ref: string, otherRef: string | undefined, opts: CommonOptions & { in: string[] }) => {
      cli.lang = opts.lang ?? cli.lang;
      const [format, { lint }, { explainDuty, explainPair }] = await Promise.all([
        formatterFor('explain', opts.format ?? 'stylish'), import('../../engine/lint.js'), import('../../explain/explain.js'),
      ]);
      const result = await lint({ ...catalogueOptions(opts.in, opts, cli), analysesOnly: ['same-duty-pairs', 'mandates'] });
      const find = (r: string) => {
        const duty = result.graph.dutyByRef.get(r);
        if (!duty) throw new UsageError('unknown-duty', { ref: r });
        return duty;
      };
      const duty = find(ref);
      const explanation = otherRef === undefined ? explainDuty(result.context, duty) : explainPair(result.context, duty, find(otherRef));
      emit(format({ explanation, lang: result.lang, color: await useColor(opts, cli.io) }), opts, cli.io, inputsOf(result));
    });
}
