import type { LoadOptions } from 'js-yaml';
import { pointerSegments } from '../pointer.js';
import type { Position } from '../types.js';

interface PosNode {
  line: number;
  column: number;
  kind: string;
  result: unknown;
  children: PosNode[];
}

type ListenerState = Parameters<NonNullable<LoadOptions['listener']>>[1] & {
  position: number;
  line: number;
  lineStart: number;
  input: string;
};

/**
 * Records where every node of a YAML stream starts, from js-yaml's parse events, so that
 * findings point at the offending node without a second, slower parse with a CST.
 */
export class PositionRecorder {
  private stack: Array<{ offset: number; line: number; lineStart: number; children: PosNode[] }> = [];
  private roots: PosNode[] = [];

  readonly listener = (event: 'open' | 'close', state: ListenerState): void => {
    if (event === 'open') {
      this.stack.push({ offset: state.position, line: state.line, lineStart: state.lineStart, children: [] });
      return;
    }
    const frame = this.stack.pop();
    if (!frame) return;
    const children = frame.children;
    // js-yaml wraps a flow collection in a block context in a node of its own; keep the inner one.
    const only = children.length === 1 ? children[0]! : undefined;
    if (only && only.kind === state.kind && only.result === state.result) {
      this.append(only);
      return;
    }
    // Before a `---`, js-yaml tries one more key of the document's mapping and records an
    // empty node; dropping it keeps the children in key, value pairs.
    if (state.kind === 'mapping' && children.length % 2 === 1 && children[children.length - 1]!.kind === 'null') children.pop();
    // An empty node (`title:` with no value) stands where it opens, not on the next line with content.
    const start = state.kind ? skipBlank(state.input, frame.offset, frame.line, frame.lineStart) : frame;
    const node: PosNode = {
      line: start.line + 1,
      column: start.offset - start.lineStart + 1,
      kind: state.kind ?? 'null',
      result: state.result,
      children,
    };
    this.append(node);
  };

  private append(node: PosNode): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(node);
    else this.roots.push(node);
  }

  /** Positions of the documents parsed so far, in order. */
  documents(): DocumentPositions[] {
    return this.roots.map((root) => new DocumentPositions(root));
  }
}

/** Looks up positions by JSON pointer in one parsed document. */
export class DocumentPositions {
  constructor(private readonly root: PosNode) {}

  /**
   * The position of the node at `pointer`, or of its key when `key` is given (the
   * property `key` of the mapping at `pointer`). Falls back to the nearest ancestor
   * that exists, so a finding always has a place.
   */
  locate(pointer: string, key?: string): Position {
    let node = this.root;
    const segments = pointerSegments(pointer);
    if (key !== undefined) segments.push(key);
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      const wantKey = key !== undefined && i === segments.length - 1;
      const next = child(node, segment, wantKey);
      if (!next) break;
      node = next;
    }
    return { line: node.line, column: node.column };
  }
}

function child(node: PosNode, segment: string, wantKey: boolean): PosNode | undefined {
  if (node.kind === 'sequence') {
    return /^\d+$/.test(segment) ? node.children[Number(segment)] : undefined;
  }
  if (node.kind !== 'mapping') return undefined;
  // Children of a mapping alternate key, value. The last duplicate wins, as in the parsed value.
  for (let i = node.children.length - 2; i >= 0; i -= 2) {
    const keyNode = node.children[i]!;
    if (String(keyNode.result) !== segment) continue;
    const value = node.children[i + 1];
    // An empty value (`title:`) is shown at its key, which is all there is to see of it.
    return wantKey || !value || value.kind === 'null' ? keyNode : value;
  }
  return undefined;
}

/** js-yaml opens a node before the blanks, line breaks and comments that precede it. */
function skipBlank(input: string, offset: number, line: number, lineStart: number) {
  let i = offset;
  while (i < input.length) {
    const c = input.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0xfeff) i++;
    else if (c === 0x0a) {
      i++;
      line++;
      lineStart = i;
    } else if (c === 0x23 /* # */ && (i === 0 || isBlank(input.charCodeAt(i - 1)))) {
      while (i < input.length && input.charCodeAt(i) !== 0x0a) i++;
    } else break;
  }
  return { offset: i, line, lineStart };
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
