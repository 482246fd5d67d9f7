/**
 * Boilerplate duties that 三定 and agency charters put in nearly every department, in the
 * forms they are written everywhere, in Chinese and in English (a text is tested against
 * the patterns of the scripts it is written in): none of them is a duty one department could hold
 * instead of another. They are matched against a duty's normalised title (simplified
 * Chinese, lower case). A catalogue adds its own with `generic:` in the config; duties that
 * many departments of one government carry alike are found without a pattern
 * (src/matching/generic.ts).
 */
export const GENERIC_PATTERNS: { readonly chinese: readonly RegExp[]; readonly english: readonly RegExp[] } = {
  chinese: [
    // 完成市委、市政府交办的其他任务 / 承办…交办的其他事项
    /交办的?其他/,
    // 职能转变。… (the reform paragraph of a 三定)
    /^职能转变/,
    // 坚持和加强党对…工作的集中统一领导 / 全面领导 / 绝对领导
    /坚持(?:和加强)?党(?:中央)?(?:对|的)/,
    /党(?:的|对.{0,20}的)(?:集中统一|全面|绝对)领导/,
    // the department's own housekeeping: 本部门/本系统/本单位 safety, integrity, openness...
    /本(?:部门|系统|单位|机关|局|委|厅|办|支队|总队|大队|院|中心)[^，。；]*(?:安全生产|党风廉政|廉政建设|党的建设|党建|政务公开|信息化|保密|信访|意识形态|干部队伍|队伍建设|队伍管理|行风|精神文明|档案|财务|内部审计)/,
    /管行业必须管安全/,
    /机关(?:和|及|与)?(?:直属|所属|系统)单位[^，。；]*(?:党的建设|党建|安全生产|党风廉政|离退休)/,
    /有关职责分工/,
  ],
  english: [
    // other duties as assigned…
    /\bother (?:duties|tasks|functions|responsibilities)\b.{0,60}\b(?:assign|direct|prescrib|delegat|requir|law)/,
    // …and the agency's own housekeeping: its records, ethics, safety, controls, systems, staff
    /\b(?:department|agency|commission|office|authority|bureau|board|division|sheriff)(?:['’]s)? (?:own |internal )?(?:[a-z-]+ ){0,4}(?:records?|ethics|integrity|safety|controls?|audits?|information (?:systems?|security|technology)|cybersecurity|privacy|workforce|employees?|staff|personnel|training|strategic plan|performance report|code of conduct|conflict-of-interest|drug and alcohol|rules)\b/,
    /\b(?:freedom of information act|open records act|public records requests?|records retention|financial disclosure|ethics (?:and [a-z]+ )?(?:program|training|advice))\b/,
    /\b(?:internal|its own) (?:controls?|audits?|safety program|employees?)\b/,
    // …and the same in the words of a translated 三定: "in this department and its system"
    /\b(?:work safety|information disclosure|informati[sz]ation|integrity|party conduct|party building|confidentiality|petitions?)\b.{0,40}\b(?:this|its) (?:department|system|office|agency|bureau|unit)\b/,
    /\bannual (?:report|performance report) (?:on|of) (?:the )?(?:department|agency|office)/,
  ],
};
