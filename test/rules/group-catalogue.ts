/**
 * One government whose first departments hold one line word for word: a group of the same
 * duty. A line that many of a government's departments carry is boilerplate there (no
 * finding at all), so the others hold duties of their own, each in made-up words that pair
 * with no other department's.
 */

export const LINE = '负责全市河道采砂监督管理，查处非法采砂行为';

const LETTERS = 'bcdfghjklmnpqrstvwxz';
/** A made-up word of its own for department `i`, which pairs with no other department's. */
export function word(i: number): string {
  let s = '';
  for (let k = 0, n = i; k < 4; k++, n = Math.floor(n / 20) + 7 * k + 3) s += LETTERS[n % 20];
  return s;
}

/** Department `i` of government hx (id `hx.d<i>`): `duties` (YAML list items), then a duty of its own. */
export function department(i: number, duties: string[] = [], extra: string[] = []): string {
  return [
    'kind: department', `id: hx.d${i}`, `name: 和县市第${i}局`, 'jurisdiction: hx', ...extra, 'duties:',
    ...duties,
    `  - id: own`, `    title: Oversee ${word(i)} ${word(i * 31 + 11)} licensing`, '    basis: [某条例]', '',
  ].join('\n');
}

/** The duty `sand` holding LINE, with `fields`. */
const holding = (...fields: string[]) => ['  - id: sand', `    title: ${LINE}`, ...fields.map((f) => `    ${f}`)];

/** A government of `total` departments, the first `holders` holding the line (with `fields` for department i). */
export function catalogue(holders: number, total = 40, fields: (i: number) => string[] = () => []): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < total; i++) files[`hx/d${String(i).padStart(5, '0')}.yaml`] = department(i, i < holders ? holding(...fields(i)) : []);
  return files;
}
