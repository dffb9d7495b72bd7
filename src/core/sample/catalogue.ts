/**
 * Static material for the demo workbook: a fictional logistics and supply-chain company's project
 * department and key-account department, and the customers they serve. Every company and person
 * here is invented.
 */

export interface StaffSeed {
  readonly staffId: string;
  readonly name: string;
  readonly dept: string;
  readonly position: string;
  readonly rank: '员工级' | '副经理及以上';
  readonly manager: string | null;
  /** Years before the sample date (hire month fixed below); or days when `hiredDaysAgo` is set. */
  readonly hiredYearsAgo?: number;
  readonly hiredDaysAgo?: number;
  readonly hireMonth?: number;
  readonly transferredDaysAgo?: number;
  readonly scheme: 'S1' | 'L1' | 'L3' | 'L4';
  /** Average visits per workday in the demo. */
  readonly visitRate: number;
}

/**
 * 职级 follows the career ladder of 004 §4 (员工级 → 项目营销副经理 → 项目营销经理 → …): every
 * 项目营销 title from 副经理 up, the 项目部负责人 and the 大客户总监 are 副经理及以上; the
 * 大客户经理 and 大客户专员 of the key-account department are 员工级.
 */
export const STAFF_SEEDS: readonly StaffSeed[] = [
  { staffId: 'E001', name: '王建国', dept: '项目部', position: '项目部负责人', rank: '副经理及以上', manager: null, hiredYearsAgo: 11, hireMonth: 3, scheme: 'L4', visitRate: 0.2 },
  { staffId: 'E002', name: '李思远', dept: '项目部', position: '项目营销副总经理', rank: '副经理及以上', manager: '王建国', hiredYearsAgo: 8, hireMonth: 7, scheme: 'L3', visitRate: 0.35 },
  { staffId: 'E003', name: '张晓梅', dept: '项目部', position: '项目营销高级经理', rank: '副经理及以上', manager: '李思远', hiredYearsAgo: 6, hireMonth: 4, scheme: 'L1', visitRate: 0.6 },
  { staffId: 'E004', name: '陈浩', dept: '项目部', position: '项目营销经理', rank: '副经理及以上', manager: '张晓梅', hiredYearsAgo: 3, hireMonth: 9, transferredDaysAgo: 400, scheme: 'L1', visitRate: 0.9 },
  { staffId: 'E005', name: '刘芳', dept: '大客户部', position: '大客户经理', rank: '员工级', manager: '王建国', hiredYearsAgo: 4, hireMonth: 5, scheme: 'S1', visitRate: 1.1 },
  // Hired within the last two months: the current period is exempt (免考).
  { staffId: 'E006', name: '赵磊', dept: '大客户部', position: '大客户专员', rank: '员工级', manager: '刘芳', hiredDaysAgo: 40, scheme: 'S1', visitRate: 1.0 },
];

/** The director named on the visit log (总监): the head of the project department. */
export const DIRECTOR = '王建国';

export interface CityInfo {
  readonly city: string;
  readonly areaCode: string;
  readonly districts: readonly string[];
  readonly roads: readonly string[];
}

export const CITIES: Readonly<Record<string, CityInfo>> = {
  上海: { city: '上海市', areaCode: '21', districts: ['浦东新区', '闵行区', '嘉定区', '静安区'], roads: ['张江路', '沪闵路', '曹安公路', '江宁路'] },
  杭州: { city: '杭州市', areaCode: '571', districts: ['余杭区', '滨江区', '萧山区'], roads: ['文一西路', '江南大道', '市心北路'] },
  苏州: { city: '苏州市', areaCode: '512', districts: ['工业园区', '吴中区', '相城区'], roads: ['星湖街', '吴中大道', '阳澄湖大道'] },
  南京: { city: '南京市', areaCode: '25', districts: ['江宁区', '鼓楼区', '六合区'], roads: ['秣周东路', '中山北路', '雄州南路'] },
  北京: { city: '北京市', areaCode: '10', districts: ['朝阳区', '海淀区', '大兴区'], roads: ['望京街', '中关村大街', '兴业大街'] },
  广州: { city: '广州市', areaCode: '20', districts: ['黄埔区', '天河区', '番禺区'], roads: ['科学大道', '天河北路', '市桥路'] },
  深圳: { city: '深圳市', areaCode: '755', districts: ['南山区', '宝安区', '龙岗区'], roads: ['科技南路', '宝安大道', '龙岗大道'] },
  成都: { city: '成都市', areaCode: '28', districts: ['高新区', '双流区', '青白江区'], roads: ['天府大道', '航空港路', '大弯中路'] },
  武汉: { city: '武汉市', areaCode: '27', districts: ['东西湖区', '经开区', '洪山区'], roads: ['金银湖路', '车城大道', '珞喻路'] },
  合肥: { city: '合肥市', areaCode: '551', districts: ['经开区', '蜀山区'], roads: ['繁华大道', '长江西路'] },
  宁波: { city: '宁波市', areaCode: '574', districts: ['北仑区', '鄞州区'], roads: ['新大路', '天童南路'] },
  无锡: { city: '无锡市', areaCode: '510', districts: ['新吴区', '惠山区'], roads: ['长江路', '惠山大道'] },
};

export interface CustomerSeed {
  readonly name: string;
  readonly type: string;
  readonly industry: string;
  readonly business: string;
  readonly city: keyof typeof CITIES & string;
  readonly founded: number;
  readonly standing: string;
  readonly cls: string;
  readonly stage: string;
  /** 月业务量 in 万元; null for prospects without business yet. */
  readonly volume: number | null;
  readonly owner: string;
  readonly projects: string;
  /** Days before the sample date the file was opened. */
  readonly createdDaysAgo: number;
}

/**
 * The first twelve are established key accounts (已成交 / 促成成交): they get at least two insider
 * contacts and every one of their deciders is visited, so that CustomerValue may rate them A or B
 * without C-INSIDER or C-DECIDERS warnings. Owners respect C-OWNER except 武汉中储联运 (26 万 under
 * a 项目营销经理), left on purpose to show the warning.
 */
export const CUSTOMER_SEEDS: readonly CustomerSeed[] = [
  { name: '杭州云选优品电子商务有限公司', type: '民营', industry: '电商', business: '服装家居线上零售', city: '杭州', founded: 2012, standing: '领先', cls: '战略客户', stage: '已成交', volume: 68, owner: '李思远', projects: '电商仓配一体化', createdDaysAgo: 1150 },
  { name: '上海康泰医药有限公司', type: '合资', industry: '医(药)疗', business: '处方药与OTC分销', city: '上海', founded: 2003, standing: '领先', cls: '高值客户', stage: '已成交', volume: 45, owner: '张晓梅', projects: '医药冷链配送', createdDaysAgo: 980 },
  { name: '远驰汽车零部件股份有限公司', type: '股份', industry: '汽车', business: '底盘与制动系统零部件', city: '武汉', founded: 1998, standing: '领先', cls: '集团客户', stage: '已成交', volume: 85, owner: '王建国', projects: '入厂物流(JIT)', createdDaysAgo: 1400 },
  { name: '南京启明教育科技股份有限公司', type: '股份', industry: '教育', business: '在线教育与教辅出版', city: '南京', founded: 2010, standing: '居中', cls: '优质客户', stage: '已成交', volume: 18, owner: '刘芳', projects: '教辅季节性配送', createdDaysAgo: 720 },
  { name: '无锡华光精密机械制造有限公司', type: '民营', industry: '制造', business: '数控机床与精密部件', city: '无锡', founded: 2001, standing: '居中', cls: '高值客户', stage: '已成交', volume: 32, owner: '张晓梅', projects: '干线整车运输', createdDaysAgo: 860 },
  { name: '杭州速达同城科技有限公司', type: '民营', industry: '本地服务平台', business: '同城即时配送平台', city: '杭州', founded: 2016, standing: '领先', cls: '战略客户', stage: '已成交', volume: 55, owner: '李思远', projects: '前置仓运营外包', createdDaysAgo: 410 },
  { name: '上海星游互动娱乐有限公司', type: '民营', industry: '游戏', business: '主机游戏与周边商品', city: '上海', founded: 2014, standing: '居中', cls: '优质客户', stage: '已成交', volume: 12, owner: '刘芳', projects: '周边商品电商仓储', createdDaysAgo: 530 },
  { name: '武汉中储联运物流有限公司', type: '国企', industry: '物流', business: '铁路与公路多式联运', city: '武汉', founded: 1995, standing: '领先', cls: '集团客户', stage: '已成交', volume: 26, owner: '陈浩', projects: '华中干线分拨合作', createdDaysAgo: 610 },
  { name: '苏州恒远电子科技股份有限公司', type: '股份', industry: '制造', business: '消费电子结构件', city: '苏州', founded: 2006, standing: '居中', cls: '优质客户', stage: '已成交', volume: 15, owner: '陈浩', projects: '保税仓储与报关', createdDaysAgo: 470 },
  { name: '北京博文图书发行集团有限公司', type: '国企', industry: '教育', business: '教材教辅发行', city: '北京', founded: 1985, standing: '领先', cls: '集团客户', stage: '促成成交', volume: 38, owner: '张晓梅', projects: '秋季教材全国分发', createdDaysAgo: 300 },
  { name: '广州岭南日化有限公司', type: '合资', industry: '制造', business: '洗护与家清用品', city: '广州', founded: 1999, standing: '居中', cls: '优质客户', stage: '已成交', volume: 9.5, owner: '刘芳', projects: '华南经销商配送', createdDaysAgo: 820 },
  { name: '上海禾悦网络科技有限公司', type: '民营', industry: '电商', business: '生鲜电商平台', city: '上海', founded: 2015, standing: '居中', cls: '高值客户', stage: '已成交', volume: 16, owner: '陈浩', projects: '冷链城配', createdDaysAgo: 260 },
  { name: '苏州德瑞汽车配件有限公司', type: '合资', industry: '汽车', business: '汽车内饰件', city: '苏州', founded: 2008, standing: '居中', cls: '潜在大客户', stage: '建立关系', volume: 8, owner: '刘芳', projects: '售后备件配送', createdDaysAgo: 200 },
  { name: '成都幻境网络科技有限公司', type: '民营', industry: '游戏', business: '手游研发与IP授权', city: '成都', founded: 2017, standing: '居中', cls: '潜在大客户', stage: '信息搜集', volume: 6, owner: '赵磊', projects: '线下活动物料运输', createdDaysAgo: 150 },
  { name: '宁波港通国际货运代理有限公司', type: '合资', industry: '物流', business: '海运与国际货代', city: '宁波', founded: 2004, standing: '居中', cls: '优质客户', stage: '建立关系', volume: 11, owner: '陈浩', projects: '港口集卡短驳', createdDaysAgo: 330 },
  { name: '武汉华济医疗器械股份有限公司', type: '股份', industry: '医(药)疗', business: '影像与体外诊断设备', city: '武汉', founded: 2009, standing: '居中', cls: '潜在大客户', stage: '价值评估', volume: null, owner: '张晓梅', projects: '', createdDaysAgo: 120 },
  { name: '上海邻家优选生活服务有限公司', type: '民营', industry: '本地服务平台', business: '社区团购', city: '上海', founded: 2019, standing: '居中', cls: '潜在大客户', stage: '建立关系', volume: 7.5, owner: '赵磊', projects: '团购网格仓配送', createdDaysAgo: 30 },
  { name: '合肥瀚海家电制造有限公司', type: '民营', industry: '制造', business: '小家电整机制造', city: '合肥', founded: 2007, standing: '居中', cls: '优质客户', stage: '建立关系', volume: 14, owner: '陈浩', projects: '成品仓与电商发货', createdDaysAgo: 240 },
  { name: '深圳鸿图智能硬件有限公司', type: '民营', industry: '制造', business: '智能穿戴设备', city: '深圳', founded: 2018, standing: '末流', cls: '潜在大客户', stage: '确定对象', volume: null, owner: '刘芳', projects: '', createdDaysAgo: 45 },
  { name: '广州骏达新能源汽车销售服务有限公司', type: '民营', industry: '汽车', business: '新能源汽车4S与售后', city: '广州', founded: 2016, standing: '居中', cls: '潜在大客户', stage: '信息搜集', volume: 5, owner: '赵磊', projects: '整车短途运输', createdDaysAgo: 20 },
  { name: '安和康养医疗集团有限公司', type: '民营', industry: '医(药)疗', business: '连锁康复与养老机构', city: '成都', founded: 2011, standing: '居中', cls: '战略客户', stage: '价值评估', volume: null, owner: '李思远', projects: '', createdDaysAgo: 160 },
  { name: '苏州织里跨境电商有限公司', type: '民营', industry: '电商', business: '跨境电商(童装)', city: '苏州', founded: 2015, standing: '居中', cls: '潜在大客户', stage: '建立关系', volume: 9, owner: '刘芳', projects: '跨境小包集货', createdDaysAgo: 280 },
  { name: '北京点点到家网络科技有限公司', type: '股份', industry: '本地服务平台', business: '家政与到家服务', city: '北京', founded: 2015, standing: '居中', cls: '潜在大客户', stage: '信息搜集', volume: null, owner: '张晓梅', projects: '', createdDaysAgo: 190 },
  { name: '南京金陵化工新材料有限公司', type: '国企', industry: '制造', business: '工程塑料与化工新材料', city: '南京', founded: 1992, standing: '领先', cls: '优质客户', stage: '价值评估', volume: 19, owner: '陈浩', projects: '危化品运输(试点)', createdDaysAgo: 350 },
  { name: '深圳极光电竞装备有限公司', type: '民营', industry: '游戏', business: '电竞外设', city: '深圳', founded: 2016, standing: '末流', cls: '潜在大客户', stage: '建立关系', volume: 4, owner: '刘芳', projects: '电商退货处理', createdDaysAgo: 75 },
  { name: '成都知行职业培训学校', type: '民营', industry: '教育', business: '职业技能培训', city: '成都', founded: 2013, standing: '末流', cls: '潜在大客户', stage: '暂缓', volume: 2.5, owner: '赵磊', projects: '教材配送', createdDaysAgo: 520 },
  { name: '上海森林美食连锁餐饮管理有限公司', type: '民营', industry: '其他', business: '连锁餐饮', city: '上海', founded: 2010, standing: '居中', cls: '优质客户', stage: '建立关系', volume: 6.5, owner: '陈浩', projects: '中央厨房门店配送', createdDaysAgo: 210 },
  { name: '杭州青禾农产品集团有限公司', type: '国企', industry: '其他', business: '农产品批发与冷库', city: '杭州', founded: 1996, standing: '领先', cls: '集团客户', stage: '确定对象', volume: null, owner: '李思远', projects: '', createdDaysAgo: 60 },
  { name: '北京博览会展服务有限公司', type: '股份', industry: '其他', business: '展览搭建与会展服务', city: '北京', founded: 2005, standing: '居中', cls: '潜在大客户', stage: '暂缓', volume: 3, owner: '刘芳', projects: '展品运输', createdDaysAgo: 640 },
  { name: '宁波海润家居用品进出口有限公司', type: '外资', industry: '其他', business: '家居用品出口', city: '宁波', founded: 2002, standing: '居中', cls: '潜在大客户', stage: '信息搜集', volume: 10, owner: '刘芳', projects: '出口拼箱', createdDaysAgo: 100 },
];

/** How many of CUSTOMER_SEEDS are established key accounts (see above). */
export const KEY_ACCOUNT_COUNT = 12;

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '萧', '田', '董', '潘', '袁', '蔡', '蒋', '余'];
export const GIVEN_NAMES = ['伟', '静', '敏', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '志强', '海燕', '建华', '晓东', '丽娜', '俊杰', '雪梅', '文博', '子涵', '宏伟', '玉兰', '国强', '慧敏', '鹏飞', '春燕', '立新', '思琪', '振华', '佳怡', '永刚', '晓燕', '德明'];

export interface ContactRole {
  readonly title: string;
  readonly level: '决策层' | '管理层' | '操作层';
  readonly role: '决策者' | '把关者' | '使用者' | '采购者' | '影响者';
}

/** Contacts in the order they are created per customer; the first is the usual contact. */
export const CONTACT_ROLES: readonly ContactRole[] = [
  { title: '物流总监', level: '决策层', role: '决策者' },
  { title: '采购经理', level: '管理层', role: '采购者' },
  { title: '仓储主管', level: '操作层', role: '使用者' },
  { title: '财务经理', level: '管理层', role: '把关者' },
  { title: '副总经理', level: '决策层', role: '决策者' },
];

export const HOBBIES = ['羽毛球', '钓鱼', '摄影', '茶艺', '跑步', '书法', '高尔夫', '登山', '围棋', '旅行'];

export const COMPETITORS = [
  { company: '顺捷供应链管理有限公司', products: '仓配一体化、快递' },
  { company: '华运通物流股份有限公司', products: '干线整车、零担' },
  { company: '冷云冷链物流有限公司', products: '医药与生鲜冷链' },
  { company: '迅邦国际货运有限公司', products: '国际货代、报关' },
  { company: '安途汽车物流有限公司', products: '整车运输、入厂物流' },
  { company: '城际快线同城配送有限公司', products: '同城即时配送' },
];

export const SERVICES = ['仓配一体化', '干线运输', '城市配送', '冷链配送', '电商仓储', '入厂物流', '逆向物流'];
export const NEEDS = ['旺季仓储扩容', '华东区域配送时效', '退货处理', '多仓库存调拨', '温控全程追溯', '零部件准时化配送'];
export const PROBLEMS = ['配送延误', '货损理赔', '对账差异', '发票开具', '系统对接', '仓内错发'];
export const HANDLED = ['已协调运作部门整改', '已提交理赔方案并获认可', '已与财务逐单核对', '已安排技术联调', '已补发并说明原因'];
export const OPEN = ['待运作部门回复', '需总部审批理赔额度', '客户财务尚未确认', '接口方案待客户IT评审'];
export const ACTIVITIES = ['拜访采购部', '约见物流总监', '陪同参观我司仓库', '参加客户供应商大会', '年度合作回顾'];
export const TOPICS = ['下季度合作计划', '报价调整', '新仓选址', '年框续签', '招标时间表', '服务评分'];
export const EXPENSES: readonly { readonly item: string; readonly min: number; readonly max: number }[] = [
  { item: '交通费', min: 20, max: 120 },
  { item: '出租车费', min: 25, max: 90 },
  { item: '餐费', min: 80, max: 380 },
  { item: '停车费', min: 10, max: 40 },
  { item: '资料印刷费', min: 30, max: 150 },
  { item: '高铁票', min: 120, max: 560 },
];
/** Notes that start with "- " are legitimate and must stay text (no FORMULA-TEXT warning). */
export const REMARKS = ['- 客户要求提前报价', '- 下周二前回复方案', '需总监出面', '客户对时效满意', '已约下次拜访', '对方换了对接人'];
