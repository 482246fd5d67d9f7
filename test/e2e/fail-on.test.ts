import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, runCliAsync, temporaryFolders } from '../helpers.js';

/** Which findings fail a run (--fail-on, --max-warnings), and what it says when warnings do: the built CLI on git repositories. */
const { catalogue } = temporaryFolders();

/** A catalogue in a git repository, as CI checks it out. */
function repo(files: Record<string, string>): string {
  const dir = catalogue(files);
  execFileSync('git', ['-C', dir, 'init', '-q']);
  execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', '.']);
  execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'catalogue']);
  return dir;
}

const edu = (...duties: string[]) => ['kind: department', 'id: x.edu', 'name: 某区教育局', 'jurisdiction: x', 'duties:', ...duties, ''].join('\n');

/** Two support duties with no lead: two orphan-duty warnings. */
const WARNINGS = { 'edu.yaml': edu(
  '  - id: garbage-sorting', '    title: 配合做好全区生活垃圾分类工作', '    role: support',
  '  - id: flood-drills', '    title: 配合开展校园防汛应急演练', '    role: support',
) };
/** Duties without a budget line, with unfunded-duty at info: infos only. */
const INFOS = {
  'duty-lint.config.yaml': 'rules:\n  unfunded-duty: info\n',
  'edu.yaml': edu('  - id: campus-safety', '    title: 负责全区中小学幼儿园校园安全管理'),
};
/** A dangling lead: an error. */
const ERRORS = { 'edu.yaml': edu('  - id: drills', '    title: 配合开展校园防汛应急演练', '    role: support', '    lead: x.nowhere') };

const codes = async (dir: string, runs: string[][]) => Promise.all(runs.map(async (args) => (await runCliAsync([dir, ...args])).code));

describe.concurrent('--fail-on', () => {
  it('error (the default) fails on errors; warn on warnings too; info on any finding', async () => {
    const runs = [[], ['--fail-on', 'error'], ['--fail-on', 'warn'], ['--fail-on', 'info']];
    expect(await codes(repo(WARNINGS), runs)).toEqual([0, 0, 1, 1]);
    expect(await codes(repo(INFOS), runs)).toEqual([0, 0, 0, 1]);
    expect(await codes(repo(ERRORS), runs)).toEqual([1, 1, 1, 1]);
  });

  it('counts what --quiet leaves: errors only', async () => {
    expect(await codes(repo(WARNINGS), [['--quiet', '--fail-on', 'warn'], ['--quiet', '--fail-on', 'info']])).toEqual([0, 0]);
  });

  it('2 for a severity that is none, naming the choices', async () => {
    const r = await runCliAsync([repo(WARNINGS), '--fail-on', 'fatal']);
    expect(r.code).toBe(2);
    expectNoStackTrace(r);
    expect(r.stderr).toMatch(/'fatal' is invalid\. Allowed choices are error, warn, info/);
  });

  it('is in --help, with an example', async () => {
    const help = (await runCliAsync(['--help'])).stdout;
    expect(help).toMatch(/--fail-on <severity> +the least severity that fails the run/);
    expect(help).toContain('duty-lint . --fail-on info');
  });
});

describe.concurrent('--max-warnings', () => {
  it('says why the run failed: one line on stderr after the report, as ESLint does', async () => {
    const dir = repo(WARNINGS);
    const over = await runCliAsync([dir, '--max-warnings', '1', '--format', 'json']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('duty-lint found too many warnings (maximum: 1).\n');
    expect(JSON.parse(over.stdout)).toMatchObject({ summary: { warnings: 2 } }); // stdout is the report alone
    const within = await runCliAsync([dir, '--max-warnings', '2']);
    expect(within).toMatchObject({ code: 0, stderr: '' });
  });

  it('says it in the run\'s language: --lang, the locale, or the config', async () => {
    const dir = repo(WARNINGS);
    const zh = 'duty-lint 发现的警告过多（最多允许 0 个）。\n';
    expect((await runCliAsync([dir, '--max-warnings', '0', '--lang', 'zh'])).stderr).toBe(zh);
    expect((await runCliAsync([dir, '--max-warnings', '0'], { env: { LANG: 'zh_CN.UTF-8' } })).stderr).toBe(zh);
    const configured = repo({ ...WARNINGS, 'duty-lint.config.yaml': 'lang: zh\n' });
    expect((await runCliAsync([configured, '--max-warnings', '0'])).stderr).toBe(zh);
    expect((await runCliAsync([configured, '--max-warnings', '0', '--lang', 'en'])).stderr).toBe('duty-lint found too many warnings (maximum: 0).\n');
  });

  it('says nothing when the warnings are within it, though --fail-on warn fails the run on them', async () => {
    const r = await runCliAsync([repo(WARNINGS), '--max-warnings', '5', '--fail-on', 'warn']);
    expect(r).toMatchObject({ code: 1, stderr: '' });
  });
});
