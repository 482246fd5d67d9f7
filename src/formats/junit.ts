import type { Finding } from '../types.js';
import { repositoryPath } from './ci.js';
import type { Formatter, ReportInput } from './context.js';

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage
 * return; lone surrogates; U+FFFE and U+FFFF): a duty text may hold them, a parser would
 * reject the whole report, so each becomes U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Cs}/gu;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
// In attributes, parsers turn line ends and tabs into spaces unless they are character references.
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\'': '&apos;', '\n': '&#10;', '\t': '&#9;' };

/** Text content: markup characters escaped, a carriage return kept as itself. */
export const xmlText = (s: string): string => s.replace(NOT_XML, '\uFFFD').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);

/** An attribute value, for double or single quotes. */
export const xmlAttribute = (s: string): string => s.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\r\n\t]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

/**
 * JUnit XML, as ESLint writes it, for CI test reports (GitLab's `artifacts: reports: junit`,
 * Jenkins): a test suite per file with findings, named by its path relative to the
 * repository root; a failed test case per finding, named `org.duty-lint.<rule>`, whose
 * `failure` has the message, the severity as `type`, and the place in its text. Infos are
 * failures too: the report lists only problems. Files without findings are left out: the
 * report knows how many files were linted, not which.
 */
export const formatJunit: Formatter = (input) => {
  const byFile = new Map<string, Finding[]>();
  for (const f of input.findings) {
    const path = repositoryPath(input, f.file);
    const list = byFile.get(path);
    if (list) list.push(f);
    else byFile.set(path, [f]);
  }
  const n = input.findings.length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttribute(input.tool.name)}" tests="${n}" failures="${n}" errors="0" skipped="0" time="0">`,
  ];
  for (const [path, findings] of byFile) {
    lines.push(`  <testsuite name="${xmlAttribute(path)}" tests="${findings.length}" failures="${findings.length}" errors="0" skipped="0" time="0">`);
    for (const f of findings) lines.push(...testcase(f, path, input));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
};

function testcase(f: Finding, path: string, input: ReportInput): string[] {
  const details = `${path}:${f.line}:${f.column}: ${f.severity} ${f.rule}\n${f.message}`;
  return [
    `    <testcase name="org.${xmlAttribute(input.tool.name)}.${xmlAttribute(f.rule)}" classname="${xmlAttribute(path)}" time="0">`,
    `      <failure message="${xmlAttribute(f.message)}" type="${f.severity}">${xmlText(details)}</failure>`,
    '    </testcase>',
  ];
}
