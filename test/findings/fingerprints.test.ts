import { describe, expect, it } from 'vitest';
import { lint, RULE_IDS, type Lang, type SeveritySetting } from '../../src/index.js';
import { withFields, yaml } from '../rules/helpers.js';

/**
 * A finding's fingerprint is its identity by ids (FORMAT.md): for every rule, moving lines,
 * inserting a duty above, renaming the files and another language keep it; another id
 * changes it. A finding with no id (yaml-syntax, a schema error in a document without an id)
 * is known by its file, so renaming the file changes it.
 */

interface Case {
  /** A catalogue that triggers the rule. */
  files: Record<string, string>;
  rules?: Record<string, SeveritySetting>;
  /** The same catalogue with the identity of the findings changed: another id (or for yaml-syntax, another file). */
  otherIdentity: (files: Record<string, string>) => Record<string, string>;
  /** Whether renaming the files keeps the fingerprints (false: the findings have no id). */
  renameKeeps?: false;
}

const renameDuty = (file: string, from: string, to: string) => (files: Record<string, string>) => ({
  ...files, [file]: files[file]!.replaceAll(`id: ${from}\n`, `id: ${to}\n`).replaceAll(`/${from}]`, `/${to}]`),
});

const CITY_AMR = yaml`
  kind: department
  id: zj.amr
  name: 镇江市市场监督管理局
  jurisdiction: zj
  duties:
    - id: food-sampling
      title: 负责全市食品安全监督抽检，发布抽检信息并督促核查处置不合格食品
    - id: edible-farm-product-market
      title: 负责食用农产品进入批发、零售市场或者生产加工企业后的质量安全监督管理
`;

const DISTRICT_AMR = yaml`
  kind: department
  id: zj.rz.amr
  name: 润州区市场监督管理局
  jurisdiction: zj.rz
  counterparts: [zj.amr]
  duties:
    - id: food-risk-monitoring
      title: 负责全区食品安全风险监测和监督抽检，组织实施食品安全风险监测计划
      mandate: [zj.amr/food-sampling]
    - id: special-equipment
      title: 负责全区特种设备安全监察，组织开展电梯、锅炉、压力容器等特种设备安全检查
      basis: [特种设备安全法]
`;

const HEALTH = yaml`
  kind: department
  id: zj.rz.health
  name: 润州区卫生健康委员会
  jurisdiction: zj.rz
  duties:
    - id: food-risk-monitoring
      title: 组织开展全区食品安全风险监测和评估，实施食品安全风险监测计划
    - id: disease-control
      title: 负责全区疾病预防控制，组织实施传染病防治和免疫规划
`;

const EMERGENCY = yaml`
  kind: department
  id: zj.rz.emergency
  name: 润州区应急管理局
  jurisdiction: zj.rz
  duties:
    - id: work-safety-committee
      title: 承担区安全生产委员会日常工作，牵头负责全区安全生产综合监督管理
      role: lead
`;

const HOUSING = yaml`
  kind: department
  id: zj.rz.housing
  name: 润州区住房和城乡建设局
  jurisdiction: zj.rz
  duties:
    - id: work-safety
      title: 承担区安全生产委员会日常工作，牵头负责全区建筑施工领域安全生产综合监督管理
      role: lead
    - id: housing-security
      title: 负责全区保障性住房建设管理，组织实施公共租赁住房分配和租赁补贴发放
`;

const CASES: Record<string, Case> = {
  'yaml-syntax': {
    files: {
      'zj/rz/amr.yaml': DISTRICT_AMR,
      'zj/rz/sports.yaml': yaml`
        kind: department
        id: zj.rz.sports
        name: 润州区文化体育和旅游局
        jurisdiction: zj.rz
        duties:
          - id: mass-sports
            title: 负责全区群众体育工作
           role: main
      `,
    },
    otherIdentity: (files) => {
      const { 'zj/rz/sports.yaml': sports, ...rest } = files;
      return { ...rest, 'zj/rz/culture.yaml': sports! };
    },
    renameKeeps: false,
  },
  schema: {
    files: {
      'zj/rz/amr.yaml': yaml`
        kind: department
        id: zj.rz.amr
        name: 润州区市场监督管理局
        jurisdiction: zj.rz
        duties:
          - id: special-equipment
            title: 负责全区特种设备安全监察
          - id: food-risk-monitoring
            title: 负责全区食品安全风险监测
            role: owner
          - id: sampling
            title: 负责全区食品安全监督抽检
            mandate: [zj.amr/food-sampling, Not A Reference]
          - id: no-title
      `,
    },
    otherIdentity: renameDuty('zj/rz/amr.yaml', 'food-risk-monitoring', 'food-risk'),
  },
  'duplicate-id': {
    files: {
      'zj/rz/amr.yaml': yaml`
        kind: department
        id: zj.rz.amr
        name: 润州区市场监督管理局
        jurisdiction: zj.rz
        duties:
          - id: food-risk-monitoring
            title: 负责全区食品安全风险监测
          - id: special-equipment
            title: 负责全区特种设备安全监察
          - id: food-risk-monitoring
            title: 负责全区食品安全风险监测和评估
      `,
      'zj/rz/quality.yaml': yaml`
        kind: department
        id: zj.rz.amr
        name: 润州区质量技术监督局
        jurisdiction: zj.rz
        duties:
          - id: product-quality
            title: 负责全区产品质量监督抽查
      `,
      'zj/rz/divisions.yaml': yaml`
        kind: division
        id: rz-food
        jurisdiction: zj.rz
        subject: 食品安全风险监测
        parties:
          - department: zj.rz.amr
          - department: zj.rz.amr
      `,
    },
    otherIdentity: renameDuty('zj/rz/amr.yaml', 'food-risk-monitoring', 'food-risk'),
  },
  'dangling-reference': {
    files: {
      'zj/amr.yaml': CITY_AMR,
      'zj/rz/amr.yaml': yaml`
        kind: department
        id: zj.rz.amr
        name: 润州区市场监督管理局
        jurisdiction: zj.rz
        counterparts: [zj.amr, zj.quality-supervision]
        duties:
          - id: sampling
            title: 负责全区食品安全监督抽检
            mandate: [zj.amr/food-sampling, zj.amr/food-safety]
          - id: risk
            title: 配合开展全区食品安全风险监测
            role: support
            lead: zj.rz.cdc
      `,
      'zj/rz/divisions.yaml': yaml`
        kind: division
        id: rz-food
        jurisdiction: zj.rz
        subject: 食品安全监督抽检
        parties:
          - department: zj.rz.amr
            duties: [sampling, testing]
          - department: zj.rz.market-office
      `,
    },
    otherIdentity: renameDuty('zj/rz/amr.yaml', 'sampling', 'food-sampling'),
  },
  overlap: {
    files: { 'zj/rz/amr.yaml': DISTRICT_AMR.replace('counterparts: [zj.amr]\n', '').replace('      mandate: [zj.amr/food-sampling]\n', ''), 'zj/rz/health.yaml': HEALTH },
    otherIdentity: renameDuty('zj/rz/health.yaml', 'food-risk-monitoring', 'food-risk'),
  },
  'multiple-leads': {
    files: { 'zj/rz/emergency.yaml': EMERGENCY, 'zj/rz/housing.yaml': HOUSING },
    otherIdentity: renameDuty('zj/rz/housing.yaml', 'work-safety', 'construction-safety'),
  },
  'orphan-duty': {
    files: {
      'zj/rz/edu.yaml': yaml`
        kind: department
        id: zj.rz.edu
        name: 润州区教育局
        jurisdiction: zj.rz
        duties:
          - id: garbage-sorting
            title: 配合做好全区生活垃圾分类工作，推动垃圾分类知识进校园
            role: support
          - id: lab
            title: 负责区教育装备中心运行
            status: transferred
      `,
      'zj/rz/cgj.yaml': yaml`
        kind: department
        id: zj.rz.cgj
        name: 润州区城市管理局
        jurisdiction: zj.rz
        duties:
          - id: street-vendors
            title: 负责全区占道经营和流动摊贩的规范管理
      `,
    },
    otherIdentity: renameDuty('zj/rz/edu.yaml', 'garbage-sorting', 'garbage'),
  },
  'mandate-gap': {
    files: { 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': DISTRICT_AMR },
    otherIdentity: renameDuty('zj/amr.yaml', 'edible-farm-product-market', 'farm-market'),
  },
  'unfounded-duty': {
    files: {
      'zj/amr.yaml': CITY_AMR,
      'zj/rz/amr.yaml': `${DISTRICT_AMR}  - id: fishing\n    title: 负责全区垂钓场所经营许可\n`,
    },
    otherIdentity: renameDuty('zj/rz/amr.yaml', 'fishing', 'fishing-licence'),
  },
  'misplaced-duty': {
    files: {
      'zj/amr.yaml': CITY_AMR,
      'zj/health.yaml': yaml`
        kind: department
        id: zj.health
        name: 镇江市卫生健康委员会
        jurisdiction: zj
        duties:
          - id: food-risk
            title: 负责全市食品安全风险监测和评估
      `,
      'zj/rz/amr.yaml': DISTRICT_AMR.replace('mandate: [zj.amr/food-sampling]', 'mandate: [zj.amr/food-sampling, zj.health/food-risk]'),
    },
    otherIdentity: renameDuty('zj/rz/amr.yaml', 'food-risk-monitoring', 'food-risk'),
  },
  'unfunded-duty': {
    files: { 'zj/rz/health.yaml': HEALTH },
    rules: { 'unfunded-duty': 'warn' },
    otherIdentity: renameDuty('zj/rz/health.yaml', 'disease-control', 'disease'),
  },
  'unused-ignore': {
    files: {
      'zj/amr.yaml': CITY_AMR,
      'zj/rz/amr.yaml': withFields(DISTRICT_AMR.replace('duties:', 'ignore:\n  - rule: overlap\n    reason: 无\nduties:'),
        'special-equipment', 'ignore: [{rule: unfounded-duty, reason: 区委常委会决定}, {rule: overlaps, reason: 无}]'),
    },
    otherIdentity: renameDuty('zj/rz/amr.yaml', 'special-equipment', 'equipment'),
  },
  'self-contradiction': {
    files: {
      'zj/amr.yaml': CITY_AMR.replace('jurisdiction: zj\n', 'jurisdiction: zj\ncounterparts: [zj.rz.amr]\n'),
      'zj/rz/health.yaml': HEALTH,
      'zj/rz/amr.yaml': yaml`
        kind: department
        id: zj.rz.amr
        name: 润州区市场监督管理局
        jurisdiction: zj.rz
        counterparts: [zj.amr, zj.rz.amr]
        duties:
          - id: sampling
            title: 负责全区食品安全监督抽检
            mandate: [zj.rz.amr/sampling]
          - id: risk
            title: 配合开展全区食品安全风险监测
            role: support
            lead: zj.rz.amr
          - id: testing
            title: 负责全区食品检验检测
            lead: zj.rz.health
          - id: lab
            title: 负责区食品检验检测中心运行
            status: cancelled
            transferred_to: zj.rz.health
      `,
    },
    otherIdentity: renameDuty('zj/rz/amr.yaml', 'sampling', 'food-sampling'),
  },
};

/** An inert duty (boilerplate, with a budget and a basis) first in every `duties:` list. */
function insertDutyAbove(text: string): string {
  return text.replace('\nduties:\n', '\nduties:\n  - id: inserted-above\n    title: 完成上级交办的其他任务\n    basis: [机构职能规定]\n    budget: [2024-201-01]\n');
}

const moveLines = (text: string) => `# moved\n\n# by comments and blank lines\n\n${text}`;
const each = (files: Record<string, string>, edit: (text: string) => string) =>
  Object.fromEntries(Object.entries(files).map(([path, text]) => [path, edit(text)]));
const renamed = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([path, text]) => [`moved/${path.replaceAll('/', '-')}`, text]));

async function findingsOf(rule: string, c: Case, files: Record<string, string>, lang: Lang = 'en') {
  const result = await lint({ texts: files, lang, ...(c.rules ? { rules: c.rules } : {}) });
  return result.findings.filter((f) => f.rule === rule);
}

async function fingerprints(rule: string, c: Case, files: Record<string, string>, lang: Lang = 'en'): Promise<string[]> {
  return (await findingsOf(rule, c, files, lang)).map((f) => f.fingerprint).sort();
}

describe('fingerprints', () => {
  it('have a case for every rule: a new rule needs one', () => {
    expect(Object.keys(CASES).sort()).toEqual([...RULE_IDS].sort());
  });

  describe.each(Object.entries(CASES))('of %s', (rule, c) => {
    it('stay when lines move, a duty is inserted above, the message is in another language, and the files are renamed', async () => {
      const base = await findingsOf(rule, c, c.files);
      expect(base.length).toBeGreaterThan(0);
      const prints = base.map((f) => f.fingerprint).sort();
      // The fingerprints of one run are distinct: each names one finding.
      expect(new Set(prints).size).toBe(prints.length);

      const moved = await findingsOf(rule, c, each(c.files, moveLines));
      expect(moved.map((f) => f.fingerprint).sort()).toEqual(prints);
      expect(moved.map((f) => f.line)).not.toEqual(base.map((f) => f.line));

      const inserted = each(c.files, insertDutyAbove);
      expect(inserted).not.toEqual(c.files);
      expect(await fingerprints(rule, c, inserted)).toEqual(prints);

      const zh = await findingsOf(rule, c, c.files, 'zh');
      expect(zh.map((f) => f.message)).not.toEqual(base.map((f) => f.message));
      expect(zh.map((f) => f.fingerprint).sort()).toEqual(prints);

      if (c.renameKeeps === false) expect(await fingerprints(rule, c, renamed(c.files))).not.toEqual(prints);
      else expect(await fingerprints(rule, c, renamed(c.files))).toEqual(prints);
    });

    it('change with the identity of the finding', async () => {
      const base = await fingerprints(rule, c, c.files);
      expect(await fingerprints(rule, c, c.otherIdentity(c.files))).not.toEqual(base);
    });
  });

  it('of a schema error in a document without an id are known by its file', async () => {
    const c: Case = {
      files: { 'zj/rz/draft.yaml': 'kind: department\nname: 润州区某局\njurisdiction: zj.rz\nduties:\n  - id: a\n    title: 负责全区某项工作\n    role: owner\n' },
      otherIdentity: (files) => files,
    };
    const base = await fingerprints('schema', c, c.files);
    expect(base).toHaveLength(2);
    expect(await fingerprints('schema', c, each(c.files, moveLines))).toEqual(base);
    expect(await fingerprints('schema', c, each(c.files, insertDutyAbove))).toEqual(base);
    expect(await fingerprints('schema', c, c.files, 'zh')).toEqual(base);
    expect(await fingerprints('schema', c, renamed(c.files))).not.toEqual(base);
  });
});
