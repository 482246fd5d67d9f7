import { Command, CommanderError } from 'commander';
import { UsageError } from '../errors.js';
import { defineBaseline } from './commands/baseline.js';
import { defineExplain } from './commands/explain.js';
import { defineGraph } from './commands/graph.js';
import { defineInit } from './commands/init.js';
import { defineLint } from './commands/lint.js';
import { defineMatrix } from './commands/matrix.js';
import { defineRules } from './commands/rules.js';
import { langFromEnv, type Cli, type Io } from './shared.js';

// Only what --help and --version need is imported up front: the linter, its rules and its
// formatters are imported by the command that runs them (an editor or a hook pays start-up
// on every call).

export type { Io } from './shared.js';

/** Runs the CLI and returns its exit code: 0 clean, 1 findings at the failing severity, 2 usage or internal error. */
export async function main(argv: string[], io: Io): Promise<number> {
  const program = new Command('duty-lint');
  const cli: Cli = { io, lang: langFromEnv(io.env), exitCode: 0 };
  defineLint(program, cli);
  defineGraph(program, cli);
  defineExplain(program, cli);
  defineMatrix(program, cli);
  defineRules(program, cli);
  defineBaseline(program, cli);
  defineInit(program, cli);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return cli.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
    }
    if (err instanceof UsageError) {
      const [{ renderMessage }, { printable }] = await Promise.all([import('../messages/catalogue.js'), import('../formats/text.js')]);
      const data = err.detail ? { ...err.data, message: renderMessage(cli.lang, err.detail.messageId, err.detail.data) } : err.data;
      // Paths and config values it quotes may hold control characters: one line, shown, never obeyed.
      io.stderr(`duty-lint: ${printable(renderMessage(cli.lang, err.messageId, data)).replace(/\n/g, '\\n')}\n`);
      return 2;
    }
    io.stderr(`duty-lint: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n` +
      'Please report this with the command and the files that caused it.\n');
    return 2;
  }
}
