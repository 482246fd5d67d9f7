import type { Declaration, DepartmentId, Finding } from '../types.js';
import { departmentOfRef } from '../graph/graph.js';

/**
 * What an incremental run re-lints and reuses by: a jurisdiction, or a file. A finding
 * belongs to its department's jurisdiction (for mandate-gap, the lower one: its department
 * is a lower one), or to its file when it names no department the catalogue declares.
 */
export type Scope = string;

/** The scope of a file's own findings; no jurisdiction id starts with a NUL. */
export function fileScope(file: string): Scope {
  return `\u0000${file}`;
}

export function scopeOf(f: Pick<Finding, 'department' | 'file'>, jurisdictionOf: ReadonlyMap<DepartmentId, string>): Scope {
  return (f.department !== undefined ? jurisdictionOf.get(f.department) : undefined) ?? fileScope(f.file);
}

/**
 * The other jurisdictions whose declarations the findings of each jurisdiction read: those
 * of the departments its departments name as counterparts, in `mandate`, `lead` and
 * `transferred_to`, and of the parties of its divisions. Departments that do not exist
 * name nothing.
 */
export function targetsOf(decls: Iterable<Declaration>, jurisdictionOf: ReadonlyMap<DepartmentId, string>): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>();
  const add = (from: string, dept: DepartmentId) => {
    const to = jurisdictionOf.get(dept);
    if (to === undefined || to === from) return;
    let set = targets.get(from);
    if (!set) targets.set(from, (set = new Set()));
    set.add(to);
  };
  for (const decl of decls) {
    if (decl.kind === 'division') {
      for (const party of decl.parties) add(decl.jurisdiction, party.department);
      continue;
    }
    const j = decl.jurisdiction;
    for (const id of decl.counterparts) add(j, id);
    for (const duty of decl.duties) {
      for (const ref of duty.mandate ?? []) add(j, departmentOfRef(ref));
      if (duty.lead !== undefined) add(j, departmentOfRef(duty.lead));
      if (duty.transferredTo !== undefined) add(j, duty.transferredTo);
    }
  }
  return targets;
}
