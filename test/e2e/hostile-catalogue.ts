import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ROOT, unlock } from '../helpers.js';
import { catalogue as oneLineCatalogue } from '../rules/group-catalogue.js';

/**
 * One catalogue holding every kind of bad input beside good files, built in /tmp at run time
 * (pipes, unreadable folders and links cannot live in git), with a folder outside it that
 * links point at and nothing may read. Everything under zj/ is the bundled example, so the
 * good files' findings are known: the example's own.
 */

export interface HostileCatalogue {
  /** The folder holding `catalogue` and `outside`. */
  base: string;
  catalogue: string;
  outside: string;
  /** The named pipe in the catalogue (opening it would block). */
  pipe: string;
}

const HOSTILE_TEXTS = join(ROOT, 'test', 'fixtures', 'hostile', 'catalogue');
const PROTO_IDS = join(ROOT, 'test', 'fixtures', 'proto-ids');

const dept = (id: string, jurisdiction: string, body: string, extra = '') =>
  `kind: department\nid: ${id}\nname: 部门${id}\njurisdiction: ${jurisdiction}\n${extra}duties:\n${body}`;

/** Builds the catalogue; `unlock(base)` lets it be removed afterwards. */
export function hostileCatalogue(): HostileCatalogue {
  const base = mkdtempSync('/tmp/duty-lint-everything-');
  const catalogue = join(base, 'catalogue');
  const outside = join(base, 'outside');
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  };
  const at = (name: string) => join(catalogue, name);

  // Outside the root: what links and globs point at. Valid duty files, so that reading one would show.
  write(join(outside, 'secret.yaml'), dept('zj.secret', 'zj', '  - id: s\n    title: 负责全市市场监督管理\n'));
  write(join(outside, 'folder', 'other.yaml'), dept('zj.other', 'zj', '  - id: o\n    title: 负责全市食品安全监督管理\n'));

  // The good files: the bundled example, its config at the root.
  cpSync(EXAMPLE, catalogue, { recursive: true });

  // Wrong encodings, full-width colons, typos, escapes, a broken document among good ones (a government of their own).
  for (const name of readdirSync(HOSTILE_TEXTS)) {
    const bytes = readFileSync(join(HOSTILE_TEXTS, name));
    // Only the UTF-8 files are rewritten: the others are reported unread, whatever they say.
    const text = ['gbk.yaml', 'latin1.yaml', 'utf16.yaml'].includes(name) ? bytes : bytes.toString('utf8').replaceAll('zj.rz', 'tx');
    write(at(`text/${name}`), text);
  }

  // Ids that are Object.prototype's names.
  for (const name of ['__proto__.yaml', 'constructor.yaml', 'constructor/constructor.yaml', 'constructor/division.yaml', 'constructor/tostring.yaml']) {
    write(at(`proto/${name}`), readFileSync(join(PROTO_IDS, name)));
  }

  // Data mistakes (item 10).
  write(at('mistakes/upper.yaml'), dept('up.a', 'up', '  - id: u1\n    title: 负责全省河道采砂管理\n'));
  write(at('mistakes/self.yaml'), [
    'kind: department', 'id: mx.a', 'name: 自相矛盾局', 'jurisdiction: mx', 'counterparts: [mx.a, up.a]', 'duties:',
    '  - id: d1', '    title: 负责全县河道采砂管理', '    mandate: [mx.a/d1]',
    '  - id: d2', '    title: 配合做好河道采砂执法', '    role: support', '    lead: mx.a',
    '  - id: d3', '    title: 负责全县水土保持工作', '    lead: mx.b',
    '  - id: d4', '    title: 负责河道清淤许可', '    status: cancelled', '    transferred_to: mx.b',
    '  - id: d5', '    title: "\u3000\u3000"',
    '  - id: d6', '    title: 负责全县水资源调度', '    ignore:', '      - rule: overlapp', '        reason: 已协调',
    '',
  ].join('\n'));
  write(at('mistakes/circle.yaml'), [
    dept('mx.b', 'mx', '  - id: d1\n    title: 负责全县防汛抗旱工作\n', 'counterparts: [mx.c]\n'),
    dept('mx.c', 'mx', '  - id: d1\n    title: 负责全县农田水利建设\n', 'counterparts: [mx.b]\n'),
  ].join('---\n'));
  write(at('mistakes/division.yaml'), [
    'kind: division', 'id: mx.div', 'jurisdiction: mx', 'subject: 河道采砂', 'parties:',
    '  - department: mx.b', '  - department: mx.c', '  - department: mx.b', '',
  ].join('\n'));

  // Positions (item 8): a NUL byte on line 14, a null title, an empty `duties:` on the last line.
  const duties = Array.from({ length: 4 }, (_, i) => `  - id: d${i}\n    title: 负责全镇第${i}项职责\n`).join('');
  const lines = dept('ps.nul', 'ps', duties).split('\n');
  lines.splice(13, 0, '    detail: "abc\u0000def"');
  write(at('positions/nul.yaml'), lines.join('\n'));
  write(at('positions/null-title.yaml'), dept('ps.null', 'ps', '  - id: d1\n    title:\n    detail: 待定\n'));
  write(at('positions/empty.yaml'), 'kind: department\nid: ps.empty\nname: 空部门\njurisdiction: ps\nduties:');

  // Not text, empty, comments only, a byte order mark and CRLF line endings (the last two are good).
  write(at('odd/binary.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xd8]));
  write(at('odd/empty.yaml'), '');
  write(at('odd/comments.yaml'), '# 待补充\n');
  write(at('odd/bom-crlf.yaml'), `\ufeff${dept('od.crlf', 'od', '  - id: d1\n    title: 负责全乡殡葬管理\n    basis: [殡葬管理条例]\n').replaceAll('\n', '\r\n')}`);

  // Parser bombs: a billion laughs, deep nesting, a duplicate key, a tag that would run code.
  const laughs = ['tags:', '  - &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) laughs.push(`  - &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  write(at('bombs/laughs.yaml'), dept('bm.laughs', 'bm', `  - id: d1\n    title: 负责某项事务\n${laughs.map((l) => `    ${l}`).join('\n')}\n`));
  write(at('bombs/deep.yaml'), `kind: department\nid: bm.deep\nname: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
  write(at('bombs/duplicate.yaml'), dept('bm.dup', 'bm', '  - id: d1\n    title: 负责甲\n    title: 负责乙\n'));
  write(at('bombs/tag.yaml'), dept('bm.tag', 'bm', '  - id: d1\n    title: !!js/function "function () { return 1 }"\n'));

  // Over the size limit (10 MB by default).
  write(at('big/big.yaml'), `${dept('bg.big', 'bg', '  - id: d1\n    title: 负责全市某项事务\n')}${'# padding\n'.repeat(1.1 * 1024 * 1024)}`);

  // A thousand of seven thousand departments holding one line: one finding, not half a million.
  write(at('many/group.yaml'), Object.values(oneLineCatalogue(1000, 7000)).join('---\n'));

  // Links: one inside (a file reached twice is linted once), out of the root, up into itself, to nowhere, to a device.
  mkdirSync(at('links'));
  symlinkSync('../zj/health.yaml', at('links/health.yaml'));
  symlinkSync(join(outside, 'secret.yaml'), at('links/secret.yaml'));
  symlinkSync(join(outside, 'folder'), at('links/folder'));
  symlinkSync('..', at('links/up'));
  symlinkSync('nowhere.yaml', at('links/gone.yaml'));
  symlinkSync('/dev/zero', at('links/zero.yaml'));
  symlinkSync('/etc', at('links/etc'));

  // A named pipe, and a folder its user cannot read.
  const pipe = at('devices/pipe.yaml');
  mkdirSync(at('devices'));
  execFileSync('mkfifo', [pipe]);
  write(at('locked/hidden.yaml'), dept('lk.hidden', 'lk', '  - id: d1\n    title: 负责某项事务\n'));

  // Readable (and the root writable, for --cache) by the unprivileged user the CLI runs as.
  unlock(base);
  chmodSync(catalogue, 0o777);
  chmodSync(at('locked'), 0o000);

  return { base, catalogue, outside, pipe };
}
