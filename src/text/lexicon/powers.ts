import { stemmer } from 'stemmer';

const words = (block: string): string[] => block.split(/\s+/).filter((w) => w.length > 0);

/**
 * Powers a lower government may not create on its own (行政许可法 第十五、十六条; fees only by
 * law or the approved 收费目录): licences and approvals, and fees. A lower duty that
 * exercises one is founded only by a higher duty that speaks of the same kind of power (a
 * county's own 配套费征收 or "processing fee" shares its subject with a real upper duty), or,
 * for a licence, by half (powerFactor). Read from normalised text.
 */
export const POWER = {
  /** The duty grants a licence or approval (lower side: strictly). */
  licence: 1,
  /** The duty speaks of licensing, approving, registering, reviewing… (upper side: broadly). */
  licensing: 2,
  /** The duty charges a fee. */
  fee: 4,
  /** The duty speaks of fees, charges, prices, levies (upper side). */
  fees: 8,
} as const;

const PATTERNS: ReadonlyArray<readonly [number, RegExp]> = [
  [POWER.licence, /审批|许可|准入|核准|资质审|资格审|\b(?:licen[cs]\w*|approv\w*|permits?)\b/],
  [POWER.licensing, /审批|许可|准入|核准|审核|批准|审查|验收|认定|资质|资格|核发|发证|登记|备案|注册|审定|\b(?:licen[cs]\w*|approv\w*|permit\w*|certif\w*|regist\w*|authori[sz]\w*|inspect\w*)\b/],
  [POWER.fee, /收取[^，。；;]{0,24}费|费(?:的)?(?:征收|收取)|收费|工本费|有偿出让|征收[^，。；;]{0,16}(?:资金|费)|\b(?:collects?|charges?|levies|levy|imposes?|pays?)\b[^.;]{0,48}\bfees?\b|\bfees?\b/],
  [POWER.fees, /费|价格|征收|征缴|有偿|\b(?:fees?|charges?|prices?|pricing|assessments?|levies|levy|tolls?)\b/],
];

/** The POWER bits of a text. */
export function powersOf(text: string): number {
  let bits = 0;
  for (const [bit, pattern] of PATTERNS) if (pattern.test(text)) bits |= bit;
  return bits;
}

/**
 * How far an upper duty with `upper` powers founds a lower duty with `lower` powers, from 0
 * to 1: a fee the upper duty does not speak of is founded by nothing; a licence, by half:
 * lower levels do issue the certificates of a licensing regime their upper duty only
 * names (核发网络预约出租汽车经营许可证 under 出租汽车行业管理).
 */
export function powerFactor(lower: number, upper: number): number {
  if (lower & POWER.fee && !(upper & POWER.fees)) return 0;
  return lower & POWER.licence && !(upper & POWER.licensing) ? 0.5 : 1;
}

/**
 * Words that name the kind of power or procedure a duty exercises (the item types of a
 * 权责清单 and their everyday verbs), not what it is exercised on: two duties that share only
 * these do different things the same way. They weigh as any word does, but are not counted
 * among the things two duties share (sharedConcepts).
 */
export const PROCEDURE_WORDS: ReadonlySet<string> = new Set([...words(`
  行政许可 行政处罚 行政强制 行政征收 行政给付 行政检查 行政确认 行政奖励 行政裁决 其他行政权力 公共服务
  许可 许可证 审批 核准 核发 登记 备案 注册 认定 审核 审查 验收 发证 换证 年检 检查 监督检查 抽查 抽检
  处罚 查处 强制 征收 收费 收取 投诉 举报 投诉举报 受理 信息公开 政务公开 政务信息公开 公开 报送
`), ...words(`
  approval approve approves approved license licence licenses licences licensing permit permits registration
  register certification certify review reviews
`).map((w) => stemmer(w))]);
