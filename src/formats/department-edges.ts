import { byCodeUnit } from '../compare.js';
import { departmentOfRef, inForce, type Department } from '../graph/graph.js';
import { OVERLAP_READING, overlappingDuties } from '../rules/overlap.js';
import { departmentPairs } from '../rules/same-duty.js';
import type { Lang } from '../types.js';
import type { GraphInput } from './context.js';
import { governmentLabel } from './government.js';

/**
 * The department graph the dot and mermaid formats draw: departments grouped by government,
 * and weighted edges between departments, worked out from the duty graph.
 */

export const EDGE_KINDS = ['overlap', 'mandate', 'transfer', 'division'] as const;
export type EdgeKind = typeof EDGE_KINDS[number];

export interface DepartmentEdge {
  kind: EdgeKind;
  /** For undirected kinds (overlap, division), the department with the smaller id. */
  from: Department;
  to: Department;
  /** Duty pairs (overlap), duties (mandate, transfer) or divisions (division) behind the edge. */
  weight: number;
  /** Mandate edges: every duty behind the edge implements the higher department by inference only. */
  inferred: boolean;
}

export interface GovernmentNode {
  id: string;
  label: string;
  departments: Department[];
}

export interface DepartmentGraph {
  governments: GovernmentNode[];
  /** By kind (EDGE_KINDS' order), then by the ids of `from` and `to`. */
  edges: DepartmentEdge[];
}

/** The colour of each kind of edge. */
export const EDGE_COLORS: Record<EdgeKind, string> = {
  overlap: '#d62728', mandate: '#1f77b4', transfer: '#ff7f0e', division: '#2ca02c',
};

/** The words of the legends, in each language. */
const LEGEND: Record<Lang, { title: string; kinds: Record<EdgeKind, string>; inferred: string }> = {
  en: {
    title: 'Legend (edge label: count)',
    kinds: {
      overlap: 'overlap: duty pairs both hold',
      mandate: 'mandate: lower duties implementing the higher department',
      transfer: 'transfer: duties transferred to',
      division: 'division: declared divisions',
    },
    inferred: 'mandate, all inferred',
  },
  zh: {
    title: '图例（边上数字为数量）',
    kinds: {
      overlap: '职责交叉：交叉的职责对数',
      mandate: '承接上级：承接该上级部门的职责数',
      transfer: '职责划转：划转出的职责数',
      division: '职责分工：已声明的分工数',
    },
    inferred: '承接上级（均为推断）',
  },
};

/** A legend: its title, and a sample edge of each kind (and of an all-inferred mandate) with what it means. */
export function legend(lang: Lang): { title: string; samples: Array<{ kind: EdgeKind; inferred: boolean; text: string }> } {
  const words = LEGEND[lang];
  return {
    title: words.title,
    samples: [
      { kind: 'overlap', inferred: false, text: words.kinds.overlap },
      { kind: 'mandate', inferred: false, text: words.kinds.mandate },
      { kind: 'mandate', inferred: true, text: words.inferred },
      { kind: 'transfer', inferred: false, text: words.kinds.transfer },
      { kind: 'division', inferred: false, text: words.kinds.division },
    ],
  };
}

export function departmentGraph({ context, lang, overlapThreshold }: GraphInput): DepartmentGraph {
  const { graph } = context;
  const governments = [...graph.jurisdictions]
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([id, departments]) => ({ id, label: governmentLabel(id, departments, lang), departments }));

  const edges = new Map<string, DepartmentEdge>();
  const add = (kind: EdgeKind, from: Department, to: Department, inferred = false, weight = 1) => {
    if (from === to) return;
    const undirected = kind === 'overlap' || kind === 'division';
    const [x, y] = undirected && byCodeUnit(from.id, to.id) > 0 ? [to, from] : [from, to];
    const key = `${kind}\n${x.id}\n${y.id}`;
    const edge = edges.get(key);
    if (edge) {
      edge.weight += weight;
      edge.inferred &&= inferred;
    } else edges.set(key, { kind, from: x, to: y, weight, inferred });
  };

  for (const r of overlappingDuties(context, overlapThreshold ?? context.matching.threshold)) {
    for (const [from, to, pairs] of departmentPairs(r, OVERLAP_READING)) add('overlap', from, to, false, pairs);
  }
  for (const duty of graph.duties) {
    // A cancelled or transferred-away duty implements nothing any more; a transfer is drawn as such.
    if (inForce(graph.statuses[duty.index]!)) {
      const uppers = new Map<Department, boolean>();
      for (const m of context.mandatesOf(duty)) uppers.set(m.duty.department, m.inferred);
      for (const [upper, inferred] of uppers) add('mandate', duty.department, upper, inferred);
    } else if (duty.status === 'transferred' && duty.transferredTo !== undefined) {
      const to = graph.departmentById.get(departmentOfRef(duty.transferredTo));
      if (to) add('transfer', duty.department, to);
    }
  }
  for (const division of graph.divisions) {
    const parties = [...new Set(division.parties.map((p) => graph.departmentById.get(p.department)))]
      .filter((d): d is Department => d !== undefined);
    for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) add('division', parties[i]!, parties[j]!);
  }

  const order = (e: DepartmentEdge) => EDGE_KINDS.indexOf(e.kind);
  return {
    governments,
    edges: [...edges.values()].sort((p, q) => order(p) - order(q) || byCodeUnit(p.from.id, q.from.id) || byCodeUnit(p.to.id, q.to.id)),
  };
}
