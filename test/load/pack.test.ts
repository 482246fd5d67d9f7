import { describe, expect, it } from 'vitest';
import type { Duty } from '../../src/graph/graph.js';
import { loadFile, type FileResult } from '../../src/load/load-file.js';
import { pack, unpack } from '../../src/load/pack.js';
import type { DepartmentDecl } from '../../src/types.js';

const YAML = `kind: department
id: zj.rz.amr
name: 润州区市场监督管理局
jurisdiction: zj.rz
counterparts: [zj.amr]
duties:
  - id: food-safety
    title: 负责食品安全监督管理
    detail: 组织开展食品安全风险监测和抽检
    role: lead
    mandate: [zj.amr/food-safety]
    basis: [中华人民共和国食品安全法 第六条]
    cascade: false
    budget: [2024-213-05]
    tags: [食品安全]
    ignore:
      - rule: overlap
        reason: 已由区政府明确分工
  - id: plain
    title: 负责计量管理
  - id: moved
    title: 负责农产品质量安全
    role: support
    lead: zj.rz.agri
    status: transferred
    transferred_to: zj.rz.agri
---
kind: division
id: food-division
jurisdiction: zj.rz
subject: 食品安全
parties:
  - department: zj.rz.amr
    duties: [food-safety]
  - department: zj.rz.agri
`;

/** Every declared field of every duty, without the back-reference to its department. */
function fields(results: FileResult[]) {
  return results.flatMap((r) => r.decls.flatMap((d) => d.kind !== 'department' ? [] : d.duties.map((duty) => {
    const { department, ref, index, ...own } = duty as Duty;
    expect(department).toBe(d);
    expect(ref).toBe(`${d.id}/${duty.id}`);
    return { ...own, index };
  })));
}

describe('pack / unpack', () => {
  const loaded = [loadFile('zj/rz/amr.yaml', YAML), loadFile('empty.yaml', '')];

  it('carry every field of every duty, defaults included, across a structured clone and JSON', () => {
    expect(loaded[0]!.findings).toEqual([]);
    const before = fields(loaded);
    expect(before).toHaveLength(3);
    expect(before[0]).toMatchObject({ role: 'lead', cascade: false, budget: ['2024-213-05'], line: 7, column: 5 });
    expect(before[1]).toMatchObject({ role: 'main', cascade: true, status: 'active', mandate: [] });
    for (const copy of [structuredClone(pack(loaded)), JSON.parse(JSON.stringify(pack(loaded))) as ReturnType<typeof pack>]) {
      const back = unpack(copy);
      expect(fields(back)).toEqual(before);
      expect(back.map((r) => r.file)).toEqual(['zj/rz/amr.yaml', 'empty.yaml']);
      expect(back[0]!.decls.map((d) => d.kind)).toEqual(['department', 'division']);
      expect((back[0]!.decls[0] as DepartmentDecl).counterparts).toEqual(['zj.amr']);
    }
  });

  it('leaves the packed results as they were', () => {
    const before = fields(loaded);
    pack(loaded);
    expect(fields(loaded)).toEqual(before);
    expect((loaded[0]!.decls[0] as DepartmentDecl).duties).toHaveLength(3);
  });
});
