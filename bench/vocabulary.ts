/**
 * Word lists for the synthetic benchmark catalogue (bench/generate.ts).
 *
 * Every department type owns its own topic phrases ("topics", with an English gloss
 * for the ~5% of duties written in English) and a separate list of local-only topics
 * that never appear at higher levels (used for local duties with a legal basis and for
 * planted unfounded / orphan / overlap duties). Topics are written so that no two
 * department types share a distinctive word: unplanted duties of one jurisdiction must
 * not look alike across departments. Distinctive is as duty-lint weighs words: not a stop
 * word, and left a weight of 0.1 or more by general language and by how many departments
 * use it. So count also:
 * - the words a form of the abbreviation table stands for (医保 says 医疗保障 and 保障, 公交
 *   says 公共交通 and 公共, 安责险 says 保险 and 责任): a generic word inside a concept belongs
 *   to one type, however common it looks;
 * - the English glosses: English is so rare in the catalogue that every English word outside
 *   the stop list is distinctive, so no two types' glosses share one (services, public…);
 * - local and abbreviation topics against their own type's topics too: a planted copy in
 *   another department would share the word with the owner's other duties;
 * - the frames around a topic: a topic ending in 市场 reads 市场监管 (a concept) before a
 *   frame's 监管, and one ending in 编制 or 管理 makes a compound with 工作.
 * Words used by nearly every type (建设, 服务, 发展, 项目) weigh little and may be shared.
 */

export interface Topic {
  zh: string;
  en: string;
}

export interface DeptType {
  /** Id suffix and file name, e.g. `amr` -> `p01.c03.amr`, `p01/c03/amr.yaml`. */
  code: string;
  /** Name of the national body. */
  nat: string;
  /** Name suffix at provincial level (after the province name). */
  prov: string;
  /** Name suffix at municipal and county level. */
  local: string;
  /** Short name suffix (after 省/市/县/区). */
  short: string;
  /** Field label, used as a tag. */
  field: string;
  /** Core types exist in every jurisdiction; others may be missing below the root. */
  core: boolean;
  /** Functional budget classification code (政府收支分类), for budget lines. */
  budget: string;
  laws: string[];
  topics: Topic[];
  /** Local-only topics (Chinese only). */
  local_topics: string[];
  /**
   * Local-only topics that contain the full form of an abbreviation of the project's table
   * (src/text/lexicon/abbreviations-zh.ts), used only for planted \`abbreviation\` overlaps. Neither
   * form shares a distinctive word with any topic of any type.
   */
  abbr_topics?: string[];
}

function topics(block: string): Topic[] {
  const out: Topic[] = [];
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const bar = line.indexOf('|');
    if (bar < 0) throw new Error(`vocabulary: topic without English gloss: ${line}`);
    out.push({ zh: line.slice(0, bar).trim(), en: line.slice(bar + 1).trim() });
  }
  return out;
}

function list(block: string): string[] {
  return block.split(/\s+/).filter((s) => s.length > 0);
}

export const DEPT_TYPES: readonly DeptType[] = [
  {
    code: 'amr', nat: '国家市场监督管理总局', prov: '市场监督管理局', local: '市场监督管理局', short: '市场监管局',
    field: '市场监管', core: true, budget: '201',
    laws: ['中华人民共和国特种设备安全法', '中华人民共和国产品质量法', '中华人民共和国反不正当竞争法', '中华人民共和国计量法'],
    topics: topics(`
      市场主体登记注册|market entity registration
      特种设备使用登记和定期检验|boilers, lifts and pressure vessels
      生产许可证产品监督抽查|spot checks of certified products
      计量器具检定和计量标准管理|metrology and measuring instruments
      标准化工作和地方标准制定|standardization and local standards
      认证认可和检验检测机构监管|accreditation and testing bodies
      反垄断和反不正当竞争案件查办|anti-monopoly and unfair competition cases
      涉企收费检查|fees charged to firms
      广告内容导向监管|advertising
      网络市场监管|online marketplaces
      消费维权和投诉举报处理|consumer rights and complaints
      知识产权和商标专利管理|trademarks and patents
      食品生产经营许可|food makers and sellers
      食品抽样检验和问题食品召回|food sampling and unsafe food recalls
      零售药店和化妆品经营监管|retail pharmacies and cosmetics
      合同行政监管和格式条款规制|fine-print clauses and standard terms
      公用品牌建设|brands
      企业年报公示和经营异常名录管理|annual filings of firms and the abnormal operations list
      缺陷产品召回管理|defective product recalls
      个体工商户发展和帮扶|sole proprietors
      集贸市场和商品批发市场监管|market fairs and commodity wholesale
      直销和传销行为查处|direct selling and pyramid schemes
      食品小作坊和摊贩登记管理|small food workshops and hawkers
    `),
    local_topics: list('夜市摊点划行归市 早餐放心店挂牌 节假日商户明码标价检查 直播带货提醒告诫 平价菜店布点'),
    abbr_topics: list('麻醉药品和精神药品销毁监督'),
  },
  {
    code: 'agri', nat: '农业农村部', prov: '农业农村厅', local: '农业农村局', short: '农业农村局',
    field: '农业农村', core: true, budget: '213',
    laws: ['中华人民共和国农业法', '中华人民共和国农产品质量安全法', '中华人民共和国动物防疫法'],
    topics: topics(`
      高标准农田建设|farmland upgrading
      农产品质量追溯|traceability of farm produce
      种植业结构调整和大豆油料扩种|crop structure and soybean and oilseed planting
      畜牧业和饲料行业管理|animal husbandry and feed
      畜禽防疫和兽药监管|livestock epidemics and veterinary drugs
      渔业船舶管理和水产养殖|fishing and aquaculture
      农村宅基地管理和闲置宅基地盘活|rural homesteads
      农村集体经济发展|rural collective economy
      农业机械化推广和农机牌证|farm machinery and mechanization
      农药化肥使用减量增效|reducing pesticide and fertilizer use
      农村厕所革命和村容村貌提升|rural toilets and tidy hamlets
      家庭农场和种养大户发展|family farms and big growers
      农作物种子和品种管理|crop seeds and varieties
      病虫害统防统治和植保服务|crop pests and spraying
      二轮承包到期延包|rural plot leases
      农业生产资料打假|counterfeit farm inputs
      乡村振兴统筹推进|rural revitalization
      防止规模性返贫|relapse into poverty
      秸秆综合利用和农膜回收|straw use and plastic mulch recovery
      蔬菜大棚和产地冷藏保鲜|greenhouse farming and cold storage
      农户负担监督管理|farmers' burdens
      农业推广站所建设|agricultural extension agents
    `),
    local_topics: list('茶园机采示范 稻虾共作连片发展 优质水果优势区 美丽田园片区打造 丰收节农耕体验'),
    abbr_topics: list('非洲猪瘟无疫区建设'),
  },
  {
    code: 'health', nat: '国家卫生健康委员会', prov: '卫生健康委员会', local: '卫生健康委员会', short: '卫健委',
    field: '卫生健康', core: true, budget: '210',
    laws: ['中华人民共和国基本医疗卫生与健康促进法', '中华人民共和国传染病防治法', '中华人民共和国职业病防治法'],
    topics: topics(`
      食源性疾病报告|foodborne illness reporting
      传染病防控和疫情报告|infectious disease and outbreak reporting
      公共卫生服务项目|public health programmes
      医院执业许可和诊疗质控|hospital practice and clinical quality
      母婴健康服务|maternal and infant health
      尘肺病防治|pneumoconiosis
      病媒防制和健康细胞建设|patriotic hygiene campaigns
      生育支持政策落实|birth support policies
      老龄健康和安宁疗护|ageing health and hospice
      群体性不明原因疾病处理|clusters of unexplained illness
      中医医院和中医药服务|traditional Chinese medicine
      基层卫生和村卫生室建设|primary clinics
      血液采供和临床用血管理|blood banks and clinical blood use
      心理健康服务和心理疏导|mental health
      控烟和健康素养促进|tobacco and health literacy
      放射卫生和消毒产品监督|x-ray hygiene and disinfectants
      公共场所和生活饮用水卫生监督|public hygiene
      住院医师规范化培养|residency programmes
      慢性非传染性疾病筛查和管理|chronic disease screening
      免疫接种和疫苗管理|vaccination
      医患纠纷调处|doctor-patient conflicts
      120急救站点|ambulances
    `),
    local_topics: list('哺乳室建设 百岁寿星随访 名医巡诊 义诊下乡 云药房配送'),
    abbr_topics: list('三岁以下婴幼儿照护服务机构'),
  },
  {
    code: 'emergency', nat: '应急管理部', prov: '应急管理厅', local: '应急管理局', short: '应急局',
    field: '应急管理', core: true, budget: '224',
    laws: ['中华人民共和国安全生产法', '中华人民共和国突发事件应对法', '中华人民共和国消防法'],
    topics: topics(`
      安全生产综合监督管理|work safety
      危险化学品重大危险源管控|major hazard sources of hazardous chemicals
      非煤矿山安全生产|metal and stone mines
      烟花爆竹流向管控|fireworks
      工贸行业安全生产|workplace safety
      应急预案编制和演练|contingency plans and drills
      因灾倒损民房恢复重建|post-disaster rebuilding
      防汛抗旱指挥部日常工作|flood and drought headquarters
      山火扑救指挥协调|wildfire fighting
      地震灾害应急救援|earthquake rescue
      生产安全事故追责和处理|accident investigations
      应急救灾装备配备|disaster equipment
      消防救援力量协调|firefighting and rescue forces
      防灾减灾能力建设|disaster-reduction capacity
      双重预防机制建设|the dual prevention approach
      尾矿库闭库销库|closure of tailings ponds
      应急值班值守和指挥调度|duty rosters and emergency command
      安全生产巡查|work safety rounds
      灾害风险底数|disaster risk baseline
      社会应急力量管理|grassroots rescue forces
      冶金和粉尘涉爆企业隐患治理|metallurgy and combustible dust hazards
    `),
    local_topics: list('电动自行车充电桩建设 避难点布设 小散乱企业关停 村村响大喇叭 群租房违规隔断'),
    abbr_topics: list('油气输送管道巡护'),
  },
  {
    code: 'env', nat: '生态环境部', prov: '生态环境厅', local: '生态环境局', short: '生态环境局',
    field: '生态环境', core: true, budget: '211',
    laws: ['中华人民共和国环境保护法', '中华人民共和国大气污染防治法', '中华人民共和国水污染防治法'],
    topics: topics(`
      大气污染物减排|air pollutant cuts
      水源地环境和流域水生态|watersheds
      土壤污染状况详查|soil contamination
      固体废物和新污染物|solid wastes and novel pollutants
      建设项目环境影响评价|environmental impact assessment
      排污许可管理|effluent permits
      生态环境监测和环境状况公报|ecological monitoring and state-of-environment bulletins
      生态环境督察整改|environmental inspection rectification
      核与辐射监管|nuclear and radiation
      噪声污染和声环境功能区|noise zones
      移动源排气污染监管|tailpipe emissions
      温室气体清单和应对气候变化|emission inventories and climate change
      生物多样性观测|biodiversity
      环境污染事件溯源|tracing pollution incidents
      生态环境稽查|environmental offences
      集镇生活污水处理|decentralized sewage
      入河排污口设置管理|sewage outfalls
      生态环境损害赔偿|ecological restitution
      污染源自动监控|automatic pollution monitors
    `),
    local_topics: list('黑臭水体回头看 沿街油烟扰民处理 露天禁烧 工地扬尘视频抓拍 限塑禁塑检查'),
    abbr_topics: list('碳排放权交易履约'),
  },
  {
    code: 'housing', nat: '住房和城乡建设部', prov: '住房和城乡建设厅', local: '住房和城乡建设局', short: '住建局',
    field: '住房城乡建设', core: true, budget: '212',
    laws: ['中华人民共和国建筑法', '建设工程质量管理条例', '物业管理条例'],
    topics: topics(`
      建筑施工现场监督|construction sites
      建筑业和招标投标监管|construction tendering
      房地产企业和预售资金监管|realtors and pre-sale escrow
      城镇安居工程和棚户区改造|affordable housing
      住房公积金管理|housing savings
      城镇老旧小区改造|renovation of old residential compounds
      物业服务行业监管|property management
      既有建筑能效提升|thermal retrofits of existing buildings
      城镇燃气行业管理|piped gas
      城镇供水和排水管网建设|mains and sewers
      危旧房改造和农房建设|dilapidated houses and farmhouses
      历史街区和传统村落|historic buildings and townscapes
      工程造价管理|construction cost
      建筑业企业资质管理|builder qualifications
      房屋征迁|housing demolition and relocation
      市政基础设施建设|municipal utilities
      施工图设计审查|construction drawing vetting
      勘察设计行业管理|architects and engineering consultants
      住房租赁企业监管|housing rentals
      建筑废弃物消纳场|builders' rubble yards
      装配式建筑发展|prefabricated buildings
    `),
    local_topics: list('老旧住宅加装电梯 城中村拆建试点 青年公寓筹集 雨污分流 屋顶光伏'),
    abbr_topics: list('业主委员会组建指导 地下综合管廊入廊管理'),
  },
  {
    code: 'edu', nat: '教育部', prov: '教育厅', local: '教育局', short: '教育局',
    field: '教育', core: true, budget: '205',
    laws: ['中华人民共和国教育法', '中华人民共和国义务教育法', '中华人民共和国教师法'],
    topics: topics(`
      义务教育均衡发展|compulsory schooling
      学前教育学位扩容|preschools
      普通高中特色办学|senior high schools
      产教融合和实习实训|secondary vocational schools
      教师队伍建设和师德师风|teachers and their conduct
      中小学招生入学|school admissions
      学生资助|pupil grants
      防溺水教育|drowning
      教育督导评估|school evaluation and inspection
      民办学校办学许可和监管|private schools
      学科类校外辅导机构监管|off-campus tutoring
      美育和艺术教育|arts education
      特殊教育发展|special education
      智慧校园建设|smart campuses
      普通话水平测试|Mandarin proficiency
      中小学生体能达标测试|pupil stamina
      教材和教辅读物|textbooks and workbooks
      家校共育指导|school-parent cooperation
      教育经费统筹管理|education spending
      终身教育和继续教育|lifelong and continuing education
    `),
    local_topics: list('课后延时托管 校车接送 综合实践营地 名校集团化共建 营养午餐供餐'),
    abbr_topics: list('托儿所和幼儿园膳食'),
  },
  {
    code: 'finance', nat: '财政部', prov: '财政厅', local: '财政局', short: '财政局',
    field: '财政', core: true, budget: '201',
    laws: ['中华人民共和国预算法', '中华人民共和国会计法', '中华人民共和国政府采购法'],
    topics: topics(`
      财政预算编制和执行|budget preparation
      政府采购监督管理|government procurement
      国库集中收付|treasury disbursements
      政府隐性债务清偿|hidden government debt
      公物仓和公物调剂|surplus furniture
      会计管理和代理记账|accounting and bookkeeping agencies
      财经纪律和财会监督|fiscal discipline
      预算绩效管理|budget results
      非税收入管理|non-tax revenue
      财政投资评审|scrutiny of fiscal outlays
      转移支付资金分配|transfer payments
      政府和社会资本合作项目论证|PPP partnerships
      财政票据管理|fiscal receipts
      惠民惠农资金一卡通发放|subsidy payouts
      乡镇财政管理|township budgets
      财政专户管理|segregated fiscal accounts
      财源建设和税源培植|tax base cultivation
    `),
    local_topics: list('直达资金台账 村组运转兜底 政府引导基金让利返投 惠企政策资金兑付 罚没财物管理'),
    abbr_topics: list('专项债券还本付息'),
  },
  {
    code: 'hrss', nat: '人力资源和社会保障部', prov: '人力资源和社会保障厅', local: '人力资源和社会保障局', short: '人社局',
    field: '人力资源社会保障', core: true, budget: '208',
    laws: ['中华人民共和国劳动法', '中华人民共和国社会保险法', '中华人民共和国劳动合同法'],
    topics: topics(`
      基本养老保险|citizens' pension insurance
      工伤保险和失业保险|work injury and unemployment insurance
      就业创业促进和职业介绍|employment, entrepreneurship and job placement
      职业技能培训和技能人才表彰|skills training
      劳动用工监察和根治欠薪|labour inspections and unpaid wages
      劳动人事争议仲裁|labour dispute arbitration
      职称评聘|professional ranks
      事业单位公开招聘和岗位管理|recruitment in institutions
      机关事业单位工资待遇|salaries in institutions
      劳动关系协调和企业用工指导|labour relations
      应届毕业生就业服务|jobs for graduates
      农民工工资专用账户管理|migrant workers' payroll
      人事考试组织|recruitment exams
      职业中介机构许可|job agencies
      留学回国和海外高层次人才|repatriate students and expatriate talent
      技工院校管理|skilled-craft colleges
      社会保险基金监督|insurance solvency
      养老金待遇|retirees
      劳务派遣单位行政许可|labour dispatch agencies
    `),
    local_topics: list('零工市场搭建 育婴师持证上岗 返乡能人回引 春风行动 外卖骑手暖心服务'),
    abbr_topics: list('博士后科研工作站设站考评'),
  },
  {
    code: 'commerce', nat: '商务部', prov: '商务厅', local: '商务局', short: '商务局',
    field: '商务', core: true, budget: '216',
    laws: ['中华人民共和国对外贸易法', '中华人民共和国外商投资法', '单用途商业预付卡管理办法'],
    topics: topics(`
      对外贸易促进和进出口管理|import and export trade
      外商投资促进和服务|inbound investment
      商贸流通企业|distributive trades
      电子商务发展|e-commerce
      商业街区和商圈建设|shopping precincts
      生活必需品保供稳价|daily necessities
      单用途商业预付卡管理|prepaid vouchers
      加油站和油品流通管理|petrol forecourts
      报废车拆解企业|scrappage dismantling
      废品交投站点|scrap dealers
      援外和境外项目|overseas contracting
      境外投资和境外企业服务|outbound investment
      拍卖企业和二手车经销|auctions and used cars
      外贸新业态|cross-border trade formats
      家政服务业发展|housekeeping
      餐饮业发展和餐饮浪费制止|catering and banquet frugality
      老字号企业扶持|laozihao stores
      县域商业网点布局|county store networks
      会展经济和重点展会组织|exhibitions and expos
    `),
    local_topics: list('夜间经济集聚区建设 步行街品质提升 保税备货仓建设 家电以旧换新 一刻钟便民生活圈建设'),
    abbr_topics: list('中国国际进口博览会参展组织'),
  },
  {
    code: 'police', nat: '公安部', prov: '公安厅', local: '公安局', short: '公安局',
    field: '公安', core: true, budget: '204',
    laws: ['中华人民共和国人民警察法', '中华人民共和国治安管理处罚法', '中华人民共和国道路交通安全法'],
    topics: topics(`
      社会治安立体化巡防|policing patrols
      刑事侦查和命案侦破|crime solving
      户籍和居民身份证管理|hukou and identity documents
      机动车号牌和驾驶证核发|number plates and motorist licences
      出入境证件签发|exit-entry documents
      跨境赌博打击|gambling rings
      禁毒和戒毒康复|narcotics and rehabilitation
      大型集会和庆典安保|crowd security at mass gatherings
      枪支弹药和管制刀具管理|firearms, ammunition and knives
      民用爆炸物品治安管理|commercial explosives
      反恐怖防范和重点目标防护|counter-terrorism
      看守所和拘留所管理|detention centres
      经济犯罪侦查和防范|white-collar crime
      诈骗预警劝阻|fraud warnings
      保安公司和保安员管理|security guards
      居住证签注|domicile papers
      辅警招录和管理|auxiliary police
      110接处警|110 call handling
    `),
    local_topics: list('安防楼院 护学岗执勤 防盗芯片安装 警务室驻点 见义勇为褒奖'),
    abbr_topics: list('巡逻警察街面巡控'),
  },
  {
    code: 'civil', nat: '民政部', prov: '民政厅', local: '民政局', short: '民政局',
    field: '民政', core: true, budget: '208',
    laws: ['社会救助暂行办法', '中华人民共和国慈善法', '殡葬管理条例'],
    topics: topics(`
      社会救助和特困人员救助供养|minimum living allowance and support for the destitute
      老年人福利和居家上门服务|elderly welfare and home care
      敬老院和社会福利机构监管|nursing homes
      儿童福利和困境儿童|child welfare and minors
      社会团体和社会服务机构年检|social organizations
      婚姻管理和儿童收养|marriage and adoption
      殡葬管理和节地安葬|funerals and burials
      行政区划和地名管理|administrative divisions and place names
      残疾人两项补贴|disability allowances
      慈善组织和社会捐赠|charity and donations
      村民自治和村务公开|village self-government
      社会工作和志愿服务|social work and volunteering
      流浪乞讨人员救助管理|assistance for homeless people
      福利彩票公益金使用管理|lottery proceeds
      省市县界线联检|boundary lines
      社会救助申请人核对|eligibility of applicants
    `),
    local_topics: list('长者食堂建设 邻里互助时间银行 婚俗新风倡导 微心愿认领 孤寡独居探访'),
  },
  {
    code: 'justice', nat: '司法部', prov: '司法厅', local: '司法局', short: '司法局',
    field: '司法行政', core: true, budget: '204',
    laws: ['中华人民共和国人民调解法', '中华人民共和国律师法', '中华人民共和国社区矫正法'],
    topics: topics(`
      法治政府建设|lawful governance
      红头文件合法性审核|legality review of circulars
      行政复议和行政应诉|administrative reconsideration and litigation
      多元调解组织建设|mediation
      社区矫正|community corrections
      法律服务所监管|paralegal offices
      公证和司法鉴定管理|notarization and forensic appraisal
      法律援助|legal aid
      法治宣传阵地建设|legal awareness
      司法所建设|judicial offices
      安置帮教|resettlement of released prisoners
      行政处罚裁量基准审核|penalty discretion benchmarks
      12348法律服务热线|the 12348 legal hotline
      陪审员和监督员选任|people's assessors and supervisors
      政府法律顾问|government legal counsel
    `),
    local_topics: list('明白人遴选 非诉讼服务 新时代枫桥经验 民法典宣讲 企业合规体检'),
    abbr_topics: list('律师事务所分所开办'),
  },
  {
    code: 'natres', nat: '自然资源部', prov: '自然资源厅', local: '自然资源和规划局', short: '自然资源局',
    field: '自然资源', core: true, budget: '220',
    laws: ['中华人民共和国土地管理法', '中华人民共和国矿产资源法', '中华人民共和国测绘法'],
    topics: topics(`
      国土空间规划编制和实施|territorial spatial planning
      耕地占补平衡|cropland offsets
      建设用地报批和批后监管|land allocation
      不动产权证书颁发|land deeds
      矿产资源开发监管|mineral resources
      地质勘查和避险搬迁|geological prospecting and geohazards
      测绘地理信息管理|surveying, mapping and geographic information
      自然资源统一确权|natural resource titling
      征地补偿和收储|land acquisition compensation
      山水林田湖草修复|ecosystem restoration
      卫片图斑核查|verification of satellite image patches
      海洋和海域使用管理|marine and sea use
      规划许可和规划核实|planning consents
      实用性村庄规划|countryside layouts
    `),
    local_topics: list('古村风貌引导 古生物化石 砖瓦窑复垦 房产证补办 天际线导则编制'),
    abbr_topics: list('矿业权出让收益核定'),
  },
  {
    code: 'transport', nat: '交通运输部', prov: '交通运输厅', local: '交通运输局', short: '交通运输局',
    field: '交通运输', core: true, budget: '214',
    laws: ['中华人民共和国公路法', '中华人民共和国道路运输条例', '中华人民共和国港口法'],
    topics: topics(`
      公路建设和养护管理|highways and their upkeep
      通村公路建设|feeder roads
      道路旅客运输和道路货物运输|road passenger and freight haulage
      客运班线和出租汽车管理|intercity buses and taxis
      水路运输和港口航道管理|waterway transport, ports and channels
      两客一危车辆动态监管|tracking of buses and tanker trucks
      交通建设监理|transport works inspectors
      路政管理和超限运输许可|road administration and oversize haulage
      汽车维修和驾校监管|auto repair and driving tuition
      交通运输行业管理|the transport sector
      现代物流枢纽建设|modern logistics hubs
      镇村客运一体化|feeder bus routes
      交通战备|transport war readiness
      营运车辆营运证|lorry drivers
      桥梁隧道养护|bridge and tunnel maintenance
      公路出行信息服务|highway journey planning
    `),
    local_topics: list('候车亭建设 渡口渡船管理 货车司机之家建设 观光专线开通 过境绕行'),
  },
  {
    code: 'water', nat: '水利部', prov: '水利厅', local: '水利局', short: '水利局',
    field: '水利', core: true, budget: '213',
    laws: ['中华人民共和国水法', '中华人民共和国防洪法', '中华人民共和国水土保持法'],
    topics: topics(`
      取水许可和用水定额|water abstraction quotas
      河长制湖长制组织实施|river and lake chiefs
      水利建设稽察|waterworks inspection
      水土保持监督|water erosion
      饮水巩固提升|potable water
      洪水防御和蓄滞洪区管理|levees and retention basins
      再生水配置|reclaimed water reuse
      河道采砂管理|river sand dredging
      水库除险加固|reservoirs and dams
      大中型灌区续建配套|irrigation districts
      水文测报和水情预报|hydrological forecasting
      河湖岸线划界|river and lake shorelines
      超采区压采|groundwater overdraft
      小型水电站退出|hydropower decommissioning
    `),
    local_topics: list('亲水步道建设 山塘清淤疏浚 雨水调蓄回用 治水展示馆 圩区排涝泵站提标'),
  },
  {
    code: 'culture', nat: '文化和旅游部', prov: '文化和旅游厅', local: '文化和旅游局', short: '文旅局',
    field: '文化旅游', core: true, budget: '207',
    laws: ['中华人民共和国公共文化服务保障法', '中华人民共和国文物保护法', '中华人民共和国旅游法'],
    topics: topics(`
      文化馆站免费开放|free cultural halls
      馆藏文物和考古管理|cultural relics and archaeology
      非物质文化遗产传承|intangible cultural heritage
      旅行社和导游管理|travel agencies and tour guides
      A级旅游景区评定和复核|A-level sightseeing attractions
      营业性演出和歌舞娱乐监管|performances and nightlife
      广播电视和视听节目管理|broadcasting and streaming
      新闻出版和版权管理|press, publishing and copyright
      文艺创作生产|literary creation
      图书馆文化馆博物馆建设|libraries and museums
      全域旅游和入境旅游|all-for-one tourism
      星级饭店评定|star hotel rating
      红色旅游发展|red tourism
      文化创意园区|creative quarters
      古籍整理|rare books
      电影放映管理|cinemas
    `),
    local_topics: list('自助书房建设 村晚汇演 精品民宿评级 文创市集组织 手作工坊授牌'),
  },
  {
    code: 'stats', nat: '国家统计局', prov: '统计局', local: '统计局', short: '统计局',
    field: '统计', core: true, budget: '201',
    laws: ['中华人民共和国统计法', '全国经济普查条例', '全国农业普查条例'],
    topics: topics(`
      经济普查组织实施|economic census
      企业景气调查|confidence polling
      地区生产总值核算|economic output estimates
      统计造假惩治|falsified statistics
      统计调查项目|statistical questionnaires
      一套表企业直报|direct statistical returns
      统计信息发布和统计分析|statistical digests and analysis
      统计原始记录|statistical ledgers
      人口变动调查|population dynamics
      住户收支调查|household income and expenditure
      统计地址库|statistical addresses
      统计员轮训|statistician courses
    `),
    local_topics: list('楼宇经济摸底 快递件量测算 社情快速调研 网店活跃度测度 首店经济跟踪'),
    abbr_topics: list('限额以上批零住餐企业入统'),
  },
  {
    code: 'audit', nat: '审计署', prov: '审计厅', local: '审计局', short: '审计局',
    field: '审计', core: true, budget: '201',
    laws: ['中华人民共和国审计法', '中华人民共和国审计法实施条例'],
    topics: topics(`
      决算草案审计|audit of draft final statements
      经济责任审计|incumbency audits
      政府投资项目竣工决算审计|completion audits
      离任审计|departure audits
      民生资金审计|livelihood audits
      审计结果公告|audit findings
      内部审计指导监督|internal audit
      审计发现问题销号|closing audit issues
      稳增长政策落实审计|growth stimulus audits
      社会审计机构监督|oversight of auditors
    `),
    local_topics: list('村社巡察联动 价款审减 三资抽审 涉农资金穿透 控制价偏差复查'),
  },
  {
    code: 'medins', nat: '国家医疗保障局', prov: '医疗保障局', local: '医疗保障局', short: '医保局',
    field: '医疗保障', core: true, budget: '210',
    laws: ['医疗保障基金使用监督管理条例', '中华人民共和国社会保险法'],
    topics: topics(`
      医疗保障参保扩面|medical plan enrolment
      医保参保补助|enrolment premiums support
      医保按病种付费|diagnosis-related group billing
      定点医疗机构协议管理|agreements with designated providers
      医用耗材招采|purchasing of pharmaceuticals and implants
      医疗服务价格管理|medical tariffs
      欺诈骗保追回|claims cheating
      医保目录执行|reimbursement formulary
      异地就医直接结算|inter-province settlement
      医保经办服务|medical claims desks
      门诊共济保障|outpatient pooling
    `),
    local_topics: list('补充承保 刷脸就诊终端 陪诊陪护 大病众筹引导'),
  },
  {
    code: 'forestry', nat: '国家林业和草原局', prov: '林业局', local: '林业局', short: '林业局',
    field: '林业', core: false, budget: '213',
    laws: ['中华人民共和国森林法', '中华人民共和国野生动物保护法'],
    topics: topics(`
      林木采伐许可|timber felling
      林地征占用许可|woodland requisition
      森林覆盖率和林地一张图|forest coverage
      松材线虫病除治|pine wilt nematode
      陆生野生动物保护和驯养繁殖许可|wildlife protection and breeding
      国家公园建设|national parks
      湿地保护和湿地公园|wetlands
      植树造林|voluntary afforestation
      林长制推行|forest wardens
      林场管护|woodland stewardship
      林权流转和林权抵押|forest tenure and mortgages
      林下经济和经济林发展|understorey ginseng and fruit trees
      古树名木保护|ancient and famous trees
      林木良种选育|forest tree breeding
      草原保护|grassland
    `),
    local_topics: list('油茶林复壮 康养小镇 林区防火隔离带建设 竹林丰产 护林员巡山护林'),
  },
  {
    code: 'sport', nat: '国家体育总局', prov: '体育局', local: '体育局', short: '体育局',
    field: '体育', core: false, budget: '207',
    laws: ['中华人民共和国体育法', '全民健身条例'],
    topics: topics(`
      全民健身活动组织|fitness for all
      体育场馆错时服务|sports venues
      竞技体育和教练员|elite sports and coaches
      青少年体育和体育后备梯队|youth sports
      体育赛事活动管理|sports events
      体育健身休闲业|fitness and leisure
      社会体育指导员管理|sports instructors
      游泳和攀岩等项目许可|dangerous sports such as swimming
      全民体质测定|physique
      反兴奋剂工作|doping
      单项体育协会管理|sports associations
    `),
    local_topics: list('笼式足球场建设 村级篮球联赛举办 龙舟竞渡 环湖骑行道 门球比赛'),
    abbr_topics: list('省运动会承办'),
  },
  {
    code: 'petition', nat: '国家信访局', prov: '信访局', local: '信访局', short: '信访局',
    field: '信访', core: false, budget: '201',
    laws: ['信访工作条例'],
    topics: topics(`
      信访事项受理交办|acceptance and assignment of petitions
      信访事项督查督办|petition follow-up
      初信初访化解|resolution of first-time petitions
      重复信访化解|repeated petitions
      网上信访办理|e-petitions
      领导接访下访|leaders meeting petitioners
      信访形势研判|petition trends
      信访积案攻坚|backlog petitions
    `),
    local_topics: list('民意建议征求 代办员选聘 矛盾走访 来访大厅改建'),
  },
  {
    code: 'veterans', nat: '退役军人事务部', prov: '退役军人事务厅', local: '退役军人事务局', short: '退役军人局',
    field: '退役军人', core: true, budget: '208',
    laws: ['中华人民共和国退役军人保障法', '军人抚恤优待条例'],
    topics: topics(`
      退役军人移交|veteran handover
      退役士兵逐月领取退役金|monthly stipends to discharged soldiers
      优抚对象抚恤优待|entitled persons' stipends
      英雄烈士褒扬和烈士陵园|honouring martyrs and their cemeteries
      军队离休退休干部服务管理|ex-military cadres
      双拥模范城命名|military-civilian mutual support
      退役军人服务站|veteran outposts
      光荣院和军休所|honour hostels
      军人军属优待证|preferential passes
    `),
    local_topics: list('老兵关爱基金 戎耀之家 兵妈妈联谊会 军创典型选树 烈属节日慰问'),
  },
  {
    code: 'urban', nat: '住房和城乡建设部城市管理监督局', prov: '城市管理综合执法局', local: '城市管理局', short: '城管局',
    field: '城市管理', core: false, budget: '212',
    laws: ['城市市容和环境卫生管理条例', '城市绿化条例'],
    topics: topics(`
      市容市貌和门前三包管理|city appearance and frontage responsibility
      生活垃圾分类和处理|rubbish sorting
      城市绿化和园林管理|urban landscaping
      户外招牌管理|outdoor signage
      违法建设拆除|illicit sheds
      城市照明管理|street lighting
      占道摆摊整治|street vending
      渣土清运管理|muck hauling
      城管协管员|urban enforcement helpers
      广场游园和街头绿地管理|plazas and street gardens
      网格化城市管理|city grids
      静态停车秩序管理|kerbside bays
      餐厨垃圾收运|kitchen leftovers
      保洁服务市场化|outsourced street cleaning
    `),
    local_topics: list('街角微景观营造 背街小巷微更新 爱心驿站 夜景亮化提升 犬类饲养管理'),
  },
  {
    code: 'drc', nat: '国家发展和改革委员会', prov: '发展和改革委员会', local: '发展和改革委员会', short: '发改委',
    field: '发展改革', core: true, budget: '201',
    laws: ['中华人民共和国价格法', '企业投资项目核准和备案管理条例', '中华人民共和国节约能源法'],
    topics: topics(`
      国民经济和社会发展计划|the national development plan
      企业投资项目核准备案|project endorsement
      重点项目谋划|project pipeline
      社会信用体系建设|creditworthiness
      物价调控|price regulation
      营商便利化改革|ease of doing business
      区域协调发展和对口支援|regional pairing
      以工代赈|work-for-relief
      节约能源和能耗双控|energy efficiency
      碳达峰碳中和|carbon peaking and neutrality
      电力迎峰度夏|summer power peaks
      县城补短板|county towns
      定价成本监审|regulated price setting
    `),
    local_topics: list('飞地经济分成 企业服务专员驻企 总部经济招引 陆港通道建设 低空经济场景'),
    abbr_topics: list('战略性新兴产业集群建设'),
  },
  {
    code: 'miit', nat: '工业和信息化部', prov: '工业和信息化厅', local: '工业和信息化局', short: '工信局',
    field: '工业信息化', core: true, budget: '215',
    laws: ['中华人民共和国中小企业促进法', '中华人民共和国无线电管理条例'],
    topics: topics(`
      工业经济运行|industrial indicators
      专精特新企业培育|niche SMEs
      工业企业技改|retooling of factories
      制造业智能化转型|intelligent manufacturing
      无线电频率和台站管理|radio spectrum
      5G基站和通信铁塔建设|5G masts and telecom towers
      绿色工厂和绿色产品|green factories
      小微企业纾困|bailouts
      软件和集成电路|software and chips
      工业互联网建设|the industrial internet
      企业账款清欠|arrears
      食盐生产企业管理|salt works
      军民两用产品对接|spin-off know-how
    `),
    local_topics: list('存量厂房招商 上云用数赋智 首台套首批次 机器换人 链长制链主企业'),
  },
  {
    code: 'sci', nat: '科学技术部', prov: '科学技术厅', local: '科学技术局', short: '科技局',
    field: '科技', core: true, budget: '206',
    laws: ['中华人民共和国科学技术进步法', '中华人民共和国促进科技成果转化法'],
    topics: topics(`
      科技项目立项和验收|research calls
      高新技术企业认定|tech enterprise recognition
      科技成果转化|technology commercialisation
      科技企业孵化器和加速器|incubators and accelerators
      科普基地和科技馆|science outreach
      前沿研究和科学基金|fundamental research
      技术经纪人和科技咨询|technology brokers
      学术诚信和科技伦理|research integrity and ethics
      外籍专家来华工作许可|expert work authorisations
      技术研究院建设|applied research academies
      科技特派员制度推行|science commissioners
      重点实验室建设|key laboratories
    `),
    local_topics: list('院士团队柔性延揽 创新券兑现 星期天教授 揭榜挂帅项目 产学研联合体'),
    abbr_topics: list('引进国外智力项目'),
  },
  {
    code: 'ethnic', nat: '国家民族事务委员会', prov: '民族宗教事务委员会', local: '民族宗教事务局', short: '民宗局',
    field: '民族宗教', core: false, budget: '201',
    laws: ['宗教事务条例', '中华人民共和国民族区域自治法'],
    topics: topics(`
      民族团结进步创建|ethnic unity and progress
      寺观教堂管理|temples and churches
      少数民族发展和民族地区经济|autonomous prefectures
      宗教界代表人士|religious figures
      民族特需用品生产|ethnic goods
      抵御宗教渗透|resisting religious infiltration
      铸牢中华民族共同体意识|national cohesion
    `),
    local_topics: list('石榴籽家园建设 双语服务窗口 三月三歌圩节庆 朝觐报名'),
  },
  {
    code: 'archives', nat: '国家档案局', prov: '档案局', local: '档案局', short: '档案局',
    field: '档案', core: false, budget: '201',
    laws: ['中华人民共和国档案法'],
    topics: topics(`
      档案业务指导和年度报表|archival yearbooks
      档案收集接收和保管|archive custody
      档案查阅服务|access to archives
      新档案馆建设|archive premises
      重要人物档案|archives of notable people
      地方志编纂|local chronicles and gazetteers
      档案库房八防|archive repositories
    `),
    local_topics: list('建档户评选 老照片征集 口述史料采集 村档室升级'),
  },
  {
    code: 'civildef', nat: '国家人民防空办公室', prov: '人民防空办公室', local: '人民防空办公室', short: '人防办',
    field: '人民防空', core: false, budget: '204',
    laws: ['中华人民共和国人民防空法'],
    topics: topics(`
      人防工事维护管理|civil defence shelters
      防空警报鸣放|sounding raid sirens
      人防疏散训练|evacuation exercises
      防空袭演习|raid exercises
      人防抢险抢修队|civil defence squads
      易地建设费收缴|shelter levies
      疏散地域划定|evacuation grounds
    `),
    local_topics: list('平战结合车库 密闭门保养 运力征用'),
  },
  {
    code: 'grain', nat: '国家粮食和物资储备局', prov: '粮食和物资储备局', local: '粮食和物资储备局', short: '粮储局',
    field: '粮食物资储备', core: false, budget: '222',
    laws: ['粮食流通管理条例', '中华人民共和国粮食安全保障法'],
    topics: topics(`
      地方储备粮管理|local grain reserves
      粮食收购和库存检查|grain buying and stocks
      粮食和食用油质检|grain and oil grading
      成品粮油储备|processed grain reserves
      政府储备物资管理|government material reserves
      粮食党政同责|grain responsibility of party committees
      危仓老库修缮|grain depot refurbishment
      粮食产后减损|grain losses
    `),
    local_topics: list('爱粮节粮倡议 低温仓储 主食厨房 储粮装具'),
  },
  {
    code: 'finreg', nat: '国家金融监督管理总局', prov: '地方金融管理局', local: '地方金融监督管理局', short: '金融局',
    field: '地方金融', core: false, budget: '217',
    laws: ['防范和处置非法集资条例', '地方金融监督管理条例'],
    topics: topics(`
      小额贷款公司和融资担保公司监管|microcredit companies and financing guarantee companies
      非法集资处置|illegal fund-raising
      企业股改上市|IPOs
      地方金融组织日常监管|local financial supervision
      普惠金融和金融服务实体经济|inclusive finance
      保理公司和典当行监管|factoring and pawnshops
    `),
    local_topics: list('贴息奖补 银企面对面 首贷户拓展 续贷周转'),
    abbr_topics: list('私募投资基金机构清退'),
  },
  {
    code: 'data', nat: '国家数据局', prov: '大数据局', local: '数据资源管理局', short: '数据局',
    field: '数据', core: false, budget: '201',
    laws: ['中华人民共和国数据安全法', '政务数据共享条例'],
    topics: topics(`
      政务数据共享交换|government data sharing
      数据授权使用|data permissions
      数字政府建设|digital government
      政务信息系统统建|government IT systems
      政务云平台运维|the government cloud
      一网通办和政务服务平台|one-stop e-government portal
      数据要素供给|data exchanges
      政务专网统建|the e-government extranet
    `),
    local_topics: list('企业画像标签 一屏统览 填表减负 高频事项免证办'),
  },
  {
    code: 'sasac', nat: '国务院国有资产监督管理委员会', prov: '国有资产监督管理委员会', local: '国有资产监督管理委员会', short: '国资委',
    field: '国资监管', core: false, budget: '201',
    laws: ['中华人民共和国企业国有资产法', '企业国有资产监督管理暂行条例'],
    topics: topics(`
      国有企业重组整合|restructuring of SOEs
      国有企业投资监管|SOE capital
      国企负责人业绩考核|SOE executive scorecards
      国有股权转让|equity disposals
      出资企业财务监督|SOE balance sheets
      混合所有制企业|mixed ownership
    `),
    local_topics: list('县属公司瘦身 公房招租 经理层任期制契约化'),
  },
  {
    code: 'foreign', nat: '外交部', prov: '外事办公室', local: '外事办公室', short: '外办',
    field: '外事', core: false, budget: '201',
    laws: ['因公临时出国管理规定'],
    topics: topics(`
      因公出国境审批|official trips abroad
      民间友好交往|twinning
      外宾接待和外事礼宾|foreign guests and protocol
      领事协助和侨民服务|consular help
      港澳交流|Hong Kong and Macao
      外国记者采访管理|foreign journalists
      国际论坛审批|approval of global forums
      APEC卡申办|APEC
    `),
    local_topics: list('外籍人士服务点 外语标识纠错 国际夏令营'),
  },
];

/** Jurisdiction (scope) words, by level (zh variants; en suffix), and the level's Party committee and government. */
export type Level = 'national' | 'provincial' | 'municipal' | 'county' | 'district';

export const LEVEL_WORDS: Record<Level, { zh: readonly [string, ...string[]]; en: string; short: string; party: string; gov: string; enGov: string }> = {
  national: { zh: ['全国'], en: ' nationwide', short: '', party: '党中央', gov: '国务院', enGov: 'the Party Central Committee and the State Council' },
  provincial: { zh: ['全省', '本省', '本行政区域', '省域', '全省范围内'], en: ' in the province', short: '省', party: '省委', gov: '省政府', enGov: 'the provincial Party committee and government' },
  municipal: { zh: ['全市', '本市', '本行政区域', '市域', '全市范围内'], en: ' in the city', short: '市', party: '市委', gov: '市政府', enGov: 'the municipal Party committee and government' },
  county: { zh: ['全县', '本县', '本行政区域', '县域', '全县范围内'], en: ' in the county', short: '县', party: '县委', gov: '县政府', enGov: 'the county Party committee and government' },
  district: { zh: ['全区', '本区', '本行政区域', '辖区', '全区范围内'], en: ' in the district', short: '区', party: '区委', gov: '区政府', enGov: 'the district Party committee and government' },
};

/** Number of scope-word variants a duty may pick from (LEVEL_WORDS[*].zh, modulo its length). */
export const SCOPE_VARIANTS = 5;

/**
 * 三定-style main duty frames. {J}: jurisdiction word (may be empty), {T}: topic. The
 * governance verb is the frame's first two characters (frameVerb): a paraphrase that must
 * change the verb picks a frame whose verb differs.
 */
export const FRAMES_ZH: readonly string[] = [
  '负责{J}{T}工作',
  '负责{J}{T}的监督管理',
  '组织实施{J}{T}',
  '拟订{J}{T}政策措施并组织实施',
  '指导{J}{T}工作',
  '承担{J}{T}的综合协调工作',
  '统筹推进{J}{T}工作',
  '组织开展{J}{T}相关工作',
  '贯彻落实{T}有关要求，负责{J}相关工作',
  '负责{J}{T}的组织实施和监督检查',
  '统筹{J}{T}工作',
  '监督管理{J}{T}',
  '承担{J}{T}具体工作',
  '指导和监督{J}{T}工作',
  '依法履行{J}{T}监管职责',
  '推动{J}{T}工作落实',
];

/** The governance verb of a Chinese frame (负责, 组织, 统筹, 指导, 承担, 监督…). */
export function frameVerb(frame: number): string {
  return (FRAMES_ZH[frame % FRAMES_ZH.length] as string).slice(0, 2);
}

/**
 * English frames use words that duty-lint's English stop list already ignores: English is
 * only ~5% of the catalogue, so any other generic word would look rare, hence significant.
 */
export const FRAMES_EN: readonly string[] = [
  'Responsible for {T}{J}',
  'Organize and implement {T}{J}',
  'Guide {T} work{J}',
  'Coordinate {T}{J}',
  'Undertake {T} work{J}',
  'Organize {T}{J} and carry out related work',
];

/**
 * Optional second clause of a main duty: generic governance clauses that any department may
 * append to any duty, so that two departments' texts share them without sharing a subject.
 */
export const CLAUSES_ZH: readonly string[] = [
  '依法查处相关违法行为',
  '建立健全相关工作机制',
  '指导下级部门开展相关工作',
  '组织开展监督检查',
  '按规定报送相关情况',
  '做好政策宣传解读',
  '建立健全长效管理机制',
  '组织开展专项整治行动',
  '加强事中事后监管',
  '完善考核评价制度',
  '推进信息化平台建设',
  '会同有关部门开展联合执法',
  '组织开展业务培训',
  '协调解决工作中的重大问题',
];

/** None: any English generic word is rare in a mostly Chinese catalogue (see FRAMES_EN). */
export const CLAUSES_EN: readonly string[] = [];

/** 权责清单-style itemised powers on a topic; two variants each, padded with stop words only. */
export const ASPECTS_ZH: readonly (readonly string[])[] = [
  ['依法实施{J}{T}相关行政处罚', '负责实施{J}{T}有关行政处罚'],
  ['依法开展{J}{T}相关行政检查', '负责组织{J}{T}有关行政检查'],
  ['依法实施{J}{T}相关行政许可', '负责{J}{T}有关行政许可事项'],
  ['受理和处理{J}{T}相关投诉举报', '负责{J}{T}有关投诉举报处理'],
  ['依法做好{J}{T}相关信息公开', '负责{J}{T}有关政务信息公开'],
];

export const ASPECTS_EN: readonly (readonly string[])[] = [
  ['Administrative penalties on {T}{J}', 'Impose administrative penalties on {T}{J}'],
  ['Administrative inspections on {T}{J}', 'Carry out administrative inspections on {T}{J}'],
  ['Administrative licensing on {T}{J}', 'Administrative licensing matters on {T}{J}'],
  ['Complaints on {T}{J}', 'Handle complaints on {T}{J}'],
  ['Disclosure of information on {T}{J}', 'Disclose information on {T}{J}'],
];

/** Support (配合) duty frames. */
export const SUPPORT_ZH: readonly string[] = [
  '配合做好{J}{T}相关工作',
  '配合牵头部门做好{J}{T}工作',
  '参与并配合做好{J}{T}相关工作',
];

export const SUPPORT_EN: readonly string[] = [
  'Assist in {T}{J}',
  'Assist with {T} work{J}',
];

/** Longer `detail` texts: restate the subject, with the generic clauses a 三定 item carries. */
export const DETAILS_ZH: readonly string[] = [
  '{T}：{J}{T}的具体实施、监督和指导。',
  '做好{J}{T}的组织实施和督促落实。',
  '组织制定{J}{T}相关政策和工作方案，并监督实施。',
  '统筹协调推进{J}{T}，指导下级部门开展相关工作。',
];

export const DETAILS_EN: readonly string[] = [
  '{T}: implementation and guidance{J}.',
  'Carry out {T}{J}.',
];

/**
 * Boilerplate (class `boilerplate`): the generic lines most departments of every government
 * carry, by family, each in a few wordings. {F}: the department's field word (市场监管,
 * 卫生健康…), {P}/{G}: the level's Party committee and government (市委, 市政府), {U}: the
 * counterpart department's name. None of them is a duty of its own subject: no finding may
 * name them.
 */
export const BOILERPLATE_ZH: readonly (readonly string[])[] = [
  [
    '贯彻落实党中央关于{F}工作的方针政策和决策部署，在履行职责过程中坚持和加强党对{F}工作的集中统一领导',
    '贯彻落实党中央关于{F}工作的方针政策和{P}决策部署，在履行职责过程中坚持和加强党对{F}工作的集中统一领导',
    '认真贯彻落实党中央和{P}关于{F}工作的决策部署，坚持和加强党对{F}工作的集中统一领导',
  ],
  [
    '职能转变。深化{F}领域“放管服”改革，减少微观管理事务，加强{F}发展战略、规划、政策、标准的制定和实施，强化公共服务和事中事后监管',
    '职能转变。切实转变政府职能，深入推进简政放权、放管结合、优化服务改革，精简{F}领域证明材料和办事环节，提高公共服务便民化水平',
    '职能转变。加强{F}领域统筹规划和宏观指导，全面推行“双随机、一公开”监管和信用监管，推进“互联网+政务服务”，营造公平有序的发展环境',
  ],
  [
    '负责本部门（本系统）安全生产工作',
    '负责本部门、本系统安全生产工作',
    '按照“管行业必须管安全”要求，负责本部门安全生产工作',
    '按照“管行业必须管安全、管业务必须管安全”的要求，负责本部门和本系统安全生产工作',
    '按照“三管三必须”要求，负责本部门安全生产工作',
  ],
  [
    '负责本系统党风廉政建设',
    '负责本系统干部队伍建设和党风廉政建设',
    '负责本系统党风廉政建设和反腐败工作',
    '负责本系统安全生产、意识形态和党风廉政建设工作',
  ],
  [
    '做好本部门政务公开和信息化工作',
    '负责本部门政务公开和信息化建设工作',
    '负责本部门政务公开、政府信息公开和电子政务建设',
    '推进本部门政务公开和数字化转型工作',
  ],
  [
    '完成{P}、{G}交办的其他任务',
    '完成{P}{G}交办的其他工作任务',
    '承办{P}、{G}交办的其他事项',
    '完成{P}、{G}和上级主管部门交办的其他任务',
    '完成{P}、{G}和{U}交办的其他任务',
  ],
];

/** English wordings of the families that have one (null: Chinese only); {G}: LEVEL_WORDS.enGov. */
export const BOILERPLATE_EN: readonly (string | null)[] = [
  null,
  null,
  'Responsible for work safety in this department and its system',
  'Party conduct and integrity building in this system',
  'Government information disclosure and informatization of this department',
  'Complete other tasks assigned by {G}',
];

/** Probability that a department carries a line of each family (BOILERPLATE_ZH order). */
export const BOILERPLATE_RATE: readonly number[] = [0.75, 0.5, 0.7, 0.6, 0.5, 0.9];

/**
 * Short-vs-long: titles of a broad duty whose `detail` lists several items ({I}: "甲、乙、丙和丁").
 * They do not name the department's field: field words (人力资源社会保障, 医疗保障, 住房城乡建设)
 * carry generic words that other types' subjects use (保障, 城乡, 资源).
 */
export const BROAD_TITLES_ZH: readonly string[] = [
  '统筹推进{J}重点工作',
  '负责{J}重点事项的统筹推进',
  '承担{J}重点实事项目的组织实施',
  '负责{J}重点任务的统筹协调',
];

export const BROAD_DETAILS_ZH: readonly string[] = [
  '组织实施{I}等工作，并督促各地抓好落实。',
  '具体包括{I}等事项，逐项明确分工并督促落实。',
  '统筹{I}等重点任务，按月通报进展情况。',
];

/** Partial: a title whose object is a list ({T}: "甲、乙和丙"), one item of which is another department's duty. */
export const LIST_FRAMES_ZH: readonly string[] = [
  '负责{J}{T}工作',
  '统筹推进{J}{T}等工作',
  '组织实施{J}{T}',
  '承担{J}{T}等具体工作',
];

/** Short titles naming just the object (short-vs-long's short side). */
export const SHORT_FRAMES_ZH: readonly string[] = ['负责{J}{T}工作', '负责{J}{T}', '承担{J}{T}工作'];

/**
 * Parts of a topic that a lower level may keep when it narrows its counterpart's duty
 * ("A和B" -> A or B). Only two-part topics, only parts that still name a subject of their own.
 */
const NOT_A_SUBJECT = new Set([
  '投诉举报处理', '定期检验', '品种管理', '养护管理', '岗位管理', '年度报表', '公共场所', '台站管理', '社会工作',
  '批后监管', '国民经济', '社会发展计划', '地方标准制定',
]);

export function topicParts(zh: string): string[] {
  const parts = zh.split('和');
  if (parts.length !== 2 || parts.some((p) => p.length === 0)) return [];
  return parts.filter((p) => p.length >= 4 && !NOT_A_SUBJECT.has(p));
}

/** Scopes of the two parties of a declared division (职责分工). */
export const DIVISION_SCOPES: readonly (readonly [string, string])[] = [
  ['负责政策制定、规划布局和行业指导', '负责具体实施、日常监管和执法检查'],
  ['负责牵头组织和综合协调', '负责职责范围内的具体落实'],
  ['负责前端准入和审批环节', '负责后端运行和监督环节'],
];

/** Characters for fictional place names. */
export const PLACE_CHARS = '安宁平江河山清泰东西南北丰和兴华阳溪云海湖城川源峰林石桥梅兰松竹金玉光明德昌永福寿新康乐临武文长丽嘉善同仁义信通远定远靖宜春秋';

/** Chinese numerals for article numbers (第N条). */
export function chineseNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n] ?? '';
  if (n < 20) return '十' + (n % 10 ? digits[n % 10] : '');
  if (n < 100) return (digits[Math.floor(n / 10)] ?? '') + '十' + (n % 10 ? digits[n % 10] : '');
  return String(n);
}
