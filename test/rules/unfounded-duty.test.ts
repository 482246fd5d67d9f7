import { describe, expect, it } from 'vitest';
import { expectChinese, findingsOf, lintCatalogue, mentioning, withFields, yaml } from './helpers.js';

/**
 * unfounded-duty (warn): a lower-level duty with no higher-level mandate it implements
 * (explicit or inferred from its counterparts' duties) and no legal basis (越位).
 */

// The city's duties speak of 中小学 (campus safety) but not of 中小学生研学旅行.
const CITY_EDU = yaml`
  kind: department
  id: zj.edu
  name: 镇江市教育局
  jurisdiction: zj
  duties:
    - id: campus-safety
      title: 负责全市中小学幼儿园校园安全管理，指导学校开展安全教育和防溺水工作
    - id: off-campus-training
      title: 负责全市校外培训机构监督管理，规范学科类校外培训行为
`;

// campus-safety paraphrases the city duty; study-tour is a local invention.
const DISTRICT_EDU = yaml`
  kind: department
  id: zj.rz.edu
  name: 润州区教育局
  jurisdiction: zj.rz
  counterparts: [zj.edu]
  duties:
    - id: campus-safety
      title: 负责全区中小学幼儿园校园安全管理，组织开展安全教育和防溺水工作
    - id: off-campus-training
      title: 负责全区校外培训机构日常监管
      mandate: [zj.edu/off-campus-training]
    - id: study-tour
      title: 负责全区中小学生研学旅行基地的评定和管理
`;

describe('unfounded-duty', () => {
  it('fires for a district duty with no similar enough city duty, no mandate and no basis, naming the nearest', async () => {
    const result = await lintCatalogue({ 'zj/edu.yaml': CITY_EDU, 'zj/rz/edu.yaml': DISTRICT_EDU });
    const found = findingsOf(result, 'unfounded-duty');
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'unfounded-duty',
        severity: 'warn',
        file: 'zj/rz/edu.yaml',
        line: 12,
        column: 5,
        pointer: '/duties/2',
        department: 'zj.rz.edu',
        duty: 'zj.rz.edu/study-tour',
      }),
    ]);
    // No match was found, so there is no score or terms, and no inferred edge to flag; the
    // nearest city duty (sharing only 中小学) is named, with its score under the mandate threshold.
    expect(found[0]).not.toHaveProperty('score');
    expect(found[0]).not.toHaveProperty('inferred');
    expect(found[0]!.nearest).toEqual({ duty: 'zj.edu/campus-safety', score: expect.any(Number) });
    expect(found[0]!.nearest!.score).toBeGreaterThan(0);
    expect(found[0]!.nearest!.score).toBeLessThan(0.2);
    expect(found[0]!.message).toEqual(mentioning(
      '负责全区中小学生研学旅行基地的评定和管理', 'zj.edu', 'zj.edu/campus-safety', found[0]!.nearest!.score,
    ));
    expect(result.findings.map((f) => f.rule)).toEqual(['unfounded-duty']);
  });

  it('renders its message in Chinese with lang zh', async () => {
    const result = await lintCatalogue({ 'zj/edu.yaml': CITY_EDU, 'zj/rz/edu.yaml': DISTRICT_EDU }, { lang: 'zh' });
    const [finding] = findingsOf(result, 'unfounded-duty');
    expectChinese(finding!.message, '负责全区中小学生研学旅行基地的评定和管理', 'zj.edu', 'zj.edu/campus-safety', finding!.nearest!.score);
  });

  it('is quiet for a duty with a legal basis', async () => {
    const district = withFields(DISTRICT_EDU, 'study-tour', 'basis: [江苏省中小学生研学旅行管理办法 第五条]');
    const result = await lintCatalogue({ 'zj/edu.yaml': CITY_EDU, 'zj/rz/edu.yaml': district });
    expect(findingsOf(result, 'unfounded-duty')).toEqual([]);
  });

  it('is quiet for a duty with an explicit mandate, however different its text', async () => {
    // off-campus-training above: 「负责全区校外培训机构日常监管」 with mandate zj.edu/off-campus-training.
    const result = await lintCatalogue({ 'zj/edu.yaml': CITY_EDU, 'zj/rz/edu.yaml': DISTRICT_EDU });
    expect(findingsOf(result, 'unfounded-duty').map((f) => f.duty)).not.toContain('zj.rz.edu/off-campus-training');
  });

  it('judges a duty whose mandate names only itself as if it had no mandate (self-contradiction reports the entry)', async () => {
    const district = withFields(
      withFields(DISTRICT_EDU, 'study-tour', 'mandate: [zj.rz.edu/study-tour]'), 'campus-safety', 'mandate: [zj.rz.edu/campus-safety]',
    );
    const result = await lintCatalogue({ 'zj/edu.yaml': CITY_EDU, 'zj/rz/edu.yaml': district });
    // Unfounded, as without the entry; the paraphrase of a city duty is founded by inference.
    expect(findingsOf(result, 'unfounded-duty').map((f) => [f.duty, f.nearest?.duty])).toEqual([['zj.rz.edu/study-tour', 'zj.edu/campus-safety']]);
    const edges = result.context.mandatesOf(result.graph.dutyByRef.get('zj.rz.edu/campus-safety')!);
    expect(edges).toEqual([expect.objectContaining({ inferred: true, duty: expect.objectContaining({ ref: 'zj.edu/campus-safety' }) })]);
    expect(findingsOf(result, 'self-contradiction').map((f) => f.duty)).toEqual(['zj.rz.edu/campus-safety', 'zj.rz.edu/study-tour']);
  });

  it('infers a mandate from a delegated city duty (下放), but not from a cancelled one', async () => {
    const lint = (status: string) => lintCatalogue({
      'zj/edu.yaml': withFields(CITY_EDU, 'campus-safety', `status: ${status}`), 'zj/rz/edu.yaml': DISTRICT_EDU,
    });
    expect(findingsOf(await lint('delegated'), 'unfounded-duty').map((f) => f.duty)).not.toContain('zj.rz.edu/campus-safety');
    expect(findingsOf(await lint('cancelled'), 'unfounded-duty').map((f) => f.duty)).toContain('zj.rz.edu/campus-safety');
  });

  it('is quiet for a duty inferred to implement a duty of its counterpart', async () => {
    const result = await lintCatalogue({ 'zj/edu.yaml': CITY_EDU, 'zj/rz/edu.yaml': DISTRICT_EDU });
    expect(findingsOf(result, 'unfounded-duty').map((f) => f.duty)).not.toContain('zj.rz.edu/campus-safety');
    const edges = result.context.mandatesOf(result.graph.dutyByRef.get('zj.rz.edu/campus-safety')!);
    expect(edges).toEqual([expect.objectContaining({ inferred: true, duty: expect.objectContaining({ ref: 'zj.edu/campus-safety' }) })]);
  });

  it('takes mandate_threshold from the config: lowered under the nearest score, that city duty founds the local one', async () => {
    const before = findingsOf(await lintCatalogue({ 'zj/edu.yaml': CITY_EDU, 'zj/rz/edu.yaml': DISTRICT_EDU }), 'unfounded-duty');
    const nearest = before[0]!.nearest!;
    const result = await lintCatalogue({
      'zj/edu.yaml': CITY_EDU,
      'zj/rz/edu.yaml': DISTRICT_EDU,
      'duty-lint.config.yaml': yaml`
        matching:
          mandate_threshold: ${nearest.score - 0.02}
      `,
    });
    expect(findingsOf(result, 'unfounded-duty')).toEqual([]);
    const edges = result.context.mandatesOf(result.graph.dutyByRef.get('zj.rz.edu/study-tour')!);
    expect(edges).toEqual([expect.objectContaining({ inferred: true, duty: expect.objectContaining({ ref: nearest.duty }) })]);
  });

  it('keeps a paraphrase founded however high mandate_threshold is: the city duty holds its title', async () => {
    const result = await lintCatalogue({
      'zj/edu.yaml': CITY_EDU,
      'zj/rz/edu.yaml': DISTRICT_EDU,
      'duty-lint.config.yaml': yaml`
        matching:
          mandate_threshold: 0.99
      `,
    });
    expect(findingsOf(result, 'unfounded-duty').map((f) => f.duty)).toEqual(['zj.rz.edu/study-tour']);
    const edges = result.context.mandatesOf(result.graph.dutyByRef.get('zj.rz.edu/campus-safety')!);
    expect(edges).toEqual([expect.objectContaining({ inferred: true, duty: expect.objectContaining({ ref: 'zj.edu/campus-safety' }) })]);
  });

  it('is quiet for a department without counterparts (the top of the tree)', async () => {
    const result = await lintCatalogue({
      'zj/edu.yaml': CITY_EDU,
      'zj/rz/edu.yaml': DISTRICT_EDU.replace('counterparts: [zj.edu]\n', ''),
    });
    expect(findingsOf(result, 'unfounded-duty')).toEqual([]);
  });

  it.each([
    ['cancelled', ['status: cancelled']],
    ['transferred', ['status: transferred', 'transferred_to: zj.rz.edu']],
  ])('is quiet for a %s duty', async (_status, fields) => {
    const district = withFields(DISTRICT_EDU, 'study-tour', ...fields);
    const result = await lintCatalogue({ 'zj/edu.yaml': CITY_EDU, 'zj/rz/edu.yaml': district });
    expect(findingsOf(result, 'unfounded-duty')).toEqual([]);
  });

  it('is suppressed by an ignore entry with a reason', async () => {
    const district = withFields(DISTRICT_EDU, 'study-tour', 'ignore: [{rule: unfounded-duty, reason: 区委常委会2023年第5次会议决定由本局承担}]');
    const result = await lintCatalogue({ 'zj/edu.yaml': CITY_EDU, 'zj/rz/edu.yaml': district });
    expect(findingsOf(result, 'unfounded-duty')).toEqual([]);
    expect(result.summary.suppressed).toBe(1);
  });

  it('works on English texts', async () => {
    const result = await lintCatalogue({
      'state/education.yaml': yaml`
        kind: department
        id: state.education
        name: State Department of Education
        jurisdiction: state
        duties:
          - id: school-safety
            title: Supervise school safety and drowning prevention education in primary and secondary schools
      `,
      'state/springfield/education.yaml': yaml`
        kind: department
        id: state.springfield.education
        name: Springfield Education Office
        jurisdiction: state.springfield
        counterparts: [state.education]
        duties:
          - id: school-safety
            title: Supervise safety and drowning prevention education in Springfield schools
          - id: robotics-league
            title: Run the annual Springfield robotics league for high school students
      `,
    });
    expect(findingsOf(result, 'unfounded-duty')).toEqual([
      expect.objectContaining({ file: 'state/springfield/education.yaml', line: 9, column: 5, duty: 'state.springfield.education/robotics-league' }),
    ]);
  });
});
