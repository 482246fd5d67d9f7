/**
 * Words that appear in nearly every duty statement and say nothing about its subject.
 * They are cut out before segmentation, so they neither match nor glue neighbours into
 * false bigrams. Rarity weighting handles the rest of the generic vocabulary.
 */
export const CHINESE_STOP_PHRASES: readonly string[] = [
  // jurisdiction words: 本区 / 全市 / 辖区内 ...
  '本行政区域', '行政区域', '辖区内', '辖区', '范围内', '本级',
  '全国', '全省', '全市', '全县', '全区', '全镇', '全乡', '本省', '本市', '本县', '本区', '本镇', '本乡',
  // verbs and frames of the 三定 style
  '负责', '承担', '组织', '指导', '协调', '开展', '实施', '拟订', '拟定', '制定', '贯彻', '执行', '落实',
  '参与', '配合', '牵头', '做好', '推进', '推动', '加强', '完善', '健全', '建立', '统筹', '研究', '提出',
  '依法', '按照', '根据', '规定', '有关', '相关', '工作', '职责', '事项', '任务', '其他', '以及', '并且',
  '政策措施', '政策', '措施', '办法', '管理', '监督', '日常',
  // single characters only where they are almost always function words in duty texts
  '的', '和', '与', '及', '等', '并', '对',
];

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'within', 'its', 'their',
  'be', 'is', 'are', 'as', 'from', 'into', 'this', 'that', 'other', 'all', 'any', 'such',
  'responsible', 'responsibility', 'responsibilities', 'organize', 'organise', 'organizing', 'organising',
  'guide', 'guiding', 'coordinate', 'coordinating', 'implement', 'implementing', 'implementation',
  'carry', 'out', 'undertake', 'undertaking', 'work', 'related', 'relevant', 'matters', 'duties', 'duty',
  'county', 'district', 'city', 'municipal', 'province', 'provincial', 'national', 'local', 'whole',
]);
