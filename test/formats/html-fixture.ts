import { lint, reportInput } from '../../src/index.js';
import { formatHtml } from '../../src/formats/html.js';
import type { Lang } from '../../src/types.js';
import { writeCatalogue } from '../helpers.js';

/**
 * Markup where a catalogue holds text: a department name and two duty titles that overlap,
 * one of which tries to close the page's data block. Shown as text, none of it may run.
 */
export const HOSTILE = {
  name: '和县市水利局<b>加粗</b>',
  script: '<script>window.__pwned=1</script>',
  closer: '</script><img src=x onerror="window.__pwned=2"><!--',
};

const FILES = {
  'hx/water.yaml': `kind: department
id: hx.water
name: "${HOSTILE.name}"
jurisdiction: hx
duties:
  - id: sand-mining
    title: '负责全市河道采砂的统一监督管理${HOSTILE.script}'
`,
  'hx/natres.yaml': `kind: department
id: hx.natres
name: 和县市自然资源和规划局
jurisdiction: hx
duties:
  - id: sand
    title: '负责全市河道采砂监督管理，查处非法采砂行为${HOSTILE.closer}'
`,
};

/** The HTML report of a catalogue written with HOSTILE's texts (a temporary folder the caller removes). */
export async function hostileReport(lang: Lang = 'en'): Promise<{ html: string; dir: string }> {
  const dir = writeCatalogue(FILES);
  const result = await lint({ paths: [dir], lang, threads: 1 });
  return { html: formatHtml(reportInput(result)), dir };
}
