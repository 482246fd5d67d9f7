/** JSON pointers (RFC 6901), the way findings name a place inside a YAML document. */

/** The segments of a pointer: `/duties/0/role` → `duties`, `0`, `role`. */
export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A pointer one segment deeper. */
export function childPointer(pointer: string, segment: string): string {
  return `${pointer}/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
