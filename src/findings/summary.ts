import type { Finding } from '../types.js';

/** What a run found, counted, beside the catalogue's size. */
export interface Summary {
  files: number;
  departments: number;
  duties: number;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
  /** Findings left out because the baseline holds them (with a baseline only). */
  baselined?: number;
}

/** Counts findings by severity, beside the catalogue's size. */
export function summarize(
  findings: readonly Finding[], size: Pick<Summary, 'files' | 'departments' | 'duties' | 'suppressed'>,
): Summary {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return { ...size, errors: count('error'), warnings: count('warn'), infos: count('info') };
}
