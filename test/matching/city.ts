import type { Duty, Finding, LintResult } from '../../src/index.js';

/**
 * A small 三定-style catalogue for the matching class tests: the city of 安澜市 (jurisdiction
 * `al`) with nine departments, and, where a test needs one, the county of 溪宁县 (`al.xn`)
 * whose departments take the city's as their counterparts. Each test adds or replaces the
 * few duties it is about; the rest is the background a government's weights are worked out
 * from (which words many departments use, which lines every department carries).
 */

/** One duty: id, title, and optionally detail and further YAML fields (`role: support`). */
export interface DutySpec {
  id: string;
  title: string;
  detail?: string;
  fields?: string[];
}

export interface DeptSpec {
  id: string;
  name: string;
  jurisdiction: string;
  level?: string;
  counterparts?: string[];
  duties: DutySpec[];
}

/** A duty of a title, and optionally a detail. */
export const d = (id: string, title: string, detail?: string): DutySpec => (detail ? { id, title, detail } : { id, title });

/** A department of the city (`al.<id>`), ending with the boilerplate line the others carry. */
export function cityDepartment(id: string, name: string, duties: DutySpec[]): DeptSpec {
  return { id: `al.${id}`, name, jurisdiction: 'al', level: 'municipal', duties: [...duties, d('other', '完成市委、市政府交办的其他任务')] };
}

/** A department of the county (`al.xn.<id>`), whose counterpart is the city's `al.<id>`. */
export function countyDepartment(id: string, name: string, duties: DutySpec[]): DeptSpec {
  return {
    id: `al.xn.${id}`, name, jurisdiction: 'al.xn', level: 'county', counterparts: [`al.${id}`],
    duties: [...duties, d('other', '完成县委、县政府交办的其他任务')],
  };
}

/** The city's departments, each ending with the line every 三定 carries, reworded. */
export function cityDepartments(): DeptSpec[] {
  const city = (id: string, name: string, duties: DutySpec[]): DeptSpec => ({ id: `al.${id}`, name, jurisdiction: 'al', level: 'municipal', duties });
  return [
    city('emergency', '安澜市应急管理局', [
      d('hazchem', '负责全市危险化学品安全生产监督管理，依法监督检查危险化学品生产、储存、经营单位执行安全生产法律法规的情况'),
      d('plans', '组织编制全市总体应急预案和安全生产类、自然灾害类专项预案，组织开展预案演练'),
      d('relief', '负责全市自然灾害救助工作，统一调度救灾款物'),
      d('industry-safety', '负责全市非煤矿山、冶金、建材等工贸行业安全生产监督管理'),
      d('other', '完成市委、市政府交办的其他任务'),
    ]),
    city('amr', '安澜市市场监督管理局', [
      d('food-safety', '负责全市食品安全监督管理，建立覆盖食品生产、流通、消费全过程的监督检查制度'),
      d('special-equipment', '负责全市特种设备安全监督管理，组织开展锅炉、压力容器、电梯、起重机械安全监察'),
      d('price', '负责全市价格监督检查和反不正当竞争执法，查处价格违法行为'),
      d('registration', '负责全市市场主体登记注册和营业执照核发'),
      d('standards', '负责全市计量、标准化和认证认可工作'),
      d('other', '承办市委、市政府交办的其他事项'),
    ]),
    city('transport', '安澜市交通运输局', [
      d('taxi', '负责全市出租汽车行业管理，规范巡游出租汽车经营服务'),
      d('road-transport', '负责全市道路运输市场监管，指导道路客货运输和机动车维修行业管理'),
      d('highways', '负责全市普通公路建设、养护和路政管理'),
      d('waterway', '负责全市港口、航道和水路运输行业管理'),
      d('other', '完成市委、市政府交办的其他任务'),
    ]),
    city('health', '安澜市卫生健康委员会', [
      d('disease', '负责全市疾病预防控制工作，组织实施传染病防治和免疫规划'),
      d('medical-quality', '负责全市医疗机构医疗质量管理，制定医疗服务质量控制评价办法'),
      d('elderly', '负责全市老龄工作，推进医养结合'),
      d('maternal', '负责全市妇幼健康服务管理'),
      d('occupational', '负责全市职业卫生监督管理，组织开展职业病防治'),
      d('other', '完成市委市政府交办的其他工作任务'),
    ]),
    city('healthsec', '安澜市医疗保障局', [
      d('insurance', '负责全市城乡居民基本医疗保险和生育保险管理'),
      d('price', '负责全市医疗服务价格管理，组织药品和医用耗材集中招标采购'),
      d('fund', '负责全市医疗保障基金监督管理，打击欺诈骗保行为'),
      d('assistance', '负责全市医疗救助工作'),
      d('other', '承办市委、市政府交办的其他事项'),
    ]),
    city('forestry', '安澜市林业和草原局', [
      d('resources', '负责全市森林资源保护发展监督管理，组织开展森林资源调查监测'),
      d('fire', '负责全市森林火灾预防工作，指导开展防火巡护和火源管理'),
      d('wildlife', '负责全市陆生野生动植物资源监督管理'),
      d('pests', '负责全市林业有害生物防治检疫工作'),
      d('other', '完成市委、市政府交办的其他任务'),
    ]),
    city('agri', '安澜市农业农村局', [
      d('farm-quality', '负责全市农产品质量安全监督管理，组织开展农产品质量安全风险监测'),
      d('inputs', '负责全市种子、农药、肥料等农业投入品监督管理'),
      d('animal', '负责全市动物疫病防控和畜禽屠宰行业管理'),
      d('rural', '负责全市农村人居环境整治'),
      d('other', '完成市委、市政府交办的其他任务'),
    ]),
    city('water', '安澜市水利局', [
      d('drought', '承担全市水旱灾害防御工作，组织编制洪水干旱防治规划'),
      d('resources', '负责全市水资源管理，组织实施取水许可和水资源有偿使用制度'),
      d('projects', '负责全市水利工程建设与运行管理'),
      d('soil', '负责全市水土保持工作'),
      d('other', '完成市委、市政府交办的其他任务'),
    ]),
    city('hrss', '安澜市人力资源和社会保障局', [
      d('employment', '负责全市就业创业工作，拟订就业援助政策'),
      d('skills', '负责全市职业技能培训和职业技能等级认定'),
      d('pension', '负责全市养老保险和工伤保险管理'),
      d('arbitration', '负责全市劳动人事争议调解仲裁和劳动保障监察'),
      d('other', '承办市委、市政府交办的其他事项'),
    ]),
  ];
}

/** The county's departments, each with its city counterpart, paraphrasing the city's duties. */
export function countyDepartments(): DeptSpec[] {
  const county = (id: string, name: string, duties: DutySpec[]): DeptSpec => ({
    id: `al.xn.${id}`, name, jurisdiction: 'al.xn', level: 'county', counterparts: [`al.${id}`], duties,
  });
  return [
    county('emergency', '溪宁县应急管理局', [
      d('hazchem', '负责全县危险化学品安全生产监督管理'),
      d('plans', '组织编制全县应急预案，组织开展预案演练'),
      d('relief', '负责全县自然灾害救助工作'),
      d('other', '完成县委、县政府交办的其他任务'),
    ]),
    county('amr', '溪宁县市场监督管理局', [
      d('food-safety', '负责全县食品安全监督管理'),
      d('special-equipment', '负责全县特种设备安全监察'),
      d('price', '负责全县价格监督检查和反不正当竞争执法'),
      d('other', '承办县委、县政府交办的其他事项'),
    ]),
    county('transport', '溪宁县交通运输局', [
      d('road-transport', '负责全县道路运输市场监管'),
      d('highways', '负责全县农村公路建设、养护和路政管理'),
      d('other', '完成县委、县政府交办的其他任务'),
    ]),
    county('health', '溪宁县卫生健康局', [
      d('disease', '负责全县疾病预防控制工作，组织实施免疫规划'),
      d('maternal', '负责全县妇幼健康服务管理'),
      d('other', '完成县委县政府交办的其他工作任务'),
    ]),
    county('agri', '溪宁县农业农村局', [
      d('farm-quality', '负责全县农产品质量安全监督管理'),
      d('animal', '负责全县动物疫病防控'),
      d('other', '完成县委、县政府交办的其他任务'),
    ]),
  ];
}

/** Replaces (same id) or appends duties of one department. */
export function withDuties(depts: DeptSpec[], deptId: string, ...duties: DutySpec[]): DeptSpec[] {
  return depts.map((dept) => {
    if (dept.id !== deptId) return dept;
    const out = [...dept.duties];
    for (const duty of duties) {
      const at = out.findIndex((x) => x.id === duty.id);
      if (at >= 0) out[at] = duty;
      else out.push(duty);
    }
    return { ...dept, duties: out };
  });
}

/** Drops duties (by id) of one department. */
export function withoutDuties(depts: DeptSpec[], deptId: string, ...ids: string[]): DeptSpec[] {
  return depts.map((dept) => (dept.id === deptId ? { ...dept, duties: dept.duties.filter((x) => !ids.includes(x.id)) } : dept));
}

const quote = (s: string) => JSON.stringify(s);

/** One department as a YAML document. */
export function departmentYaml(dept: DeptSpec): string {
  const lines = ['kind: department', `id: ${dept.id}`, `name: ${dept.name}`, `jurisdiction: ${dept.jurisdiction}`];
  if (dept.level) lines.push(`level: ${dept.level}`);
  if (dept.counterparts) lines.push(`counterparts: [${dept.counterparts.join(', ')}]`);
  lines.push('duties:');
  for (const duty of dept.duties) {
    lines.push(`  - id: ${duty.id}`, `    title: ${quote(duty.title)}`);
    if (duty.detail) lines.push(`    detail: ${quote(duty.detail)}`);
    for (const f of duty.fields ?? []) lines.push(`    ${f}`);
  }
  return lines.join('\n') + '\n';
}

/** Files of a catalogue: one per department, under a folder per government. */
export function catalogue(depts: DeptSpec[], extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dept of depts) files[`${dept.jurisdiction.replace(/\./g, '/')}/${dept.id.split('.').at(-1)}.yaml`] = departmentYaml(dept);
  return { ...files, ...extra };
}

/** The overlap findings of a result, each as `duty ~ related duty`. */
export function overlaps(result: LintResult): string[] {
  return result.findings.filter((f) => f.rule === 'overlap').map((f) => `${f.duty} ~ ${f.related?.[0]?.duty}`);
}

/** The overlap finding between two duties, either way round. */
export function overlapOf(result: LintResult, x: string, y: string): Finding | undefined {
  return result.findings.find((f) => f.rule === 'overlap' &&
    ((f.duty === x && f.related?.[0]?.duty === y) || (f.duty === y && f.related?.[0]?.duty === x)));
}

/** A duty of a linted catalogue, by reference. */
export function dutyOf(result: LintResult, ref: string): Duty {
  const duty = result.graph.dutyByRef.get(ref);
  if (!duty) throw new Error(`no duty ${ref}`);
  return duty;
}

/** The weight of a term in the government of `ref`'s duty (0 for a term no duty uses). */
export function weightOf(result: LintResult, ref: string, term: string): number {
  const m = result.context.matcher;
  const id = m.termId(term);
  return id === undefined ? 0 : m.inGovernmentOf(dutyOf(result, ref), ({ w }) => w[id]!);
}
