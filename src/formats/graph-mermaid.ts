import type { Department } from '../graph/graph.js';
import { addToGroup } from '../groups.js';
import type { GraphInput } from './context.js';
import { departmentGraph, EDGE_COLORS, EDGE_KINDS, legend, type DepartmentEdge, type EdgeKind } from './department-edges.js';

/** Mermaid draws no more edges than this (its `maxEdges` default) and shows an error instead. */
export const MERMAID_MAX_EDGES = 500;

const LEFT_OUT = {
  en: (n: number) => `%% ${n} weakest edges left out: Mermaid draws at most ${MERMAID_MAX_EDGES}`,
  zh: (n: number) => `%% 已略去最弱的 ${n} 条边：Mermaid 最多绘制 ${MERMAID_MAX_EDGES} 条`,
};

/**
 * A quoted Mermaid label. Mermaid reads `#name;` and `#123;` as entity codes and may render
 * labels as HTML, so the characters that could start markup or an entity become entity codes
 * (a `<script>` in a name stays text), and line breaks become spaces (a label is one line).
 */
export function mermaidString(text: string): string {
  const codes: Record<string, string> = { '#': '#35;', '"': '#quot;', '&': '#amp;', '<': '#lt;', '>': '#gt;', '`': '#96;' };
  return `"${text.replace(/[#"&<>`]/g, (ch) => codes[ch]!).replace(/[\r\n]+/g, ' ')}"`;
}

/** The link of each kind: undirected for peers, dotted for a mandate that is all inferred. */
function link(kind: EdgeKind, inferred: boolean, label: string): string {
  const text = `|${mermaidString(label)}|`;
  switch (kind) {
    case 'overlap': return `===${text}`;
    case 'mandate': return inferred ? `-.->${text}` : `-->${text}`;
    case 'transfer': return `==>${text}`;
    case 'division': return `-.-${text}`;
  }
}

/** The edges Mermaid can draw: all of them, or the strongest, in the graph's order. */
function capped(edges: DepartmentEdge[], room: number): DepartmentEdge[] {
  if (edges.length <= room) return edges;
  const rank = new Map(edges.map((e, i) => [e, i]));
  const kept = new Set([...edges].sort((p, q) => q.weight - p.weight || rank.get(p)! - rank.get(q)!).slice(0, room));
  return edges.filter((e) => kept.has(e));
}

/**
 * `duty-lint graph --format mermaid`: the dot format's drawing as a Mermaid flowchart, for
 * Markdown that renders Mermaid. Nodes are numbered (`d0`, `d1`…) so that no id needs escaping.
 */
export function formatGraphMermaid(input: GraphInput): string {
  const { governments, edges } = departmentGraph(input);
  const { title, samples } = legend(input.lang);
  const drawn = capped(edges, MERMAID_MAX_EDGES - samples.length);
  // Top to bottom, so mandate edges point down to the higher government: Mermaid's layout
  // draws subgraphs over one another when a flowchart goes bottom to top.
  const out = ['flowchart TB'];
  if (drawn.length < edges.length) out.push(LEFT_OUT[input.lang](edges.length - drawn.length));

  const ids = new Map<Department, string>();
  governments.forEach((g, i) => {
    out.push(`  subgraph g${i}[${mermaidString(g.label)}]`);
    for (const d of g.departments) {
      ids.set(d, `d${ids.size}`);
      out.push(`    ${ids.get(d)!}[${mermaidString(d.name)}]`);
    }
    out.push('  end');
  });
  // Links are styled by their index, in the order they are written.
  const styled = new Map<EdgeKind, number[]>();
  drawn.forEach((e, i) => {
    out.push(`  ${ids.get(e.from)!} ${link(e.kind, e.inferred, String(e.weight))} ${ids.get(e.to)!}`);
    addToGroup(styled, e.kind, i);
  });
  out.push(`  subgraph legend[${mermaidString(title)}]`);
  samples.forEach(({ kind, inferred, text }, i) => {
    out.push(`    legend${i}a[" "] ${link(kind, inferred, text)} legend${i}b[" "]`);
    addToGroup(styled, kind, drawn.length + i);
  });
  out.push('  end');
  for (const kind of EDGE_KINDS) {
    const indices = styled.get(kind);
    if (indices) out.push(`  linkStyle ${indices.join(',')} stroke:${EDGE_COLORS[kind]},color:${EDGE_COLORS[kind]}`);
  }
  return out.join('\n') + '\n';
}
