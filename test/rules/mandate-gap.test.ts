import { describe, expect, it } from 'vitest';
import { appendDuty, expectChinese, findingsOf, lintCatalogue, mentioning, withFields, yaml } from './helpers.js';

/**
 * mandate-gap (warn): a cascading higher-level duty that no department of a lower
 * jurisdiction implementing that counterpart covers (缺位), by explicit mandate or by text.
 * The finding stands on the lower department; its duty is the uncovered higher-level one.
 */

const CITY_AMR = yaml`
  kind: department
  id: zj.amr
  name: 镇江市市场监督管理局
  jurisdiction: zj
  level: municipal
  duties:
    - id: food-sampling
      title: 负责全市食品安全监督抽检，发布抽检信息并督促核查处置不合格食品
    - id: special-equipment
      title: 负责全市特种设备安全监察，组织开展锅炉、压力容器、电梯、起重机械等特种设备事故调查
    - id: edible-farm-product-market
      title: 负责食用农产品进入批发、零售市场或者生产加工企业后的质量安全监督管理
`;

// Covers food-sampling explicitly and special-equipment by a paraphrase, but not edible-farm-product-market.
const DISTRICT_AMR = yaml`
  # 润州区市场监督管理局职能配置、内设机构和人员编制规定
  kind: department
  id: zj.rz.amr
  name: 润州区市场监督管理局
  jurisdiction: zj.rz
  level: district
  counterparts: [zj.amr]
  duties:
    - id: sampling
      title: 负责全区食品安全监督抽检和不合格食品核查处置
      mandate: [zj.amr/food-sampling]
    - id: special-equipment
      title: 负责全区特种设备安全监察，组织开展电梯、锅炉、压力容器等特种设备安全检查
    - id: e-bike-quality
      title: 负责全区电动自行车销售环节产品质量监督检查
      basis: [江苏省电动自行车管理条例 第十二条]
`;

describe('mandate-gap', () => {
  it('fires on the district department for the one city duty it covers neither explicitly nor by text', async () => {
    const result = await lintCatalogue({ 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': DISTRICT_AMR });
    const found = findingsOf(result, 'mandate-gap');
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'mandate-gap',
        severity: 'warn',
        // The department's `kind:` line, below the leading comment.
        file: 'zj/rz/amr.yaml',
        line: 2,
        column: 1,
        pointer: '',
        department: 'zj.rz.amr',
        duty: 'zj.amr/edible-farm-product-market',
        related: [{
          department: 'zj.amr', duty: 'zj.amr/edible-farm-product-market', file: 'zj/amr.yaml', line: 11, column: 5,
        }],
      }),
    ]);
    expect(found[0]!.message).toEqual(mentioning(
      '负责食用农产品进入批发、零售市场或者生产加工企业后的质量安全监督管理', '镇江市市场监督管理局',
      'zj.amr/edible-farm-product-market', '润州区市场监督管理局', 'zj.rz',
    ));
  });

  it('renders its message in Chinese with lang zh', async () => {
    const result = await lintCatalogue({ 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': DISTRICT_AMR }, { lang: 'zh' });
    expectChinese(findingsOf(result, 'mandate-gap')[0]!.message,
      '负责食用农产品进入批发、零售市场或者生产加工企业后的质量安全监督管理', '镇江市市场监督管理局',
      'zj.amr/edible-farm-product-market', '润州区市场监督管理局', 'zj.rz');
  });

  it('is quiet once the district covers the duty by an explicit mandate', async () => {
    const district = appendDuty(DISTRICT_AMR,
      'id: edible-farm-product-market',
      'title: 负责全区农贸市场快检',
      'mandate: [zj.amr/edible-farm-product-market]');
    const result = await lintCatalogue({ 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': district });
    expect(result.findings).toEqual([]);
  });

  it('is quiet once the district covers the duty by a paraphrase', async () => {
    const district = appendDuty(DISTRICT_AMR,
      'id: edible-farm-product-market',
      'title: 负责全区食用农产品进入批发、零售市场后的质量安全监督管理');
    const result = await lintCatalogue({ 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': district });
    expect(findingsOf(result, 'mandate-gap')).toEqual([]);
  });

  it('counts a support duty as coverage', async () => {
    const district = appendDuty(DISTRICT_AMR,
      'id: edible-farm-product-market',
      'title: 配合做好全区食用农产品进入批发、零售市场后的质量安全监督管理',
      'role: support');
    const result = await lintCatalogue({ 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': district });
    expect(findingsOf(result, 'mandate-gap')).toEqual([]);
  });

  it('counts a district duty delegated further down (下放) as coverage, and not a cancelled one', async () => {
    const covering = (status: string) => appendDuty(DISTRICT_AMR,
      'id: edible-farm-product-market',
      'title: 负责全区食用农产品进入批发、零售市场后的质量安全监督管理',
      'mandate: [zj.amr/edible-farm-product-market]',
      `status: ${status}`);
    const gaps = async (status: string) =>
      findingsOf(await lintCatalogue({ 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': covering(status) }), 'mandate-gap');
    expect(await gaps('delegated')).toEqual([]);
    expect(await gaps('cancelled')).toEqual([expect.objectContaining({ duty: 'zj.amr/edible-farm-product-market' })]);
  });

  describe('does not expect', () => {
    it('a city duty with cascade: false', async () => {
      const city = withFields(CITY_AMR, 'edible-farm-product-market', 'cascade: false');
      const result = await lintCatalogue({ 'zj/amr.yaml': city, 'zj/rz/amr.yaml': DISTRICT_AMR });
      expect(findingsOf(result, 'mandate-gap')).toEqual([]);
    });

    it.each([
      ['cancelled', ['status: cancelled']],
      ['transferred', ['status: transferred', 'transferred_to: zj.agri']],
    ])('a %s city duty', async (_status, fields) => {
      const city = withFields(CITY_AMR, 'edible-farm-product-market', ...fields);
      const result = await lintCatalogue({ 'zj/amr.yaml': city, 'zj/rz/amr.yaml': DISTRICT_AMR });
      expect(findingsOf(result, 'mandate-gap')).toEqual([]);
    });

    it('anything of a jurisdiction with no department implementing the counterpart', async () => {
      const result = await lintCatalogue({
        'zj/amr.yaml': CITY_AMR,
        'zj/dt/edu.yaml': yaml`
          kind: department
          id: zj.dt.edu
          name: 丹徒区教育局
          jurisdiction: zj.dt
          counterparts: [zj.edu]
          duties:
            - id: off-campus-training
              title: 负责全区校外培训机构日常监管
              basis: [民办教育促进法]
        `,
        'zj/dt/amr.yaml': yaml`
          kind: department
          id: zj.dt.amr
          name: 丹徒区市场监督管理局
          jurisdiction: zj.dt
          duties: []
        `,
      });
      expect(findingsOf(result, 'mandate-gap')).toEqual([]);
    });

    it('anything of a counterpart in the same jurisdiction', async () => {
      const result = await lintCatalogue({
        'zj/amr.yaml': CITY_AMR,
        'zj/agri.yaml': yaml`
          kind: department
          id: zj.agri
          name: 镇江市农业农村局
          jurisdiction: zj
          counterparts: [zj.amr]
          duties: []
        `,
      });
      expect(findingsOf(result, 'mandate-gap')).toEqual([]);
    });
  });

  it('expects a delegated city duty (下放) below', async () => {
    const city = withFields(CITY_AMR, 'edible-farm-product-market', 'status: delegated');
    const result = await lintCatalogue({ 'zj/amr.yaml': city, 'zj/rz/amr.yaml': DISTRICT_AMR });
    expect(findingsOf(result, 'mandate-gap')).toEqual([expect.objectContaining({ duty: 'zj.amr/edible-farm-product-market' })]);
  });

  it('judges each lower jurisdiction on its own', async () => {
    // 丹徒区 has the same duties as 润州区, plus one that covers edible-farm-product-market.
    const dantu = DISTRICT_AMR.replace('id: zj.rz.amr', 'id: zj.dt.amr').replace('jurisdiction: zj.rz', 'jurisdiction: zj.dt')
      .replace('name: 润州区市场监督管理局', 'name: 丹徒区市场监督管理局');
    const dantuCovering = appendDuty(dantu,
      'id: farm-market',
      'title: 负责全区农贸市场食用农产品质量安全监管',
      'mandate: [zj.amr/edible-farm-product-market]');
    const result = await lintCatalogue({ 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': DISTRICT_AMR, 'zj/dt/amr.yaml': dantuCovering });
    expect(findingsOf(result, 'mandate-gap')).toEqual([
      expect.objectContaining({ department: 'zj.rz.amr', duty: 'zj.amr/edible-farm-product-market' }),
    ]);
  });

  it('lets any implementing department of the jurisdiction cover the duty', async () => {
    const agri = yaml`
      kind: department
      id: zj.rz.agri
      name: 润州区农业农村局
      jurisdiction: zj.rz
      counterparts: [zj.amr]
      duties:
        - id: farm-market
          title: 负责全区农贸市场快检
          mandate: [zj.amr/edible-farm-product-market]
    `;
    const result = await lintCatalogue({ 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': DISTRICT_AMR, 'zj/rz/agri.yaml': agri });
    expect(findingsOf(result, 'mandate-gap')).toEqual([]);
  });

  it('stands on the first implementing department and lists the others when none covers the duty', async () => {
    const agri = yaml`
      kind: department
      id: zj.rz.agri
      name: 润州区农业农村局
      jurisdiction: zj.rz
      counterparts: [zj.amr]
      duties:
        - id: homestead
          title: 负责全区农村宅基地改革和管理
          basis: [中华人民共和国土地管理法 第六十二条]
    `;
    const result = await lintCatalogue({ 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': DISTRICT_AMR, 'zj/rz/agri.yaml': agri });
    const found = findingsOf(result, 'mandate-gap');
    expect(found).toEqual([
      expect.objectContaining({
        file: 'zj/rz/agri.yaml', line: 1, column: 1,
        department: 'zj.rz.agri',
        duty: 'zj.amr/edible-farm-product-market',
        related: [
          expect.objectContaining({ duty: 'zj.amr/edible-farm-product-market' }),
          { department: 'zj.rz.amr', file: 'zj/rz/amr.yaml', line: 2, column: 1 },
        ],
      }),
    ]);
    expect(found[0]!.message).toEqual(mentioning('润州区农业农村局', '润州区市场监督管理局'));
  });

  it('does not count a duty of a department that does not implement the counterpart (错位 above is 缺位 below)', async () => {
    const result = await lintCatalogue({
      'zj/amr.yaml': CITY_AMR,
      'zj/rz/amr.yaml': DISTRICT_AMR,
      'zj/rz/agri.yaml': yaml`
        kind: department
        id: zj.rz.agri
        name: 润州区农业农村局
        jurisdiction: zj.rz
        counterparts: [zj.agri]
        duties:
          - id: farm-market
            title: 负责全区食用农产品进入批发、零售市场后的质量安全监督管理
            mandate: [zj.amr/edible-farm-product-market]
      `,
    });
    expect(findingsOf(result, 'mandate-gap')).toEqual([
      expect.objectContaining({ department: 'zj.rz.amr', duty: 'zj.amr/edible-farm-product-market' }),
    ]);
  });
});
