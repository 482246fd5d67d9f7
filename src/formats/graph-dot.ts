import type { GraphInput } from './context.js';
import { departmentGraph, EDGE_COLORS, legend, type DepartmentEdge, type EdgeKind } from './department-edges.js';
import { append } from '../arrays.js';

/** A DOT quoted string: any text, a department's name included, stays one inert string. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, '\\n')}"`;
}

function edgeAttributes(kind: EdgeKind, inferred: boolean): string[] {
  const color = dotString(EDGE_COLORS[kind]);
  const attrs = [`color=${color}`, `fontcolor=${color}`];
  // Overlaps and divisions are between peers: they neither point nor rank one above the other.
  if (kind === 'overlap' || kind === 'division') attrs.push('dir=none', 'constraint=false');
  if (kind === 'division') attrs.push('style=dotted');
  if (kind === 'mandate' && inferred) attrs.push('style=dashed');
  if (kind === 'transfer') attrs.push('style=bold');
  return attrs;
}

function edgeLine(e: DepartmentEdge): string {
  const attrs = [`label=${dotString(String(e.weight))}`, ...edgeAttributes(e.kind, e.inferred)];
  // Heavier for more, but gently: one strong edge should not hide the rest.
  if (e.weight > 1) attrs.push(`penwidth=${Math.min(1 + Math.log2(e.weight), 4).toFixed(1)}`);
  return `  ${dotString(e.from.id)} -> ${dotString(e.to.id)} [${attrs.join(', ')}];`;
}

/**
 * `duty-lint graph --format dot`: departments as nodes in one cluster per government, and
 * the overlap, mandate, transfer and division edges between them, for Graphviz
 * (`dot -Tsvg`). Higher governments are drawn above: mandate edges point up.
 */
export function formatGraphDot(input: GraphInput): string {
  const { governments, edges } = departmentGraph(input);
  const { title, samples } = legend(input.lang);
  // The graph goes bottom to top, where labelloc=b puts the governments' titles at their top.
  const out = [
    'digraph "duty-lint" {',
    '  graph [rankdir=BT, fontname="sans-serif", labelloc=b];',
    '  node [shape=box, style=rounded, fontname="sans-serif"];',
    '  edge [fontname="sans-serif", fontsize=10];',
  ];
  for (const g of governments) {
    out.push('', `  subgraph ${dotString(`cluster_${g.id}`)} {`, `    label=${dotString(g.label)};`);
    for (const d of g.departments) out.push(`    ${dotString(d.id)} [label=${dotString(d.name)}, tooltip=${dotString(d.id)}];`);
    out.push('  }');
  }
  if (edges.length > 0) {
    out.push('');
    append(out, edges.map(edgeLine));
  }
  // The space in the legend's ids keeps them apart from any department's.
  out.push('', '  subgraph "cluster legend" {', `    label=${dotString(title)};`, '    node [shape=point, width=0.08];');
  samples.forEach(({ kind, inferred, text }, i) => {
    // Legend edges keep their rank (constraint) so that each stands as a short line.
    const attrs = edgeAttributes(kind, inferred).filter((a) => a !== 'constraint=false');
    out.push(`    "legend ${i}a" -> "legend ${i}b" [label=${dotString(text)}, ${attrs.join(', ')}];`);
  });
  out.push('  }', '}');
  return out.join('\n') + '\n';
}
