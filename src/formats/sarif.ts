import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Location, Log, PropertyBag, ReportingConfiguration, ReportingDescriptor, Result } from 'sarif';
import { packageRoot } from '../package-root.js';
import type { Rule } from '../rules/rule.js';
import type { Finding, Lang, Related, SeveritySetting } from '../types.js';
import { mostSevere, repositoryPath, uniqueFingerprints } from './ci.js';
import type { Formatter, ReportInput } from './context.js';

/**
 * Results per run: GitHub code scanning rejects a run with more (and shows the 5,000 most
 * severe). Past it, the most severe are kept and a notification says how many were left out.
 */
export const MAX_RESULTS = 25_000;

/** The base that every artifact URI is relative to: the repository root, as GitHub expects. */
export const SRCROOT = '%SRCROOT%';

/** The key of the fingerprint in `partialFingerprints`: the engine's, versioned in case it changes. */
export const FINGERPRINT_KEY = 'dutyLint/v1';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<SeveritySetting, ReportingConfiguration.level> = { error: 'error', warn: 'warning', info: 'note', off: 'none' };

/** The package's home page for `informationUri`, when package.json names one. */
const HOMEPAGE = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { homepage?: string }).homepage;

interface Words {
  fullDescription: (rule: Rule) => string;
  help: (rule: Rule) => string;
  related: (r: Related) => string;
  srcroot: string;
  leftOut: (left: number, total: number) => string;
}

const WORDS: Record<Lang, Words> = {
  en: {
    fullDescription: (r) => `${r.description.en}. Kind of problem: ${r.kind.en}.`,
    help: (r) => [
      `${r.description.en}.`,
      `Default severity: ${r.defaultSeverity}; set it, or turn the rule off, under \`rules:\` in duty-lint.config.yaml (\`${r.id}: off|info|warn|error\`).`,
      `To accept a finding on a duty, add to that duty \`ignore: [{rule: ${r.id}, reason: …}]\`: the reason is required and stays in the file for the next reviewer.`,
      ...(r.needs.length > 0 ? ['`duty-lint explain <duty> [<other duty>]` shows why duties match, term by term.'] : []),
    ].join('\n'),
    related: (r) => (r.duty !== undefined ? `duty ${r.duty}` : r.division !== undefined ? `division ${r.division}` : `department ${r.department ?? ''}`),
    srcroot: 'The root of the repository (the git work tree).',
    leftOut: (left, total) => `${left} of ${total} results left out: GitHub code scanning takes at most ${MAX_RESULTS.toLocaleString('en')} per run. The most severe are kept; the JSON report has every finding.`,
  },
  zh: {
    fullDescription: (r) => `${r.description.zh}。问题类型：${r.kind.zh}。`,
    help: (r) => [
      `${r.description.zh}。`,
      `默认级别：${r.defaultSeverity}；可在 duty-lint.config.yaml 的 \`rules:\` 下调整级别或关闭本规则（\`${r.id}: off|info|warn|error\`）。`,
      `接受某项职责上的问题：在该职责下加入 \`ignore: [{rule: ${r.id}, reason: …}]\`，须写明理由，理由留在文件中供后来的审核者查看。`,
      ...(r.needs.length > 0 ? ['`duty-lint explain <职责> [<另一职责>]` 可逐词查看职责为何匹配。'] : []),
    ].join('\n'),
    related: (r) => (r.duty !== undefined ? `职责 ${r.duty}` : r.division !== undefined ? `职责分工 ${r.division}` : `部门 ${r.department ?? ''}`),
    srcroot: '代码仓库的根目录（git 工作区）。',
    leftOut: (left, total) => `共 ${total} 条结果，其中 ${left} 条未列出：GitHub 代码扫描每次运行最多接受 ${MAX_RESULTS} 条。已保留最严重的结果；JSON 报告含全部问题。`,
  },
};

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run, every rule in the
 * driver, one result per finding (at most MAX_RESULTS).
 *
 * A SARIF run has one language (`run.language`): every text in it (rule descriptions and help,
 * messages) is in the run's; the rule's `properties` hold its kind and description in both
 * languages, for programs. URIs are relative to %SRCROOT%, the repository root, each path
 * segment percent-encoded as a URI reference must be (Chinese file names included).
 */
export const formatSarif: Formatter = (input) => {
  const { findings, rules, lang, tool } = input;
  const words = WORDS[lang];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const fingerprints = uniqueFingerprints(findings);
  const kept = mostSevere(findings, MAX_RESULTS);
  const left = findings.length - kept.length;
  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: tool.name,
          ...(tool.version ? { version: tool.version } : {}),
          ...(HOMEPAGE ? { informationUri: HOMEPAGE } : {}),
          rules: rules.map((r) => descriptor(r, words, lang)),
        },
      },
      invocations: [{
        executionSuccessful: true,
        ...(left > 0 ? { toolExecutionNotifications: [{ level: 'warning', message: { text: words.leftOut(left, findings.length) } }] } : {}),
      }],
      language: lang,
      // Columns count UTF-16 code units, as the engine's do.
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { [SRCROOT]: { description: { text: words.srcroot } } },
      results: kept.map((i) => result(findings[i]!, fingerprints[i]!, ruleIndex.get(findings[i]!.rule), input)),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function descriptor(rule: Rule, words: Words, lang: Lang): ReportingDescriptor {
  return {
    id: rule.id,
    // A name for people, distinct from the id as SARIF suggests: `dangling-reference` → `DanglingReference`.
    name: rule.id.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description[lang] },
    fullDescription: { text: words.fullDescription(rule) },
    help: { text: words.help(rule) },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: [rule.kind[lang]], kind: { ...rule.kind }, description: { ...rule.description } },
  };
}

function result(f: Finding, fingerprint: string, ruleIndex: number | undefined, input: ReportInput): Result {
  const words = WORDS[input.lang];
  const properties: PropertyBag = {
    ...(f.department !== undefined ? { department: f.department } : {}),
    ...(f.duty !== undefined ? { duty: f.duty } : {}),
    ...(f.score !== undefined ? { score: f.score } : {}),
    ...(f.terms !== undefined ? { terms: f.terms } : {}),
    ...(f.inferred !== undefined ? { inferred: f.inferred } : {}),
    ...(f.nearest !== undefined ? { nearest: { ...f.nearest } } : {}),
  };
  return {
    ruleId: f.rule,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(input, f)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(f.related?.length
      // Ids make the related locations distinct, as the schema requires of them.
      ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...location(input, r), message: { text: words.related(r) } })) }
      : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

function location(input: ReportInput, at: { file: string; line: number; column: number }): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: uriOf(repositoryPath(input, at.file)), uriBaseId: SRCROOT },
      region: { startLine: at.line, startColumn: at.column },
    },
  };
}

/** A relative path as a URI reference: each segment percent-encoded, the slashes kept. */
const uriOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');
