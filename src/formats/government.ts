import type { Lang, Level } from '../types.js';

const LEVELS: Record<Lang, Record<Level, string>> = {
  en: { national: 'national', provincial: 'provincial', municipal: 'municipal', county: 'county', district: 'district', township: 'township' },
  zh: { national: '国家级', provincial: '省级', municipal: '市级', county: '县级', district: '区级', township: '乡镇级' },
};

/**
 * A government as the reports title it: the catalogue names governments by jurisdiction id
 * only, so the level its departments declare (when they agree on one) says which kind it is.
 */
export function governmentLabel(jurisdiction: string, departments: ReadonlyArray<{ level?: Level | undefined }>, lang: Lang): string {
  const levels = new Set(departments.map((d) => d.level));
  const level = levels.size === 1 ? [...levels][0] : undefined;
  if (level === undefined) return jurisdiction;
  return lang === 'zh' ? `${jurisdiction}（${LEVELS.zh[level]}）` : `${jurisdiction} (${LEVELS.en[level]})`;
}
