/**
 * Stop words: the generic vocabulary of duty statements, which carries no signal and is
 * dropped: the governance verbs every duty starts with (负责, 组织, 指导, 监督管理…), scope
 * words (全市, 本行政区域, 县级…), function words, and the frames of the 三定 style (方针政策,
 * 地方性法规, 决策部署…). General 三定 / 权责清单 vocabulary, the same in every policy area.
 * Weighting (src/matching/weights.ts) does the rest: words most departments of a government
 * use (质量, 安全, 执法…) weigh little there, and words of everyday language weigh little
 * everywhere.
 */

const words = (block: string): string[] => block.split(/\s+/).filter((w) => w.length > 0);

export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set(words(`
  负责 承担 承办 主管 分管 组织 指导 协调 统筹 督促 监督 管理 监管 监督管理 指导监督 监督指导 综合协调
  组织协调 指导协调 协调指导 组织指导 统筹协调 统筹推进 统筹指导 督促指导 督促检查 开展 组织开展 实施
  组织实施 推进 推动 创建 处理 加强 强化 完善 健全 建立 建立健全 拟订 拟定 制定 制订 起草 研究 提出 编制 贯彻 执行
  落实 贯彻落实 贯彻执行 参与 配合 会同 牵头 协助 做好 抓好 依法 依规 按照 根据 依据 依照 按规定 规定
  负责人 具体 主要 重点 有效 进一步 积极 全面 深入 深化 不断 切实 提高 提升 促进 推行 支持 引导 鼓励
  全国 全省 全市 全县 全区 全州 全盟 全旗 全镇 全乡 本省 本市 本县 本区 本州 本镇 本乡 本级 本部门 本系统
  本单位 本机关 本局 本委 本厅 本办 本行业 本领域 本地区 本辖区 本行政区域 行政区域 辖区 辖区内 区域内 范围 范围内 职责范围 县域 市域
  省域 省级 市级 县级 区级 乡级 镇级 各级 各类 各地 各项 各有关 有关部门 相关部门 其他部门 省直 市直 县直
  设区市 县市区 县区 市县 省市 省市县 上级 下级 同级
  工作 职责 职能 事项 任务 其他 有关 相关 以及 并 等 和 与 及 或 或者 的 对 为 在 中 由 向 从 于 按 把 将 之
  其 该 各 所 内 外 上 下 后 前 时 做 予以 进行 加以 给予 作出 做出 负有 担负 承接
  方针 政策 方针政策 政策措施 措施 办法 决策部署 部署 要求 法律法规 法规 规章 地方性法规 草案 规章草案
  法规草案 政府规章 规范性文件 日常 日常工作 工作机制 体制机制 指导实施 监督实施 组织落实 监督检查工作
`));

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(words(`
  a an the of and or for to in on at by with within its their his her it they them this that these those
  be is are was were been being as from into onto upon via per other all any each every such both either
  not no nor than so such also including include includes
  responsible responsibility responsibilities organize organise organizes organises organizing organising
  guide guides guiding coordinate coordinates coordinating implement implements implementing implementation
  carry carries out undertake undertakes undertaking work works related relevant matter matters duty duties
  administer administers administering administration oversee oversees overseeing oversight manage manages
  managing management ensure ensures ensuring provide provides providing support supports supporting
  develop develops developing establish establishes establishing maintain maintains maintaining promote
  promotes promoting perform performs performing assist assists assisting lead leads leading serve serves
  serving conduct conducts conducting direct directs directing handle handles handling carry
  county countywide district city municipal province provincial state statewide national nationwide federal
  local whole entire government governments department departments agency agencies office offices
  division divisions bureau board commission
  policy policies law laws regulation regulations rule rules plan plans planning program programs
  governor mayor commissioner secretary
  administrative inspection inspections penalty penalties disclose discloses disclosure complaint complaints
  information matters item items type impose imposes imposed imposing guidance
`));
