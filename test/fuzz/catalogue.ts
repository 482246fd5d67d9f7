import fc from 'fast-check';
import { stringify } from 'yaml';

/**
 * Random valid catalogues for the property tests: one to three governments (a city, its
 * districts, a district's street), each with departments whose duties are written in
 * Chinese (simplified or traditional), English or any text; counterparts in the government
 * above, explicit mandates, supports with their leads, transfers, ignore entries and
 * divisions. Valid: every document passes the schemas, every reference resolves.
 */

/** A YAML document as the format writes it. */
export type Doc = Record<string, unknown>;

/** A catalogue: documents by file name. */
export type Catalogue = Record<string, Doc[]>;

const SLUGS = ['amr', 'health', 'edu', 'env', 'water', 'agri', 'finance', 'emergency'] as const;
const DEPARTMENTS: Record<(typeof SLUGS)[number], [string, string]> = {
  amr: ['市场监督管理局', 'Market Regulation Bureau'],
  health: ['卫生健康委员会', 'Health Commission'],
  edu: ['教育局', 'Education Bureau'],
  env: ['生态环境局', 'Ecology and Environment Bureau'],
  water: ['水利局', 'Water Resources Bureau'],
  agri: ['农业农村局', 'Agriculture and Rural Affairs Bureau'],
  finance: ['财政局', 'Finance Bureau'],
  emergency: ['应急管理局', 'Emergency Management Bureau'],
};
const GOVERNMENTS = [
  { id: 'zj', zh: '镇江市', en: 'Zhenjiang', scope: '全市' },
  { id: 'hx', zh: '和县市', en: 'Hexian', scope: '全市' },
  { id: 'leeds', zh: '利兹市', en: 'Leeds', scope: '全市' },
];
const BELOW = [
  { id: 'rz', zh: '润州区', en: 'Runzhou', scope: '全区' },
  { id: 'jk', zh: '京口区', en: 'Jingkou', scope: '全区' },
  { id: 'ls', zh: '林山区', en: 'Linshan', scope: '全区' },
  { id: 'qx', zh: '七星街道', en: 'Qixing', scope: '全街道' },
];
const DUTY_IDS = ['food-sampling', 'sand-mining', 'soil', 'flood-control', 'campus-safety', 'ride-hailing', 'straw-burning',
  'air-pollution', 'disease-control', 'work-safety', 'forest-grassland', 'medical-insurance-fund', 'labour-inspection', 'drainage'];
const ZH_SUBJECTS = ['食品安全监督抽检', '河道采砂的统一监督管理', '水土保持工作', '水旱灾害防御', '中小学幼儿园校园安全管理',
  '网约车经营许可', '秸秆禁烧的监督检查', '大气污染防治', '传染病防治和免疫规划', '安全生产综合监督管理', '林草资源保护',
  '医保基金监管', '劳动保障监察', '城市排水防涝', '食品安全风险监测'];
const TRADITIONAL = ['負責本市食品衛生安全管理、稽查及檢驗', '負責本市傳染病防治與預防接種業務', '負責全區河道採砂監督管理'];
const ZH_VERBS = ['负责', '承担', '组织', '指导', '配合做好', '协调推进', '牵头'];
const ZH_TAILS = ['', '工作', '，组织编制相关规划', '，依法查处违法行为', '（以下简称“三防”）', '，按规定报送相关情况'];
const EN_SUBJECTS = ['food safety sampling', 'river sand mining supervision', 'school safety', 'flood control',
  'air pollution prevention', 'ride-hailing licences', 'public health emergencies', 'work safety inspections', 'SNAP benefits'];
const EN_VERBS = ['Responsible for', 'Leads', 'Supports', 'Coordinates', 'Oversees'];

type Gen = fc.GeneratorValue;

const pick = <T>(g: Gen, items: readonly T[]): T => items[g(fc.nat, { max: items.length - 1 })]!;
const chance = (g: Gen, p: number) => g(fc.double, { min: 0, max: 1, noNaN: true }) < p;

function someOf<T>(g: Gen, items: readonly T[], max: number, min = 0): T[] {
  if (items.length === 0 || max === 0) return [];
  const picked = g(() => fc.uniqueArray(fc.nat({ max: items.length - 1 }), { minLength: min, maxLength: Math.min(max, items.length) }));
  return picked.map((i) => items[i]!);
}

/** Text that the schema accepts: some non-blank character, any script. */
const anyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => /\S/.test(s));

function title(g: Gen, style: 'zh' | 'en' | 'mixed', scope: string): string {
  const lang = style === 'mixed' ? pick(g, ['zh', 'en', 'tc', 'any'] as const) : style;
  switch (lang) {
    case 'zh': return `${pick(g, ZH_VERBS)}${scope}${pick(g, ZH_SUBJECTS)}${pick(g, ZH_TAILS)}`;
    case 'tc': return pick(g, TRADITIONAL);
    case 'any': return g(() => anyText);
    default: return `${pick(g, EN_VERBS)} ${pick(g, EN_SUBJECTS)}${chance(g, 0.3) ? ' across the district' : ''}`;
  }
}

interface Gov { id: string; name: { zh: string; en: string }; scope: string; parent?: Gov; depts: Doc[] }

/** A valid catalogue of one to three governments. */
export const catalogue: fc.Arbitrary<Catalogue> = fc.gen().map((g) => {
  // An English catalogue holds no Chinese at all: it never loads the Chinese dictionary, and runs fast.
  const style = pick(g, ['zh', 'en', 'mixed'] as const);
  const en = style === 'en';
  const root = pick(g, GOVERNMENTS);
  const govs: Gov[] = [{ id: root.id, name: { zh: root.zh, en: root.en }, scope: root.scope, depts: [] }];
  const count = g(fc.integer, { min: 1, max: 3 });
  const below = someOf(g, BELOW, count - 1);
  for (const b of below) {
    const parent = pick(g, govs);
    govs.push({ id: `${parent.id}.${b.id}`, name: { zh: b.zh, en: b.en }, scope: b.scope, parent, depts: [] });
  }
  const files: Catalogue = {};
  const add = (file: string, doc: Doc) => (files[file] ??= []).push(doc);
  for (const gov of govs) {
    // The city has a department at least: a catalogue has a file.
    for (const slug of someOf(g, SLUGS, 4, gov === govs[0] ? 1 : 0)) {
      const [zh, english] = DEPARTMENTS[slug];
      const dept: Doc = {
        kind: 'department', id: `${gov.id}.${slug}`,
        name: en ? `${gov.name.en} ${english}` : `${gov.name.zh}${zh}`,
        jurisdiction: gov.id,
      };
      if (chance(g, 0.3)) dept.level = gov.parent ? 'district' : 'municipal';
      const above = gov.parent?.depts ?? [];
      const counterparts = above.filter((d) => d.id === `${gov.parent!.id}.${slug}` || chance(g, 0.15)).map((d) => d.id as string);
      if (counterparts.length > 0) dept.counterparts = counterparts;
      const upperDuties = above.filter((d) => counterparts.includes(d.id as string) || chance(g, 0.1))
        .flatMap((d) => (d.duties as Doc[]).map((duty) => `${d.id as string}/${duty.id as string}`));
      dept.duties = someOf(g, DUTY_IDS, 5).map((id) => {
        const duty: Doc = { id, title: title(g, style, gov.scope) };
        if (chance(g, 0.2)) duty.detail = title(g, style, gov.scope);
        const mandate = someOf(g, upperDuties, chance(g, 0.4) ? 2 : 0);
        if (mandate.length > 0) duty.mandate = mandate;
        if (chance(g, 0.15)) duty.basis = [en ? 'Food Safety Act 1990, s.6' : '中华人民共和国食品安全法 第六条'];
        if (chance(g, 0.1)) duty.cascade = false;
        if (chance(g, 0.1)) duty.budget = ['2024-213-05'];
        if (chance(g, 0.1)) duty.tags = [en ? 'food safety' : '食品安全'];
        if (chance(g, 0.1)) {
          duty.ignore = [{ rule: pick(g, ['overlap', 'unfounded-duty', 'mandate-gap', 'no-such-rule']), reason: en ? 'Settled by the 2021 meeting' : '会议纪要明确分工' }];
        }
        return duty;
      });
      gov.depts.push(dept);
    }
    // Roles, leads and transfers name the government's other departments, now that all exist.
    for (const dept of gov.depts) {
      const others = gov.depts.filter((d) => d !== dept);
      for (const duty of dept.duties as Doc[]) {
        const role = pick(g, [undefined, undefined, 'main', 'lead', 'support'] as const);
        if (role) duty.role = role;
        if (role === 'support' && others.length > 0 && chance(g, 0.7)) {
          const lead = pick(g, others);
          const leadDuties = lead.duties as Doc[];
          duty.lead = leadDuties.length > 0 && chance(g, 0.5) ? `${lead.id as string}/${pick(g, leadDuties).id as string}` : lead.id;
        }
        const status = pick(g, [undefined, undefined, undefined, 'active', 'cancelled', 'delegated', 'transferred'] as const);
        if (status) duty.status = status;
        if (status === 'transferred' && others.length > 0 && chance(g, 0.8)) duty.transferred_to = pick(g, others).id;
      }
      add(`${gov.id.replace(/\./g, '/')}/${(dept.id as string).slice(gov.id.length + 1)}.yaml`, dept);
    }
    if (gov.depts.length >= 2 && chance(g, 0.4)) {
      const parties = someOf(g, gov.depts, 3);
      if (parties.length >= 2) {
        add(`${gov.id.replace(/\./g, '/')}/divisions.yaml`, {
          kind: 'division', id: `${gov.id}-division-${g(fc.nat, { max: 99 })}`, jurisdiction: gov.id,
          subject: en ? pick(g, EN_SUBJECTS) : pick(g, ZH_SUBJECTS),
          parties: parties.map((d) => {
            const duties = someOf(g, (d.duties as Doc[]).map((x) => x.id as string), 2);
            return { department: d.id, scope: en ? 'as agreed' : '按职责分工', ...(duties.length > 0 ? { duties } : {}) };
          }),
        });
      }
    }
  }
  return files;
});

/** A file's documents as YAML text, `---` between them. */
export function serialize(docs: readonly unknown[]): string {
  return docs.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
}

/** The catalogue's files as YAML texts. */
export function texts(cat: Catalogue): Record<string, string> {
  return Object.fromEntries(Object.entries(cat).map(([file, docs]) => [file, serialize(docs)]));
}
