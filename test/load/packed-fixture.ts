import { expect } from 'vitest';
import type { Duty } from '../../src/graph/graph.js';
import type { FileResult } from '../../src/load/load-file.js';

/** A department with every duty field FORMAT.md names, and a division: what packing must carry. */
export const YAML = `kind: department
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
export function fields(results: FileResult[]) {
  return results.flatMap((r) => r.decls.flatMap((d) => d.kind !== 'department' ? [] : d.duties.map((duty) => {
    const { department, ref, index, ...own } = duty as Duty;
    expect(department).toBe(d);
    expect(ref).toBe(`${d.id}/${duty.id}`);
    return { ...own, index };
  })));
}
