/**
 * Word lists for the synthetic benchmark catalogue (bench/generate.ts).
 *
 * Every department type owns its own topic phrases ("topics", with an English gloss
 * for the ~5% of duties written in English) and a separate list of local-only topics
 * that never appear at higher levels (used for local duties with a legal basis and for
 * planted unfounded / orphan / overlap duties). Topics are written so that no two
 * department types share a distinctive word: unplanted duties of one jurisdiction must
 * not look alike across departments.
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
      特种设备安全监察|special equipment safety inspection
      生产许可证产品监督抽查|spot checks of licensed industrial products
      计量器具检定和计量标准管理|verification of measuring instruments and metrology standards
      标准化工作和地方标准制定|standardization and local standards
      认证认可和检验检测机构监管|certification, accreditation and testing bodies
      反垄断和反不正当竞争执法|anti-monopoly and unfair competition enforcement
      涉企收费检查|inspection of fees charged to enterprises
      广告发布活动监测|monitoring of advertising
      网络交易行为监管|supervision of online trading
      消费者权益保护和投诉举报处理|consumer rights protection and complaint handling
      知识产权保护和商标专利管理|intellectual property, trademarks and patents
      食品生产经营许可|food production and business licensing
      食品抽样检验和核查处置|food sampling inspection and follow-up
      零售药店和化妆品经营监管|supervision of retail pharmacies and cosmetics
      合同行政监管和格式条款整治|contract administration and standard terms
      质量提升行动|quality improvement campaigns
      企业年报公示和经营异常名录管理|enterprise annual reports and the abnormal operation list
      缺陷产品召回管理|defective product recalls
      个体工商户培育和服务|support for self-employed households
      集贸市场和商品交易市场监管|supervision of market fairs and commodity markets
      直销和传销行为查处|direct selling and pyramid scheme investigation
      食品小作坊和摊贩登记管理|registration of small food workshops and vendors
    `),
    local_topics: list('夜市经营秩序规范整治 早餐工程示范门店 节假日商户明码标价专项检查 网红主播合规培训 菜篮子平价商店认定'),
    abbr_topics: list('特殊医学用途配方食品专柜设置规范'),
  },
  {
    code: 'agri', nat: '农业农村部', prov: '农业农村厅', local: '农业农村局', short: '农业农村局',
    field: '农业农村', core: true, budget: '213',
    laws: ['中华人民共和国农业法', '中华人民共和国农产品质量安全法', '中华人民共和国动物防疫法'],
    topics: topics(`
      高标准农田建设|high-standard farmland construction
      农产品质量安全监管|farm product quality and safety supervision
      种植业结构调整和粮油生产指导|crop structure adjustment and grain and oil production
      畜牧业和饲料行业管理|animal husbandry and the feed industry
      动物防疫和兽药监管|animal epidemic prevention and veterinary drugs
      渔业生产和水产养殖管理|fisheries and aquaculture
      农村宅基地改革和管理|rural homestead reform and management
      农村集体产权制度改革|rural collective property rights reform
      农业机械化推广和农机安全监理|agricultural mechanization and farm machinery safety
      农药化肥使用减量增效|reducing pesticide and fertilizer use
      农村厕所革命和村容村貌提升|rural toilet revolution and village appearance
      家庭农场和农民合作社发展|family farms and farmer cooperatives
      农作物种子和品种管理|crop seeds and varieties
      病虫害统防统治和植保服务|unified pest control and plant protection services
      农村土地承包经营权流转管理|transfer of rural land contract rights
      农资打假和农业执法|counterfeit farm inputs and agricultural enforcement
      乡村振兴统筹推进|rural revitalization
      巩固拓展脱贫攻坚成果|consolidating poverty alleviation achievements
      秸秆综合利用和农膜回收|straw utilization and plastic film recycling
      设施农业和冷链烘干设施建设|facility agriculture and cold-chain drying facilities
      农民负担监督管理|supervision of farmers' burdens
      基层农技推广体系建设|grassroots agricultural extension system
    `),
    local_topics: list('茶园生态化改造示范 稻虾共作示范推广 特色水果产业带培育 美丽田园示范片区创建 农民丰收节活动组织'),
    abbr_topics: list('非洲猪瘟常态化防控'),
  },
  {
    code: 'health', nat: '国家卫生健康委员会', prov: '卫生健康委员会', local: '卫生健康委员会', short: '卫健委',
    field: '卫生健康', core: true, budget: '210',
    laws: ['中华人民共和国基本医疗卫生与健康促进法', '中华人民共和国传染病防治法', '中华人民共和国职业病防治法'],
    topics: topics(`
      食品安全风险监测和评估|food safety risk monitoring and assessment
      传染病防控和疫情报告|infectious disease control and epidemic reporting
      基本公共卫生服务项目|basic public health service programmes
      医疗机构执业登记和医疗质量管理|licensing of medical institutions and quality of care
      妇幼健康服务|maternal and child health services
      职业病防治|occupational disease prevention
      爱国卫生运动和健康城市建设|patriotic health campaigns and healthy cities
      生育支持政策落实|birth support policies
      老龄健康和医养结合|elderly health and combined medical and elderly care
      群体性不明原因疾病处置|handling clusters of unexplained illness
      中医药传承发展|traditional Chinese medicine
      基层卫生和乡村医生队伍建设|primary health care and village doctors
      血液采供和临床用血管理|blood collection and clinical blood use
      严重精神障碍患者管理|management of patients with severe mental disorders
      控烟和健康素养促进|tobacco control and health literacy
      放射卫生和消毒产品监督|radiation hygiene and disinfection products
      公共场所和生活饮用水卫生监督|hygiene of public places and drinking water
      住院医师规范化培训|standardized residency training
      慢性病筛查和管理|chronic disease screening and management
      免疫规划和预防接种管理|immunization and vaccination
      医疗纠纷预防和处理|prevention and handling of medical disputes
      院前急救网络建设|pre-hospital emergency care network
    `),
    local_topics: list('母婴室建设推广 长寿老人关爱慰问 名医工作室引进 义诊下乡活动组织 智慧药房试点'),
    abbr_topics: list('人类辅助生殖技术机构校验'),
  },
  {
    code: 'emergency', nat: '应急管理部', prov: '应急管理厅', local: '应急管理局', short: '应急局',
    field: '应急管理', core: true, budget: '224',
    laws: ['中华人民共和国安全生产法', '中华人民共和国突发事件应对法', '中华人民共和国消防法'],
    topics: topics(`
      安全生产综合监督管理|comprehensive supervision of work safety
      危险化学品重大危险源管控|major hazard sources of hazardous chemicals
      非煤矿山安全监管|safety of non-coal mines
      烟花爆竹流向管控|tracking the flow of fireworks
      工贸企业有限空间作业管控|confined-space work in industrial and trade enterprises
      应急预案编制和演练|emergency plans and drills
      受灾群众生活救助|relief for disaster victims
      防汛抗旱指挥部日常工作|flood control and drought relief headquarters
      森林火灾扑救指挥协调|forest fire fighting coordination
      地震灾害应急救援|earthquake rescue
      生产安全事故调查处理|investigation of production safety accidents
      应急救灾装备保障|relief equipment support
      综合性消防救援队伍协调|coordination of fire and rescue teams
      综合防灾减灾示范社区创建|disaster-reduction model communities
      双重预防机制建设|the dual prevention mechanism
      尾矿库闭库销库|closure of tailings ponds
      应急指挥调度平台运行|emergency command platform operation
      安责险推行|work safety liability insurance
      自然灾害综合风险评估|natural disaster risk assessment
      社会应急力量管理|social rescue forces
      冶金和粉尘涉爆企业专项治理|special campaigns for metallurgy and dust-explosion enterprises
    `),
    local_topics: list('电动自行车集中充电设施推广 避难场所标识设置 小散乱企业安全整治 村村响广播预警工程 群租房违规隔断整治'),
    abbr_topics: list('油气输送管道保护巡查'),
  },
  {
    code: 'env', nat: '生态环境部', prov: '生态环境厅', local: '生态环境局', short: '生态环境局',
    field: '生态环境', core: true, budget: '211',
    laws: ['中华人民共和国环境保护法', '中华人民共和国大气污染防治法', '中华人民共和国水污染防治法'],
    topics: topics(`
      大气污染防治|air pollution prevention and control
      水源地保护和水环境治理|water sources and the water environment
      土壤环境风险管控|soil environmental risk control
      固体废物和危险废物监管|solid and hazardous waste
      建设项目环境影响评价审批|environmental impact assessment of construction projects
      排污许可管理|pollutant discharge permits
      生态环境监测和质量公报|ecological monitoring and quality bulletins
      生态环境保护督察整改|rectification after environmental inspections
      核技术利用和辐射环境监管|nuclear technology use and the radiation environment
      声环境功能区管理|acoustic environment zones
      移动源排气污染监管|emissions from mobile sources
      温室气体排放控制和应对气候变化|greenhouse gas control and climate change
      生物多样性保护|biodiversity protection
      污染事件溯源和处置|tracing and handling of pollution events
      生态环境执法检查|environmental enforcement inspections
      乡镇生活污水治理|township sewage treatment
      入河排污口设置管理|river outfall management
      生态环境损害赔偿|compensation for environmental damage
      污染源自动监控|automatic monitoring of pollution sources
    `),
    local_topics: list('黑臭水体整治 餐饮油烟扰民整治 露天焚烧巡查管控 工地扬尘在线监测 无废城市细胞创建'),
    abbr_topics: list('环境污染责任保险投保推广'),
  },
  {
    code: 'housing', nat: '住房和城乡建设部', prov: '住房和城乡建设厅', local: '住房和城乡建设局', short: '住建局',
    field: '住房城乡建设', core: true, budget: '212',
    laws: ['中华人民共和国建筑法', '建设工程质量管理条例', '物业管理条例'],
    topics: topics(`
      在建工地施工质量巡查|quality inspection of construction sites
      建筑市场秩序和招标投标监管|construction market order and bidding
      房地产开发企业和预售资金监管|real estate developers and pre-sale funds
      保障性住房建设和管理|affordable housing
      住房公积金管理|housing provident fund
      城镇老旧小区改造|renovation of old residential communities
      物业服务行业监管|property management services
      建筑节能和绿色建筑推广|building energy efficiency and green buildings
      城市燃气安全管理|urban gas safety
      城镇供水和排水设施建设|urban water supply and drainage facilities
      农村危房改造和农房建设|rural dilapidated housing renovation
      历史建筑和传统村落保护|historic buildings and traditional villages
      工程造价管理|construction cost management
      建筑业企业资质管理|construction enterprise qualifications
      房屋征收与补偿|housing expropriation and compensation
      市政基础设施建设|municipal roads, bridges and pipelines
      施工图设计文件审查|construction drawing review
      勘察设计行业管理|survey and design industry
      住房租赁市场培育|rental housing market
      建筑废弃物资源化利用|construction waste recycling
      装配式建筑发展|prefabricated buildings
    `),
    local_topics: list('既有住宅加装电梯 城中村改造试点 人才公寓筹集建设 海绵城市示范项目 农村自建房结构鉴定'),
    abbr_topics: list('住宅专项维修资金归集使用 地下综合管廊入廊管理'),
  },
  {
    code: 'edu', nat: '教育部', prov: '教育厅', local: '教育局', short: '教育局',
    field: '教育', core: true, budget: '205',
    laws: ['中华人民共和国教育法', '中华人民共和国义务教育法', '中华人民共和国教师法'],
    topics: topics(`
      义务教育均衡发展|balanced compulsory education
      学前教育普及普惠|universal preschool education
      普通高中多样化发展|diversified senior high schools
      职业教育和产教融合|vocational education and industry-education integration
      教师队伍建设和教师资格认定|teachers and teacher qualifications
      中小学招生考试管理|school enrolment and examinations
      学生资助|student financial aid
      校园安全和学校安全稳定|campus safety
      教育督导评估|education inspection and evaluation
      民办教育机构审批和监管|private education institutions
      校外培训机构治理|off-campus tutoring
      美育和劳动教育|aesthetic and labour education
      特殊教育发展|special education
      智慧教育平台建设|smart education platforms
      语言文字规范化工作|language standardization
      学生体能达标测试|student fitness testing
      教材和教辅资料管理|textbooks and supplementary materials
      家庭教育指导|family education guidance
      教育经费统筹管理|education funding
      终身教育和社区教育|lifelong and community education
    `),
    local_topics: list('课后延时服务推广 校车安全运营管理 研学实践基地认定 名校集团化办学 乡村少年宫建设'),
    abbr_topics: list('高等教育自学考试考务组织'),
  },
  {
    code: 'finance', nat: '财政部', prov: '财政厅', local: '财政局', short: '财政局',
    field: '财政', core: true, budget: '201',
    laws: ['中华人民共和国预算法', '中华人民共和国会计法', '中华人民共和国政府采购法'],
    topics: topics(`
      财政预算编制和执行|budget preparation and execution
      政府采购监督管理|government procurement
      国库集中收付|centralized treasury payments
      政府债务限额管理|government debt limits
      公共资产配置和处置|allocation and disposal of public assets
      会计管理和会计人员管理|accounting and accountants
      财经纪律和财会监督|financial discipline and accounting supervision
      预算绩效管理|budget performance management
      非税收入管理|non-tax revenue
      财政投资评审|review of fiscal investment
      转移支付资金分配|allocation of transfer payments
      政府和社会资本合作项目管理|public-private partnership projects
      财政票据管理|fiscal receipts
      惠民惠农财政补贴资金一卡通发放|one-card distribution of subsidies
      乡镇财政管理|township finance
      财政专户管理|fiscal special accounts
      财源建设和税源分析|revenue sources and tax source analysis
    `),
    local_topics: list('财政资金直达基层监控 村级组织运转经费保障 政府投资基金设立 惠企资金兑付平台 行政事业性收费目录公示'),
    abbr_topics: list('专项债券还本付息'),
  },
  {
    code: 'hrss', nat: '人力资源和社会保障部', prov: '人力资源和社会保障厅', local: '人力资源和社会保障局', short: '人社局',
    field: '人力资源社会保障', core: true, budget: '208',
    laws: ['中华人民共和国劳动法', '中华人民共和国社会保险法', '中华人民共和国劳动合同法'],
    topics: topics(`
      城乡居民基本养老保险|basic pension insurance for urban and rural residents
      工伤保险和失业保险|work injury and unemployment insurance
      就业创业促进和职业介绍|employment, entrepreneurship and job placement
      职业技能培训和技能人才评价|vocational skills training and evaluation
      劳动保障监察和欠薪治理|labour inspection and wage arrears
      劳动人事争议仲裁|labour and personnel dispute arbitration
      专业技术人员职称评审|professional title evaluation
      事业单位公开招聘和岗位管理|recruitment and posts in public institutions
      机关事业单位工资待遇|wages in government and public institutions
      劳动关系协调和劳动合同管理|labour relations and labour contracts
      高校毕业生就业服务|employment services for graduates
      农民工工资支付保障|wage payment guarantees for migrant workers
      社会保障卡发行和应用|social security cards
      人力资源市场和人力资源服务机构|the human resources market and agencies
      留学人员和海外人才引进|returned students and overseas talent
      技工院校管理|technical schools
      社会保险基金监督|supervision of social insurance funds
      退休人员社会化管理服务|services for retirees
      劳务派遣单位行政许可|licensing of labour dispatch agencies
    `),
    local_topics: list('零工市场建设运营 育婴师技能提升 返乡能人回引工程 企业用工对接服务月 快递骑手暖心服务'),
    abbr_topics: list('博士后科研工作站设站评估'),
  },
  {
    code: 'commerce', nat: '商务部', prov: '商务厅', local: '商务局', short: '商务局',
    field: '商务', core: true, budget: '216',
    laws: ['中华人民共和国对外贸易法', '中华人民共和国外商投资法', '单用途商业预付卡管理办法'],
    topics: topics(`
      对外贸易促进和进出口管理|foreign trade and import and export
      外商投资促进和服务|foreign investment promotion
      商贸流通网络|the commercial distribution network
      电子商务发展|e-commerce development
      商业街区和商圈建设|commercial streets and business districts
      生活必需品供应保障和储备|supply of daily necessities
      单用途商业预付卡管理|single-purpose prepaid cards
      成品油流通管理|distribution of refined oil
      报废机动车回收管理|end-of-life vehicle recycling
      再生资源回收行业管理|the recycling industry
      对外承包工程和劳务合作|overseas contracting and labour cooperation
      境外投资备案|outbound investment filing
      拍卖典当和二手车交易管理|auctions, pawnshops and used car trading
      外贸转型升级基地建设|foreign trade transformation bases
      家政服务业提质扩容|domestic services
      餐饮业发展和提质|the catering industry
      老字号认定和振兴|recognition and revival of time-honoured brands
      县域商业网点布局|county commercial networks
      会展经济和重点展会组织|exhibitions and trade fairs
    `),
    local_topics: list('夜间经济集聚区打造 步行街改造提升 跨境物流产业园培育 以旧换新消费补贴 一刻钟便民生活圈建设'),
    abbr_topics: list('中国国际进口博览会参展组织'),
  },
  {
    code: 'police', nat: '公安部', prov: '公安厅', local: '公安局', short: '公安局',
    field: '公安', core: true, budget: '204',
    laws: ['中华人民共和国人民警察法', '中华人民共和国治安管理处罚法', '中华人民共和国道路交通安全法'],
    topics: topics(`
      社会治安综合防控|public order prevention and control
      刑事案件侦查|criminal investigation
      户籍和居民身份证管理|household registration and identity cards
      道路通行秩序维护|road traffic order
      出入境证件签发|issuing exit-entry documents
      网络安全保卫|cyber security protection
      禁毒和吸毒人员管控|drug control and management of drug users
      大型群众性活动安全管理|security of large public events
      枪支弹药和管制刀具管理|firearms, ammunition and controlled knives
      民用爆炸物品治安管理|public security of civil explosives
      反恐怖防范和重点目标防护|counter-terrorism and protection of key targets
      看守所和拘留所管理|detention centres
      经济犯罪打击和防范|economic crime
      电信诈骗预警劝阻|telecom fraud warnings
      保安公司和保安员管理|security companies and guards
      流动人口和出租房屋管理|floating population and rented housing
      警务辅助人员管理|auxiliary police
      110接处警|110 emergency call handling
    `),
    local_topics: list('平安创建示范小区评选 上下学高峰护学岗设置 二轮车防盗芯片登记 夜巡警务站设置 见义勇为人员表彰'),
    abbr_topics: list('强制隔离戒毒所外就医审批'),
  },
  {
    code: 'civil', nat: '民政部', prov: '民政厅', local: '民政局', short: '民政局',
    field: '民政', core: true, budget: '208',
    laws: ['社会救助暂行办法', '中华人民共和国慈善法', '殡葬管理条例'],
    topics: topics(`
      最低生活保障和特困人员救助供养|minimum living allowance and support for the destitute
      老年人福利和居家照护服务|elderly welfare and home care
      敬老院和社会福利机构监管|nursing homes and welfare institutions
      儿童福利和未成年人保护|child welfare and protection of minors
      社会组织成立登记和年检|registration and annual inspection of social organizations
      婚姻登记管理|marriage registration
      殡葬管理和殡葬改革|funeral management and reform
      行政区划和地名管理|administrative divisions and place names
      残疾人两项补贴发放|two subsidies for persons with disabilities
      慈善事业促进和社会捐赠|charity and donations
      城乡社区治理和村务公开|community governance and village affairs transparency
      社会工作和志愿服务|social work and volunteering
      流浪乞讨人员救助管理|assistance for homeless people
      彩票公益金使用管理|use of lottery public welfare funds
      省市县界线联检|joint inspection of boundary lines
      社会救助家庭经济状况核对|verification of household finances for assistance
    `),
    local_topics: list('长者食堂运营补贴 邻里互助时间银行 婚俗改革实验区 社区微基金运作 孤寡老人探访制度'),
  },
  {
    code: 'justice', nat: '司法部', prov: '司法厅', local: '司法局', short: '司法局',
    field: '司法行政', core: true, budget: '204',
    laws: ['中华人民共和国人民调解法', '中华人民共和国律师法', '中华人民共和国社区矫正法'],
    topics: topics(`
      依法行政考核|assessment of law-based administration
      行政规范性文件合法性审核|legality review of normative documents
      行政复议和行政应诉|administrative reconsideration and litigation
      人民调解和行业性专业性调解|people's mediation
      社区矫正|community corrections
      律师和律师事务所监管|lawyers and law firms
      公证和司法鉴定管理|notarization and forensic appraisal
      法律援助|legal aid
      法治宣传阵地建设|rule-of-law publicity
      基层司法所建设|grassroots judicial offices
      安置帮教|resettlement of released prisoners
      行政处罚裁量基准审核|review of penalty discretion benchmarks
      12348法律服务热线|the 12348 legal services hotline
      人民陪审员和人民监督员选任|people's assessors and supervisors
      政府法律顾问|government legal counsel
    `),
    local_topics: list('法律明白人培养 企业合规指导进园区 枫桥经验示范点创建 民法典宣讲进万家 涉企法律体检服务'),
    abbr_topics: list('国家统一法律职业资格考试考务保障'),
  },
  {
    code: 'natres', nat: '自然资源部', prov: '自然资源厅', local: '自然资源和规划局', short: '自然资源局',
    field: '自然资源', core: true, budget: '220',
    laws: ['中华人民共和国土地管理法', '中华人民共和国矿产资源法', '中华人民共和国测绘法'],
    topics: topics(`
      国土空间规划编制和实施|territorial spatial planning
      耕地保护和占补平衡|farmland protection and the requisition-compensation balance
      建设用地审批和供应|approval and supply of construction land
      不动产统一登记|unified real estate registration
      矿产资源开发利用监管|mineral resource development
      地质勘查和地质灾害防治|geological survey and geohazard prevention
      测绘地理信息管理|surveying, mapping and geographic information
      全民所有自然资源清查|inventory of state-owned natural resources
      征地补偿和收储|land acquisition compensation and land reserves
      山水林田湖草系统治理|integrated governance of mountains, rivers, forests, farmland, lakes and grassland
      卫片图斑核查整改|verification of satellite image patches
      海洋和海域使用管理|marine and sea area use
      建设工程规划许可|planning permits for construction projects
      村庄布局优化|village layout optimization
    `),
    local_topics: list('古村落风貌管控 地质遗迹点保护标识 废弃砖瓦窑复垦 房地一体确权颁证 城市设计导则编制'),
    abbr_topics: list('矿业权出让收益核定'),
  },
  {
    code: 'transport', nat: '交通运输部', prov: '交通运输厅', local: '交通运输局', short: '交通运输局',
    field: '交通运输', core: true, budget: '214',
    laws: ['中华人民共和国公路法', '中华人民共和国道路运输条例', '中华人民共和国港口法'],
    topics: topics(`
      公路建设和养护管理|highway construction and maintenance
      四好农村路建设|rural roads
      道路客货运输准入|market access for road passenger and freight transport
      城市公共交通和出租汽车管理|public transit and taxis
      水路运输和港口航道管理|waterway transport, ports and channels
      运输企业安全隐患排查|safety hazards of transport enterprises
      交通工程质量监督|quality of transport works
      治超治限和路政管理|overload control and road administration
      汽车维修和驾培机构监管|car repair and driving schools
      交通运输行政执法|transport administrative enforcement
      现代物流枢纽建设|modern logistics hubs
      城乡公交一体化|urban-rural bus integration
      交通战备|transport war readiness
      营运车辆驾驶员资格管理|qualifications of commercial vehicle drivers
      桥梁隧道安全检测|bridge and tunnel inspection
      公路路网运行监测|road network monitoring
    `),
    local_topics: list('共享单车停放管理 渡口渡船安全管理 货车司机之家建设 观光专线开通 重型货车绕行管控'),
  },
  {
    code: 'water', nat: '水利部', prov: '水利厅', local: '水利局', short: '水利局',
    field: '水利', core: true, budget: '213',
    laws: ['中华人民共和国水法', '中华人民共和国防洪法', '中华人民共和国水土保持法'],
    topics: topics(`
      水资源管理和取水许可|water resources and abstraction permits
      河长制湖长制组织实施|the river and lake chief system
      水利工程建设管理|water conservancy projects
      水土保持监督|soil and water conservation
      农村饮水安全保障|rural drinking water security
      防洪除涝和水旱灾害防御|flood control and defence against floods and droughts
      节约用水|water saving
      河道采砂管理|river sand mining
      水库大坝安全|reservoir and dam safety
      大中型灌区改造|renovation of irrigation districts
      水文监测和水情预报|hydrological monitoring and forecasting
      河湖管理范围划定和岸线保护|river and lake boundaries and shorelines
      地下水超采治理|groundwater overdraft
      小水电清理整改|small hydropower rectification
    `),
    local_topics: list('亲水步道建设 山塘清淤扩容 雨水收集利用示范 治水文化展示馆建设 圩区排涝泵站改造'),
  },
  {
    code: 'culture', nat: '文化和旅游部', prov: '文化和旅游厅', local: '文化和旅游局', short: '文旅局',
    field: '文化旅游', core: true, budget: '207',
    laws: ['中华人民共和国公共文化服务保障法', '中华人民共和国文物保护法', '中华人民共和国旅游法'],
    topics: topics(`
      公共文化设施免费开放|free access to public cultural facilities
      文物保护和考古管理|cultural relics and archaeology
      非物质文化遗产保护传承|intangible cultural heritage
      旅行社和导游管理|travel agencies and tour guides
      A级旅游景区创建和管理|A-level scenic areas
      演出和娱乐场所监管|performances and entertainment venues
      广播电视和网络视听管理|radio, television and online audiovisual services
      新闻出版和版权管理|press, publishing and copyright
      文艺创作生产|literary and artistic creation
      图书馆文化馆博物馆建设|libraries, cultural centres and museums
      全域旅游和文旅融合发展|all-for-one tourism
      星级饭店评定|star hotel rating
      红色旅游发展|red tourism
      文化产业园区认定|recognition of cultural industry parks
      古籍保护|ancient books
      电影放映管理|film screening
    `),
    local_topics: list('城市书房建设 村晚文艺汇演 精品民宿培育 文创集市举办 手作工坊认定'),
  },
  {
    code: 'stats', nat: '国家统计局', prov: '统计局', local: '统计局', short: '统计局',
    field: '统计', core: true, budget: '201',
    laws: ['中华人民共和国统计法', '全国经济普查条例', '全国农业普查条例'],
    topics: topics(`
      经济普查组织实施|economic census
      农业普查|agricultural census
      国民经济核算|GDP accounting and national accounts
      统计督察和统计造假防治|statistical inspection and fraud prevention
      统计调查项目管理|statistical survey projects
      规上企业联网直报|online direct reporting by large enterprises
      统计信息发布和统计分析|statistical releases and analysis
      统计基层基础建设|grassroots statistical foundations
      服务业和能源统计|services and energy statistics
      居民收支抽样调查|household income and expenditure survey
      统计名录库维护|the statistical business register
      统计从业人员培训|training of statistical staff
    `),
    local_topics: list('楼宇经济摸底 快递业务量监测 民意快速调研 网络零售额测算 首店经济监测'),
    abbr_topics: list('限额以上批零住餐单位入库审核'),
  },
  {
    code: 'audit', nat: '审计署', prov: '审计厅', local: '审计局', short: '审计局',
    field: '审计', core: true, budget: '201',
    laws: ['中华人民共和国审计法', '中华人民共和国审计法实施条例'],
    topics: topics(`
      决算草案审计|audit of draft final accounts
      经济责任审计|economic responsibility audits
      基建工程竣工审计|audits of completed capital works
      生态文明建设审计|ecological civilization audits
      民生资金专项审计|special audits of livelihood funds
      审计结果公告|publication of audit results
      内部审计指导监督|guidance on internal audit
      审计整改督促检查|follow-up of audit rectification
      重大政策措施落实情况审计|audits of major policy implementation
      社会审计机构业务质量核查|quality review of private audit firms
    `),
    local_topics: list('村社巡察联动 工程结算价款复核 镇村三资清理 代理记账机构检查 审计宣传月活动'),
  },
  {
    code: 'medins', nat: '国家医疗保障局', prov: '医疗保障局', local: '医疗保障局', short: '医保局',
    field: '医疗保障', core: true, budget: '210',
    laws: ['医疗保障基金使用监督管理条例', '中华人民共和国社会保险法'],
    topics: topics(`
      基本医疗保险参保扩面|basic medical insurance coverage
      医疗救助|medical assistance
      医保支付方式改革|reform of medical insurance payment methods
      定点医药机构协议管理|agreements with designated medical institutions
      药品和医用耗材带量集采|volume-based procurement of drugs and consumables
      医疗服务价格管理|medical service pricing
      欺诈骗保行为打击|fighting medical insurance fraud
      长期护理保险试点|long-term care insurance pilots
      异地就医直接结算|direct settlement of out-of-area medical treatment
      医保经办服务|medical insurance handling services
      门诊慢特病待遇保障|outpatient chronic and special disease benefits
    `),
    local_topics: list('普惠型补充保障推广 刷脸就医便民改造 陪诊服务规范 大病众筹引导'),
  },
  {
    code: 'forestry', nat: '国家林业和草原局', prov: '林业局', local: '林业局', short: '林业局',
    field: '林业', core: false, budget: '213',
    laws: ['中华人民共和国森林法', '中华人民共和国野生动物保护法'],
    topics: topics(`
      林木采伐许可|logging permits
      林地征占用审核|review of forest land occupation
      森林资源管理和森林督查|forest resource management and inspection
      林业有害生物防治|forest pest control
      陆生野生动物保护和驯养繁殖许可|terrestrial wildlife protection and breeding permits
      自然保护地整合优化|integration of protected areas
      湿地保护修复|wetland protection and restoration
      义务植树|voluntary tree planting
      林长制推行|the forest chief system
      国有林场管护|stewardship of state forest farms
      林权流转和林权抵押|forest tenure transfer and mortgage
      林下经济和经济林发展|under-forest economy and economic forests
      古树名木保护|ancient and famous trees
      林木良种选育|forest tree breeding
      草原保护|grassland protection
    `),
    local_topics: list('油茶低产林改造 森林康养试点 林区防火隔离带建设 竹产业提质增效 护林员巡山护林'),
  },
  {
    code: 'sport', nat: '国家体育总局', prov: '体育局', local: '体育局', short: '体育局',
    field: '体育', core: false, budget: '207',
    laws: ['中华人民共和国体育法', '全民健身条例'],
    topics: topics(`
      全民健身活动组织|national fitness activities
      公共体育场馆开放|opening public sports venues
      竞技体育和运动员培养|competitive sports and athletes
      青少年体育和体育后备人才|youth sports and reserve talent
      体育赛事活动管理|sports events
      体育消费促进|promotion of sports consumption
      社会体育指导员管理|social sports instructors
      游泳等高危体育项目许可|permits for high-risk sports
      国民体质监测|national physique monitoring
      反兴奋剂工作|anti-doping
      单项体育协会管理|sports associations
    `),
    local_topics: list('笼式足球场建设 村级篮球联赛举办 龙舟竞渡活动 环湖骑行线路建设 老年门球比赛'),
    abbr_topics: list('体育运动学校训练保障'),
  },
  {
    code: 'petition', nat: '国家信访局', prov: '信访局', local: '信访局', short: '信访局',
    field: '信访', core: false, budget: '201',
    laws: ['信访工作条例'],
    topics: topics(`
      信访事项受理交办|acceptance and assignment of petitions
      信访事项督查督办|supervision of petition handling
      初信初访化解|resolution of first-time petitions
      重复信访治理|repeated petitions
      网上信访办理|online petition handling
      领导干部接访下访|leaders receiving petitioners
      信访信息分析研判|analysis of petition information
      信访工作责任制落实|the petition responsibility system
    `),
    local_topics: list('人民建议征集 信访代办员队伍 网格员走访排查 来访接待大厅改造'),
  },
  {
    code: 'veterans', nat: '退役军人事务部', prov: '退役军人事务厅', local: '退役军人事务局', short: '退役军人局',
    field: '退役军人', core: true, budget: '208',
    laws: ['中华人民共和国退役军人保障法', '军人抚恤优待条例'],
    topics: topics(`
      退役军人移交安置|transfer and resettlement of veterans
      岗位推荐和适应性培训|job referral and adaptive training
      优抚对象抚恤优待|pensions for entitled groups
      烈士褒扬和烈士纪念设施保护|honouring martyrs and memorial facilities
      军休干部服务管理|retired military cadres
      双拥模范城创建|model cities for military-civilian mutual support
      退役军人服务站点运行|operation of veterans service stations
      光荣院和优抚医院管理|honour homes and hospitals for entitled groups
      军人军属权益维护|rights of service members and their families
    `),
    local_topics: list('老兵关爱基金 戎耀驿站建设 兵妈妈拥军活动 军创典型选树 烈属节日慰问'),
  },
  {
    code: 'urban', nat: '住房和城乡建设部城市管理监督局', prov: '城市管理综合执法局', local: '城市管理局', short: '城管局',
    field: '城市管理', core: false, budget: '212',
    laws: ['城市市容和环境卫生管理条例', '城市绿化条例'],
    topics: topics(`
      市容市貌和门前三包管理|city appearance and frontage responsibility
      生活垃圾分类和处理|household waste sorting and treatment
      城市绿化和园林管理|urban greening and landscaping
      户外招牌设置管理|outdoor signage
      违法建设查处|illegal construction
      城市照明设施维护|street lighting
      占道经营整治|street vending control
      渣土运输车辆管理|muck trucks
      城管执法队伍规范化建设|urban management enforcement teams
      广场游园和街头绿地管理|squares, pocket parks and street green spaces
      网格化城市管理|grid-based city management
      静态停车秩序管理|parking order
      餐厨垃圾收运处置|kitchen waste collection and disposal
      环卫作业市场化|outsourcing of sanitation work
    `),
    local_topics: list('街角微景观营造 背街小巷整治 户外劳动者爱心驿站 夜景亮化提升 犬类文明饲养管理'),
  },
  {
    code: 'drc', nat: '国家发展和改革委员会', prov: '发展和改革委员会', local: '发展和改革委员会', short: '发改委',
    field: '发展改革', core: true, budget: '201',
    laws: ['中华人民共和国价格法', '企业投资项目核准和备案管理条例', '中华人民共和国节约能源法'],
    topics: topics(`
      五年规划纲要编制和中期评估|five-year plan outline and mid-term review
      企业投资项目核准备案|approval and filing of enterprise investment projects
      重大项目谋划储备|the pipeline of major projects
      社会信用体系建设|the social credit system
      价格调控和价格监测|price regulation and monitoring
      优化营商环境|improving the business environment
      区域协调发展和对口支援|regional coordination and paired assistance
      以工代赈|work-for-relief programmes
      节能审查和能耗双控|energy conservation review and dual control of energy use
      碳达峰碳中和|carbon peaking and carbon neutrality
      电力迎峰度夏保障|power supply during summer peaks
      新型城镇化|new urbanization
      成本调查和定价成本监审|cost surveys and pricing cost review
    `),
    local_topics: list('飞地经济合作 企业服务专员驻企 总部经济招引 城市体检评估 低空经济场景培育'),
    abbr_topics: list('战略性新兴产业集群培育'),
  },
  {
    code: 'miit', nat: '工业和信息化部', prov: '工业和信息化厅', local: '工业和信息化局', short: '工信局',
    field: '工业信息化', core: true, budget: '215',
    laws: ['中华人民共和国中小企业促进法', '中华人民共和国无线电管理条例'],
    topics: topics(`
      工业经济运行分析|analysis of the industrial economy
      专精特新企业培育|specialized and sophisticated SMEs
      工业企业技术改造|technical renovation of industrial enterprises
      制造业数字化转型|digital transformation of manufacturing
      无线电频率和台站管理|radio frequencies and stations
      5G基站和信息通信网络建设|5G base stations and telecom networks
      绿色工厂创建|green factories
      小微企业纾困帮扶|relief for small businesses
      软件和信息技术服务业|software and IT services
      工业互联网推广|the industrial internet
      清理拖欠企业账款|clearing arrears owed to enterprises
      食盐定点生产和批发企业管理|designated salt producers and wholesalers
      军民融合项目对接|civil-military integration projects
    `),
    local_topics: list('闲置厂房盘活 企业上云用云补贴 工业设计中心认定 机器换人示范 链长制走访服务'),
  },
  {
    code: 'sci', nat: '科学技术部', prov: '科学技术厅', local: '科学技术局', short: '科技局',
    field: '科技', core: true, budget: '206',
    laws: ['中华人民共和国科学技术进步法', '中华人民共和国促进科技成果转化法'],
    topics: topics(`
      科技计划项目管理|science and technology programmes
      高新技术企业认定|recognition of high-tech enterprises
      科技成果转移转化|technology transfer
      科技企业孵化器和众创空间|incubators and maker spaces
      科普基地和科普活动|popular science bases and activities
      自然科学基金和基础研究|natural science funds and basic research
      技术合同认定登记|registration of technology contracts
      科研诚信建设|research integrity
      外国人来华工作许可|work permits for foreigners
      新型研发机构建设|new R&D institutions
      科技特派员制度推行|the science commissioner system
      重点实验室和工程技术研究中心|key laboratories and engineering research centres
    `),
    local_topics: list('院士团队柔性引进 创新券发放 星期天工程师引进 揭榜挂帅项目 产学研合作对接'),
    abbr_topics: list('引进国外智力成效评估'),
  },
  {
    code: 'ethnic', nat: '国家民族事务委员会', prov: '民族宗教事务委员会', local: '民族宗教事务局', short: '民宗局',
    field: '民族宗教', core: false, budget: '201',
    laws: ['宗教事务条例', '中华人民共和国民族区域自治法'],
    topics: topics(`
      民族团结进步创建|ethnic unity and progress
      宗教活动场所管理|religious venues
      少数民族发展和民族地区经济|development of ethnic minorities and minority areas
      宗教教职人员认定备案|registration of clergy
      民族特需商品供应|goods for special ethnic needs
      宗教团体指导|religious groups
      铸牢中华民族共同体意识|forging a strong sense of community for the Chinese nation
    `),
    local_topics: list('石榴籽家园建设 双语服务窗口设置 三月三歌圩节庆 寺观教堂安全巡查'),
  },
  {
    code: 'archives', nat: '国家档案局', prov: '档案局', local: '档案局', short: '档案局',
    field: '档案', core: false, budget: '201',
    laws: ['中华人民共和国档案法'],
    topics: topics(`
      档案业务检查和年度报表|archival inspections and annual statistics
      档案收集接收和保管|collection and custody of archives
      档案开放和利用服务|access to archives
      数字档案馆建设|digital archives
      重大活动档案管理|archives of major events
      地方志编纂|compiling local chronicles and gazetteers
      档案库房安全|safety of archive repositories
    `),
    local_topics: list('家庭建档示范户评选 老照片征集 口述历史采集 村级档案规范化管理'),
  },
  {
    code: 'civildef', nat: '国家人民防空办公室', prov: '人民防空办公室', local: '人民防空办公室', short: '人防办',
    field: '人民防空', core: false, budget: '204',
    laws: ['中华人民共和国人民防空法'],
    topics: topics(`
      人防工程维护管理|maintenance of civil air defence works
      防空警报鸣放|sounding air raid sirens
      人防知识普及|civil defence awareness
      防空袭方案制定|air raid defence plans
      人防专业队伍建设|civil defence teams
      防空地下室易地建设费征收|fees for relocated air defence basements
      疏散地域划定|designation of evacuation areas
    `),
    local_topics: list('地下停车场战时改造 平战转换演练 战时车辆征集调度'),
  },
  {
    code: 'grain', nat: '国家粮食和物资储备局', prov: '粮食和物资储备局', local: '粮食和物资储备局', short: '粮储局',
    field: '粮食物资储备', core: false, budget: '222',
    laws: ['粮食流通管理条例', '中华人民共和国粮食安全保障法'],
    topics: topics(`
      地方储备粮管理|local grain reserves
      粮食收购和流通监管|grain purchase and circulation
      粮油质量检验|grain and oil quality testing
      成品粮供应网点|outlets for processed grain
      政府储备物资管理|government material reserves
      粮食安全党政同责考核|assessment of joint party and government responsibility for food security
      粮库仓容维修改造|renovation of grain depots
      粮食产业经济发展|the grain industry economy
    `),
    local_topics: list('爱粮节粮宣传周 绿色储粮技术推广 主食厨房工程 家庭储粮减损指导'),
  },
  {
    code: 'finreg', nat: '国家金融监督管理总局', prov: '地方金融管理局', local: '地方金融监督管理局', short: '金融局',
    field: '地方金融', core: false, budget: '217',
    laws: ['防范和处置非法集资条例', '地方金融监督管理条例'],
    topics: topics(`
      小额贷款公司和融资担保公司监管|microcredit companies and financing guarantee companies
      非法集资风险防范处置|illegal fund-raising risks
      企业上市培育|support for listing enterprises
      地方金融组织非现场监管|off-site supervision of local financial organizations
      普惠金融和金融服务实体经济|inclusive finance and financial services for the real economy
      交易场所清理整顿|clean-up of trading venues
    `),
    local_topics: list('金融辅导员制度 银企面对面活动 首贷服务中心设立 供应链票据推广'),
    abbr_topics: list('网络借贷风险出清'),
  },
  {
    code: 'data', nat: '国家数据局', prov: '大数据局', local: '数据资源管理局', short: '数据局',
    field: '数据资源', core: false, budget: '201',
    laws: ['中华人民共和国数据安全法', '政务数据共享条例'],
    topics: topics(`
      政务数据共享交换|government data sharing
      公共数据开放|public data opening
      数字政府建设|digital government
      政务信息化项目管理|government IT projects
      政务云平台运维|the government cloud
      一网通办和政务服务平台|one-stop online government services
      数据要素流通|circulation of data elements
      电子政务外网管理|the e-government extranet
    `),
    local_topics: list('企业数据画像 数字驾驶舱建设 基层报表减负 高频事项免证办'),
  },
  {
    code: 'sasac', nat: '国务院国有资产监督管理委员会', prov: '国有资产监督管理委员会', local: '国有资产监督管理委员会', short: '国资委',
    field: '国资监管', core: false, budget: '201',
    laws: ['中华人民共和国企业国有资产法', '企业国有资产监督管理暂行条例'],
    topics: topics(`
      国企改革深化提升|deepening SOE reform
      国有资本布局和投向|layout and direction of state capital
      国有企业负责人经营业绩考核|performance assessment of SOE executives
      国有股权转让审核|review of state equity transfers
      出资企业财务监督|financial supervision of invested enterprises
      混合所有制改革|mixed-ownership reform
    `),
    local_topics: list('平台公司市场化转型 公有物业招租管理 经理层任期制契约化'),
  },
  {
    code: 'foreign', nat: '外交部', prov: '外事办公室', local: '外事办公室', short: '外办',
    field: '外事', core: false, budget: '201',
    laws: ['因公临时出国管理规定'],
    topics: topics(`
      因公出国境审批|approval of official overseas travel
      友好城市交流|sister city exchanges
      外宾接待和外事礼宾|receiving foreign guests and protocol
      领事保护和协助|consular protection and assistance
      港澳事务|Hong Kong and Macao affairs
      外国记者采访管理|foreign journalists
      国际会议审批|approval of international conferences
      APEC商务旅行卡管理|APEC business travel cards
    `),
    local_topics: list('外籍人士一站式窗口 外语标识规范 外籍青少年夏令营'),
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
  '统筹协调{J}{T}中的重大问题，指导下级部门开展相关工作。',
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
 * Short-vs-long: titles of a broad duty ({F}: the department's field word) whose `detail`
 * lists several items ({I}: "甲、乙、丙和丁").
 */
export const BROAD_TITLES_ZH: readonly string[] = [
  '统筹推进{J}{F}领域重点工作',
  '负责{J}{F}领域综合治理和专项整治工作',
  '承担{J}{F}重点民生实事项目的组织实施',
  '负责{J}{F}领域年度重点任务的统筹协调',
];

export const BROAD_DETAILS_ZH: readonly string[] = [
  '组织实施{I}等工作，协调解决推进中的重大问题。',
  '具体包括{I}等事项，制定年度工作计划并督促落实。',
  '统筹{I}等重点任务，建立工作台账，定期调度通报。',
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
  '投诉举报处理', '核查处置', '品种管理', '质量公报', '养护管理', '岗位管理', '岗位推荐', '适应性培训', '利用服务',
  '年度报表', '流通监管', '公共场所', '批发企业管理', '台站管理', '中期评估', '社会工作',
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
