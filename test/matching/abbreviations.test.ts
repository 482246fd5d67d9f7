import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/index.js';
import { findingsOf, lintCatalogue, yaml } from '../rules/helpers.js';
import {
  catalogue, cityDepartment, cityDepartments, countyDepartment, countyDepartments, d, dutyOf, overlapOf, withDuties,
} from './city.js';

/**
 * Class: abbreviations and synonyms. Lower levels and other departments abbreviate what one
 * department spells out (网约车 / 网络预约出租汽车, 林草 / 林业和草原, 医保 / 医疗保障, 安委办 /
 * 安全生产委员会办公室; WIOA / Workforce Innovation and Opportunity Act): both forms are one
 * concept, from the built-in tables (src/text/lexicon/abbreviations-zh.ts, -en.ts), from the
 * catalogue's own definitions (网络预约出租汽车（以下简称网约车）, "Long Form (ACR)":
 * src/text/lexicon/synonyms.ts definedAbbreviations) and from the config's `synonyms:`.
 */

/** The higher-level duties a duty implements, by reference. */
const mandates = (result: LintResult, ref: string) => result.context.mandatesOf(dutyOf(result, ref)).map((e) => e.duty.ref);

describe('Chinese abbreviations', () => {
  it.each([
    ['网约车 / 网络预约出租汽车', 'al.transport', d('ride-hailing', '负责全市网络预约出租汽车行业管理'), d('ride-hailing', '负责全市网约车行业管理')],
    ['林草 / 林业和草原', 'al.forestry', d('fire-prevention', '负责全市林业和草原防火工作'), d('fire-prevention', '指导全市林草防火')],
  ])('reports an overlap between a full form and its abbreviation (%s)', async (_forms, owner, full, short) => {
    const result = await lintCatalogue(catalogue([
      ...withDuties(cityDepartments(), owner, full),
      cityDepartment('enforcement', '安澜市城市管理综合行政执法局', [d('markets', '负责全市占道经营和流动摊贩管理'), short]),
    ]));
    const finding = overlapOf(result, `${owner}/${full.id}`, `al.enforcement/${short.id}`);
    expect(finding).toBeDefined();
    expect(finding!.score).toBeGreaterThanOrEqual(0.45);
  });

  describe('across levels', () => {
    // The county writes its city counterparts' duties in the short forms.
    async function lintLevels() {
      let city = cityDepartments();
      city = withDuties(city, 'al.emergency', d('safety-committee', '承担市安全生产委员会办公室日常工作，组织开展安全生产巡查考核'));
      city = withDuties(city, 'al.transport', d('ride-hailing', '负责全市网络预约出租汽车行业管理'));
      let xn = countyDepartments();
      xn = withDuties(xn, 'al.xn.emergency', d('safety-committee', '承担县安委办日常工作'));
      xn = withDuties(xn, 'al.xn.transport', d('ride-hailing', '负责全县网约车行业管理'));
      xn = [...xn, countyDepartment('healthsec', '溪宁县医疗保障局', [
        d('fund', '负责全县医保基金监督管理'),
        d('assistance', '负责全县医疗救助工作'),
      ])];
      return lintCatalogue(catalogue([...city, ...xn]));
    }

    it('finds the county\'s abbreviated duty implementing its city counterpart\'s spelled-out one', async () => {
      const result = await lintLevels();
      expect(mandates(result, 'al.xn.emergency/safety-committee')).toEqual(['al.emergency/safety-committee']);
      expect(mandates(result, 'al.xn.transport/ride-hailing')).toEqual(['al.transport/ride-hailing']);
      expect(mandates(result, 'al.xn.healthsec/fund')).toEqual(['al.healthsec/fund']);
    });

    it('reports neither an unfounded county duty nor a gap in the city duty', async () => {
      const result = await lintLevels();
      const refs = ['al.xn.emergency/safety-committee', 'al.xn.transport/ride-hailing', 'al.xn.healthsec/fund'];
      expect(findingsOf(result, 'unfounded-duty').filter((f) => refs.includes(f.duty!))).toEqual([]);
      const uppers = ['al.emergency/safety-committee', 'al.transport/ride-hailing', 'al.healthsec/fund'];
      expect(findingsOf(result, 'mandate-gap').filter((f) => uppers.includes(f.duty!))).toEqual([]);
      expect(findingsOf(result, 'misplaced-duty')).toEqual([]);
    });
  });

  describe('an abbreviation of the catalogue\'s own', () => {
    // 住建局 spells out 城镇老旧小区改造; 发改委 writes the local short form 旧改.
    const depts = () => [
      ...cityDepartments(),
      cityDepartment('housing', '安澜市住房和城乡建设局', [
        d('gas', '负责全市城镇燃气行业管理，监督燃气经营企业安全运营'),
        d('renewal', '负责全市城镇老旧小区改造的组织实施'),
      ]),
      cityDepartment('drc', '安澜市发展和改革委员会', [
        d('investment', '负责全市固定资产投资综合管理'),
        d('renewal', '统筹推进全市旧改工作'),
      ]),
    ];

    it('matches when the config declares it in synonyms:', async () => {
      const without = await lintCatalogue(catalogue(depts()));
      expect(overlapOf(without, 'al.housing/renewal', 'al.drc/renewal')).toBeUndefined();
      const config = 'synonyms:\n  - [城镇老旧小区改造, 旧改]\n';
      const result = await lintCatalogue(catalogue(depts(), { 'duty-lint.config.yaml': config }));
      expect(overlapOf(result, 'al.housing/renewal', 'al.drc/renewal')).toBeDefined();
    });

    it('matches when a duty defines it in its text (以下简称)', async () => {
      // 农业农村局 defines 农污设施 in its detail; 生态环境局 spells the facilities out, 住建局 abbreviates them.
      const depts = withDuties(cityDepartments(), 'al.agri', d('rural', '负责全市农村人居环境整治',
        '统筹推进农村生活垃圾治理、农村厕所革命和农村生活污水治理设施（以下简称农污设施）建设'));
      const result = await lintCatalogue(catalogue([
        ...depts,
        cityDepartment('eco', '安澜市生态环境局', [
          d('water', '负责全市水环境质量监测和入河排污口监督管理'),
          d('rural-sewage', '负责全市农村生活污水治理设施运行情况的监督管理'),
        ]),
        cityDepartment('housing', '安澜市住房和城乡建设局', [
          d('gas', '负责全市城镇燃气行业管理，监督燃气经营企业安全运营'),
          d('rural-sewage', '负责全市农污设施日常监管'),
        ]),
      ]));
      expect(overlapOf(result, 'al.eco/rural-sewage', 'al.housing/rural-sewage')).toBeDefined();
    });
  });
});

describe('English abbreviations', () => {
  const STATE_LABOR = yaml`
    kind: department
    id: wl.labor
    name: Westland Department of Labor
    jurisdiction: wl
    duties:
      - id: wioa-plan
        title: Prepare the state plan under the Workforce Innovation and Opportunity Act
      - id: unemployment
        title: Administer the unemployment insurance program, including benefit claims and employer tax collection
      - id: apprenticeship
        title: Register apprenticeship programs and oversee apprenticeship standards
      - id: wages
        title: Enforce minimum wage and wage payment laws
  `;
  const STATE_COMMERCE = yaml`
    kind: department
    id: wl.commerce
    name: Westland Department of Commerce
    jurisdiction: wl
    duties:
      - id: wioa-plan
        title: Prepare the WIOA state plan
      - id: business-recruitment
        title: Recruit new businesses and administer job creation tax credits
      - id: broadband
        title: Administer broadband expansion grants to rural communities
  `;
  const STATE_HUMAN_SERVICES = yaml`
    kind: department
    id: wl.dhs
    name: Westland Department of Human Services
    jurisdiction: wl
    duties:
      - id: snap
        title: Administer the Supplemental Nutrition Assistance Program, including eligibility determination and benefit issuance
      - id: tanf
        title: Administer cash assistance for needy families with children
      - id: child-care
        title: License child care centers and family child care homes
      - id: foster-care
        title: Oversee foster care placements and adoption services
  `;
  const COUNTY_SOCIAL_SERVICES = yaml`
    kind: department
    id: wl.harlan.dss
    name: Harlan County Department of Social Services
    jurisdiction: wl.harlan
    counterparts: [wl.dhs]
    duties:
      - id: snap
        title: Take SNAP applications from county residents
      - id: foster-care
        title: Arrange foster care placements for children in the county
  `;
  const COUNTY_WORKFORCE = yaml`
    kind: department
    id: wl.harlan.workforce
    name: Harlan County Workforce Office
    jurisdiction: wl.harlan
    counterparts: [wl.labor]
    duties:
      - id: job-centers
        title: Operate the county's American Job Centers
  `;
  const files = () => ({
    'wl/labor.yaml': STATE_LABOR, 'wl/commerce.yaml': STATE_COMMERCE, 'wl/dhs.yaml': STATE_HUMAN_SERVICES,
    'wl/harlan/dss.yaml': COUNTY_SOCIAL_SERVICES, 'wl/harlan/workforce.yaml': COUNTY_WORKFORCE,
  });

  it('reports an overlap between WIOA and the Workforce Innovation and Opportunity Act', async () => {
    const result = await lintCatalogue(files());
    expect(overlapOf(result, 'wl.labor/wioa-plan', 'wl.commerce/wioa-plan')).toBeDefined();
  });

  it('finds a county SNAP duty implementing the state\'s Supplemental Nutrition Assistance Program', async () => {
    const result = await lintCatalogue(files());
    expect(mandates(result, 'wl.harlan.dss/snap')).toEqual(['wl.dhs/snap']);
    expect(findingsOf(result, 'unfounded-duty').map((f) => f.duty)).not.toContain('wl.harlan.dss/snap');
  });

  it('matches an acronym the catalogue defines as "Long Form (ACR)"', async () => {
    const result = await lintCatalogue({
      ...files(),
      'wl/commerce.yaml': STATE_COMMERCE.replace('id: broadband', 'id: youth-jobs\n    title: Operate the Summer Youth Employment Program (SYEP) with local employers\n  - id: broadband'),
      'wl/labor.yaml': `${STATE_LABOR}  - id: syep-wages\n    title: Pay SYEP participant wages\n`,
    });
    expect(overlapOf(result, 'wl.commerce/youth-jobs', 'wl.labor/syep-wages')).toBeDefined();
  });
});
