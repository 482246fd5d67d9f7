import { childPointer, pointerSegments } from '../pointer.js';
import type { SchemaIssue } from './validate.js';

/**
 * A schema finding's identity, for its fingerprint: its document's kind and id, the kind of
 * error (and the field it is about), and the path to the node with each list item named by
 * its id, or its value when it has none (`/duties/<id>/mandate/"zj.amr/x"`, not
 * `/duties/3/mandate/0`): it survives lines and items inserted above it and a renamed file.
 * A document without an id has only its file (and its place among the file's documents) to
 * be known by.
 */
export function schemaIssueKey(file: string, doc: number, value: unknown, issue: SchemaIssue): string {
  const { kind, id } = (isMapping(value) ? value : {}) as { kind?: unknown; id?: unknown };
  const owner = typeof kind === 'string' && typeof id === 'string' ? `${kind}:${id}` : `${file}#${doc}`;
  const about = issue.key ?? (typeof issue.data.field === 'string' ? issue.data.field : '');
  // A suggestion ("did you mean…") changes the wording, not the finding.
  const what = issue.messageId.replace(/\.suggest$/, '');
  return `${owner}:${what}:${pathWithIds(value, issue.pointer)}:${about}`;
}

function pathWithIds(root: unknown, pointer: string): string {
  let path = '';
  let node = root;
  for (const seg of pointerSegments(pointer)) {
    const child = Array.isArray(node) && /^\d+$/.test(seg) ? node[Number(seg)] : isMapping(node) ? node[seg] : undefined;
    path = childPointer(path, Array.isArray(node) && child !== undefined ? itemName(child) : seg);
    node = child;
  }
  return path;
}

/** A list item's name: its `id` (duties), its `department` (division parties), else its value. */
function itemName(item: unknown): string {
  if (isMapping(item)) {
    if (typeof item.id === 'string') return item.id;
    if (typeof item.department === 'string') return item.department;
  }
  return JSON.stringify(item);
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
