"""Question normalisation: traditional → simplified, full-width → half-width, colloquial terms, numerals."""

from __future__ import annotations

import re
import unicodedata

import zhconv

from assistant.numbers import arabise
from assistant.policy import (
    COUNTED_TITLES,
    DEPARTMENT_FUTURE,
    MISSED_HIGH_SCHOOL,
    SECONDARY_MAJOR,
    SHORT_BANNERS,
    VETERAN,
)

#: Everyday words → the plan's words (added beside the original, so retrieval sees both).
COLLOQUIAL: tuple[tuple[str, str], ...] = (
    ("中专", "中职"),
    ("督查", "督导"),
    ("技校", "中职 技工教育"),
    ("职高", "中职"),
    ("职中", "中职"),
    ("大专", "高职 专科"),
    ("专升本", "高职 本科 3+2 贯通"),
    ("上大学", "高职 本科"),
    ("普通大学", "本科 应用型本科"),
    ("外省", "区外"),
    ("外面的人", "面向社会 开放"),
    ("考不了大学", "升学与就业 贯通 3+2 3+4"),
    ("上不了大学", "升学与就业 贯通 3+2 3+4"),
    ("念大学的", "高等教育 在校生规模"),  # "念大学的学生涨到多少": 高等教育's students
    ("上大学的", "高等教育 在校生规模"),
    ("高校", "高等教育"),
    ("补助", "补贴"),
    ("奖金", "奖励"),
    ("给钱", "补贴"),
    ("多少钱", "补贴 奖励"),
    ("奖多少", "奖励"),
    ("占多少", "比例"),
    ("上职高的", "中职"),  # "上职高的娃现在有多少": students; a share ("占多少") is 职普比例 (`_SHARE`)
    ("幼师", "幼儿师范"),
    ("幼儿园老师", "幼儿师范 学前教育"),
    ("幼儿园教师", "幼儿师范 学前教育"),
    ("读本科", "本科 3+4 贯通"),
    ("读研", "硕士 研究生"),
    ("研究生", "硕士"),
    ("转学", "学籍互转"),
    ("普高", "普通高中"),
    ("学啥", "专业 专业设置方向 特色"),
    ("学什么", "专业 专业设置方向 特色"),
    ("什么专业", "专业设置方向 特色"),
    ("招多少", "学生数 在校生规模"),
    ("多少人", "学生数 在校生规模"),
    ("多少学生", "学生数 在校生规模"),
    ("多少娃", "学生数 在校生规模"),
    ("多少孩子", "学生数 在校生规模"),
    ("多大", "学生数 在校生规模"),
    ("高中", "普通高中"),
    # how families say what the plan says in policy words
    ("出路", "升学 就业 渠道"),
    ("毕业生的去向", "升学 就业 渠道"),  # not "中职部…去向": what becomes of a department
    ("毕业生去向", "升学 就业 渠道"),
    ("出口", "升学 就业 渠道"),  # 中职毕业生的出口
    ("几条路", "升学 就业 渠道"),
    ("能干啥", "就业 渠道"),
    ("文凭", "学历 学历证书"),
    ("技能证", "职业等级证书"),
    ("技工证", "职业等级证书"),
    ("手艺", "技能"),
    ("修车", "汽车运用与维修 汽车 运输业"),
    ("汽修", "汽车运用与维修 汽车 运输业"),
    ("打工", "就业"),
    ("上班", "就业"),
    ("进厂", "就业 产业工人"),
    ("找工作", "就业"),
    ("吃香", "急需 紧缺"),
    ("转回", "学籍互转"),
    ("转到普", "学籍互转"),
    ("转到职", "学籍互转"),  # "上普高跟不上 能不能中途转到职高去"
    ("转到中职", "学籍互转"),
    ("实操", "实践 实践性教学 课时"),
    ("动手", "实践 实践性教学 课时"),
    ("坐教室", "实践性教学 课时"),
    ("理论课", "实践性教学 课时"),
    ("升本", "本科"),
    ("要升本", "申办 升格"),
    ("办成本科", "职业本科专业 合办"),
    ("学校一起办", "合办"),  # "跟哪个学校一起办"; not "普高职高一块儿办" (综合高中)
    ("学校一块办", "合办"),
    ("升成本科", "申办 本科院校 升格"),
    ("变成本科", "申办 本科院校 升格"),
    ("升格", "申办 本科院校"),
    ("综合性大学", "申办 本科院校 升格"),
    ("留在本地", "市域 就业"),
    ("留下来", "市域 就业"),
    ("老师", "教师"),
    ("牧区", "农村牧区"),
    ("学校跟企业", "校企"),
    ("选课", "课程互选"),
    ("网课", "在线课程"),
    ("大专本科", "高等教育"),
    ("大专加本科", "高等教育"),
    ("兼职老师", "兼职教师"),
    ("兼职上课", "兼职教师"),
    ("请来兼职", "兼职教师"),
    ("从企业请", "兼职教师"),
    ("失业", "下岗职工 城乡待业人员"),
    ("没工作", "城乡待业人员"),
    ("厂子不要", "下岗职工"),
    ("被裁", "下岗职工"),
    ("裁员", "下岗职工"),
    ("丢了工作", "下岗职工"),
    ("企业请来的", "兼职教师"),
    ("企业来的老师", "兼职教师"),
    ("私人", "投资主体 自主兴办 社会力量"),
    ("社会资本", "投资主体 自主兴办 社会力量"),
    ("自己出钱", "投资主体 自主兴办 社会力量"),
    ("办个私立", "投资主体 自主兴办 社会力量"),
    ("办私立", "投资主体 自主兴办 社会力量"),
    ("五五开", "职普比例"),
    ("自己掏钱", "投资主体 自主兴办 社会力量"),
    ("私立", "民办 社会力量"),
    ("办个民办", "投资主体 自主兴办 社会力量 办学奖励"),
    ("办民办", "投资主体 自主兴办 社会力量 办学奖励"),
    ("办职业学校", "投资主体 自主兴办 办学奖励"),
    ("办个职业学校", "投资主体 自主兴办 办学奖励"),
    ("办职校", "投资主体 自主兴办 办学奖励"),
    ("办个职校", "投资主体 自主兴办 办学奖励"),
    ("企业办学校", "投资主体 自主兴办 办学奖励"),
    ("新开专业", "新增设 专业 开办费"),
    ("开新专业", "新增设 专业 开办费"),
    ("办所民办", "投资主体 自主兴办 社会力量 办学奖励"),
    ("投钱", "投资"),
    ("市里每年", "市人民政府每年预算 专项资金"),
    ("谁来督导", "教育督导委员会 督导评估"),
    ("哪个部门", "牵头 统筹 市教育体育局"),
    ("谁牵头", "牵头 统筹 市教育体育局"),
    ("谁当头", "分管副市长 总召集人"),
    ("谁挂帅", "分管副市长 总召集人"),
    ("还招", "中职专业剥离 退出"),
    ("普高里", "普通高中 职业班"),
    ("吃住", "住宿 就餐"),
    ("住的吃的", "住宿 就餐"),
    ("吃的住的", "住宿 就餐"),
    ("管住", "住宿"),
    ("管吃", "就餐"),
    ("管饭", "就餐"),
    ("住哪", "住宿"),
    ("住的地方", "住宿"),
    ("吃饭", "就餐"),
    ("吃啥", "就餐"),
    ("发工资", "企业支付工资"),
    ("找厂子", "企业 实习实训岗位"),
    ("找单位", "企业 实习实训岗位"),
    ("厂里", "企业"),
    ("厂子里干活", "企业"),
    ("分档", "分为 两类 学段"),
    ("咋分", "分为 两类 学段"),
    ("咋个分", "分为 两类 学段"),
    ("咋个补", "分为 两类 学段"),
    ("怎么分", "分为 两类 学段"),
    ("如何分", "分为 两类 学段"),
    ("上课", "教学 课时"),
    ("大专和本科", "高等教育"),
    ("专科本科", "高等教育"),
    ("职教学生", "职业教育 在校生规模"),
    ("职校生", "职业教育"),
    # who a programme is for: the plan names students from elsewhere (其它盟市和区外学生)
    ("本地娃", "其它盟市 区外 外地"),
    ("本地孩子", "其它盟市 区外 外地"),
    ("本地学生", "其它盟市 区外 外地"),
    ("本科学校", "本科院校"),
    ("本科的学校", "本科院校"),
    ("本科大学", "本科院校"),
    ("所本科", "本科院校"),  # 有几所本科
    ("转去", "学籍互转"),
    ("转普", "学籍互转"),
    ("能转", "学籍互转"),
    ("实践课", "实践性教学 课时"),
    # the city's own awards: the plan says 鄂尔多斯市技能大师工作室, not 市级
    ("市级技能大师", "鄂尔多斯市技能大师工作室 评审认定"),
    ("市级高技能", "鄂尔多斯市高技能人才培训基地 评审认定"),
    ("外人", "面向社会 开放"),  # "建好了外人能去用吗": 面向职业院校、企业、社会开放
    ("外头的人", "面向社会 开放"),
    ("外面的人", "面向社会 开放"),
    ("东边", "东部"),
    ("西边", "西部"),
    ("中间那", "中部"),  # "中间那个主要练啥": the middle one of 东中西
    ("残疾", "残疾学生 随班就读 特殊教育"),
    ("残障", "残疾学生 随班就读 特殊教育"),
    ("腿脚不", "残疾学生 随班就读 特殊教育"),
    ("行动不便", "残疾学生 随班就读 特殊教育"),
    ("边干边学", "现代学徒制"),
    ("边学边干", "现代学徒制"),
    ("半工半读", "现代学徒制"),
    ("边在企业", "现代学徒制"),
    ("边上班边", "现代学徒制"),
    ("边工作边", "现代学徒制"),
    ("学点技术", "技能培训"),
    ("学技术", "技能培训"),
    ("学门技术", "技能培训"),
    ("学个技术", "技能培训"),
    ("学门手艺", "技能培训"),
    ("市里认定", "市级 鄂尔多斯市 评审认定"),
    ("市里评", "市级 鄂尔多斯市 评审认定"),
    ("学体育", "体育职业中学 竞技体育"),
    ("练田径", "体育职业中学 竞技体育"),
    ("培训量", "职业培训人次"),
    ("没有学历", "学历证书 职业等级证书"),
    ("没学历", "学历证书 职业等级证书"),
    ("有学历", "学历证书 职业等级证书"),
    ("在厂里", "在职员工 技能培训"),
    ("老师去厂", "专业课教师 企业实践"),  # teachers sent to work in a firm: 每年1个月企业实践
    ("老师下厂", "专业课教师 企业实践"),
    ("老师下企业", "专业课教师 企业实践"),
    ("上班族", "在职员工 技能培训"),
    ("一共", "合计 突破"),  # the whole: 表2/表3's 合计 rows, "在校生规模力争突破5万人"
    ("总共", "合计 突破"),
    ("总数", "合计 突破"),
    ("位置", "前列 行列"),  # 在自治区排啥位置: 走在自治区前列 (where a school is, 在什么位置, is an open topic)
    # what families call the plan's industries
    ("电脑", "计算机应用 数字产业链"),
    ("编程", "计算机应用 数字产业链"),
    ("写代码", "计算机应用 数字产业链"),
    ("种地", "农业"),
    ("种植", "农业"),
    ("养殖", "农牧业"),
    ("养牛", "农牧业"),
    ("养羊", "农牧业"),
    ("养牲口", "农牧业"),
    ("放羊", "农牧业"),
    ("电路", "机电 电气"),  # "喜欢鼓捣机器电路": 机电一体化技术
    ("机器", "机械 机电"),
    ("喂牛", "农牧业 农业"),  # "娃打小喜欢喂牛喂羊": 现代农业技术 follows on
    ("喂羊", "农牧业 农业"),
    ("放牛", "农牧业 农业"),
    ("放牧", "农牧业"),
    ("畜牧", "农牧业"),
    ("牛羊", "农牧业"),
    ("挖煤", "采矿 煤炭"),
    ("下井", "采矿 煤炭"),
    ("煤矿", "采矿 煤炭"),
    ("风电", "风力发电 风光氢储车 新能源"),
    ("光伏", "风光氢储车 新能源"),
    ("新能源车", "新能源汽车"),
    ("电动车", "新能源汽车"),
    ("修车", "汽车 维修"),
    ("汽修", "汽车 维修"),
    ("画画", "美术 艺术"),
    ("跳舞", "舞蹈 艺术"),
    ("唱歌", "音乐 艺术"),
    ("空姐", "空中乘务 航空"),
    ("空乘", "空中乘务 航空"),
    ("护士", "护理"),
    ("带货", "直播电商 电子商务"),
    ("网店", "电子商务"),
)

#: A few English words so an English question still retrieves (answers stay in Chinese).
ENGLISH: tuple[tuple[str, str], ...] = (
    ("subsid", "补贴"),
    ("allowance", "补贴"),
    ("bachelor", "本科"),
    ("undergraduate", "本科"),
    ("junior college", "专科 高职"),
    ("college", "高职"),
    ("vocational high", "中职"),
    ("secondary vocational", "中职"),
    ("vocational school", "中职"),
    ("tuition", "学费"),
    ("fee", "学费"),
    ("score", "分数线"),
    ("student", "学生"),
    ("how many", "多少"),
    ("enrol", "在校生规模"),
    ("students", "在校生"),
    ("target", "目标"),
    ("partner", "合作院校"),
    ("outside inner mongolia", "区外"),
    ("inside and outside", "区内 区外"),
    ("inner mongolia", "区内 自治区"),
    ("how much", "多少"),
    ("teacher", "教师"),
    ("internship", "实习"),
    ("wild goose", "鸿雁计划"),
    ("hongyan", "鸿雁计划"),
    ("eaglet", "雏鹰计划"),
    ("chuying", "雏鹰计划"),
    ("ratio", "职普比例"),
    ("pathway", "贯通"),
    ("award", "奖励"),
    ("competition", "技能大赛"),
    ("school", "学校"),
    ("2025", "2025年"),
    ("universit", "本科 院校"),
    ("applied technology", "鄂尔多斯应用技术学院"),
    ("ordos vocational college", "鄂尔多斯职业学院"),
    ("preschool", "内蒙古民族幼儿师范高等专科学校"),
    ("ecolog", "鄂尔多斯生态环境职业学院"),
    ("eco-environment", "鄂尔多斯生态环境职业学院"),
    ("energy", "能源"),
    ("polytechnic", "理工学校"),
    ("technician", "技师学院"),
    ("dual-qualified", "双师型"),
    ("double-qualified", "双师型"),
    ("double high", "双高"),
    ("double-high", "双高"),
    ("double first-class", "双一流"),
    ("double first class", "双一流"),
    ("industry-education", "产教融合"),
    ("industrial chain", "产业链"),
    ("industry chain", "产业链"),
    ("banner", "旗"),
    ("percent", "比例"),
    ("proportion", "比例"),
    ("share", "比例"),
    ("general high school", "普通高中"),
    ("comprehensive high school", "综合高中"),
    ("employ", "就业"),
    ("training base", "实训基地"),
    ("training", "培训"),
    ("new ", "新建"),
    ("budget", "预算 资金"),
    ("fund", "资金"),
    ("each year", "每年"),
    ("per year", "每年"),
    ("yearly", "每年"),
    ("annual", "每年"),
    ("go from", "升学 贯通"),
    ("go on to", "升学 贯通"),
    ("move up", "升学 贯通"),
    ("disab", "残疾"),
    ("special education", "特殊教育"),
    ("who ", "谁"),
    ("lead", "牵头"),
    ("in charge", "负责"),
)

TYPOS: tuple[tuple[str, str], ...] = (
    ("鸿燕", "鸿雁"),
    ("洪雁", "鸿雁"),
    ("红雁", "鸿雁"),
    ("雏莺", "雏鹰"),
    ("雏英", "雏鹰"),
    ("初鹰", "雏鹰"),
    ("学员", "学院"),
    ("北例", "比例"),
    ("职普笔", "职普比"),
    ("卫培", "委培"),
    ("五星", "五兴"),
    ("综和", "综合"),
    ("报明", "报名"),
    ("杭金旗", "杭锦旗"),
    ("准其", "准旗"),  # typed by sound; canonical then writes 准格尔旗
    ("乌审其", "乌审旗"),
    ("杭锦其", "杭锦旗"),
)


def to_half_width(text: str) -> str:
    """Full-width letters, digits and ASCII punctuation → half-width (Chinese punctuation kept)."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E and ch not in "（）：；，！？":
            out.append(chr(code - 0xFEE0))
        elif code == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


#: Words run together that a tokenizer reads wrongly ("回普高考大学" is 普高 + 考大学, not 高考).
_RUN_ON = re.compile(r"(普高|职高)(考(?:大学|本科|学))")

#: "25年招到多少" is 2025 (families drop the century); not "干满25年" or "25年以上".
_SHORT_YEAR = re.compile(r"(?<![\d.满近干做工第每])(2[1-9]|30)年(?!以上|以来|来|内|左右|多(?!少)|级|代)")


def canonical(question: str) -> str:
    """Simplified characters, half-width, known typos fixed, counted numerals as digits."""
    text = unicodedata.normalize("NFC", question).strip()
    text = zhconv.convert(to_half_width(text), "zh-cn")
    for wrong, right in TYPOS:
        text = text.replace(wrong, right)
    text = _RUN_ON.sub(r"\1 \2", text)
    text = _HEARSAY_SOURCE.sub("听说", full_banners(text))
    text = _SHORT_YEAR.sub(r"20\1年", arabise(text))
    return _SPOKEN_ROUTE.sub(lambda m: f"{_ROUTE_DIGIT[m[1]]}+{_ROUTE_DIGIT[m[2]]}", text)


#: Where a rumour was read ("俺看手机上说", "抖音上刷到说"): only that it was heard, never what is asked about.
_HEARSAY_SOURCE = re.compile(
    r"(?:在|从)?(?:手机|网上|抖音|快手|微信群?|朋友圈|群里|视频号)[上里]?(?:看到|看见|刷到|有人)?(?:说|讲|传)"
)


#: A banner's short name (前旗 alone: 鄂托克前旗 already says it in full).
_SHORT_BANNER = re.compile("|".join(s if s != "前旗" else "(?<!鄂托克)前旗" for s in SHORT_BANNERS))


def full_banners(text: str) -> str:
    """Banners' short names written in full (达旗 → 达拉特旗)."""
    return _SHORT_BANNER.sub(lambda m: SHORT_BANNERS[m[0]] + m[0][-1], text)


#: A route said aloud ("有个3加2", "三加四"): the plan writes 3+2 and 3+4.
_CN_NUMERAL = "一二三四五六七八九十百千万两零"
_SPOKEN_ROUTE = re.compile(rf"(?<![{_CN_NUMERAL}\d.])([23二两三])\s*加\s*([234二两三四])(?![{_CN_NUMERAL}\d.])")
_ROUTE_DIGIT = {"2": "2", "3": "3", "4": "4", "二": "2", "两": "2", "三": "3", "四": "4"}


#: Vocational and general high school compared ("职高和普高要一半对一半"): the plan's 职普比例.
_BOTH_TRACKS = re.compile(
    r"(?:职高|中职|职校|职中|中专)[^。？?]{0,12}(?:普高|普通高中|(?<![职合])高中)|"
    r"(?:普高|普通高中|(?<![职合])高中)[^。？?]{0,12}(?:职高|中职|职校|职中|中专)"
)
_SHARE = re.compile(r"比|占|一半|对半|\d\s*[:：]\s*\d")
#: A sum put up ("市里一年才拿5000万给职业教育"): the plan's funds and budgets.
_SUM_GIVEN = re.compile(
    r"(?:拿|给|投|出|掏)[^，。？?\d]{0,4}\d[\d.]*\s*个?[万亿](?![人个所名])|"
    r"(?:市里|政府|财政)[^。？?]{0,10}(?:拿|投|出|掏|花|拨)[^。？?]{0,4}(?:多少|几)"  # "市里每年给职业教育拿多少钱"
)


#: By what standard a grant is paid ("按啥标准发"): the plan's rule is "按照《…激励办法》予以补贴".
_HOW_PAID = re.compile(r"(?:按|照)(?:啥|什么|哪个)标准|补贴标准|发放标准")


#: How much training the colleges give the public ("搞社会培训要搞到多大规模"): 表1's 职业培训人次; not the money it
#: earns ("社会培训挣的钱能拿出多大比例").
_TRAINING_SCALE = re.compile(
    r"^(?!.*(?:钱|收入|经费|比例))(?=.*社会培训[^。？?]{0,12}(?:规模|多大|几倍|人次|目标|量))", re.S
)


#: The city's own level of a 技能大师工作室 named after it ("技能大师工作室…评上市级的").
_CITY_MASTER = re.compile(r"技能大师[^。]{0,24}(?:市级|市里(?:自己)?(?:认定|评)|市(?:自己)?认定)")
#: Who leads the joint meeting ("联席会议由谁牵头"): its 总召集人, the deputy mayor, not its office (设在市教育体育局).
_MEETING_LEAD = re.compile(
    r"联席会议[^。？?]{0,12}(?:谁|哪个|哪位)[^。？?]{0,3}(?:牵头|领导|主持|召集|挂帅)|(?<!副)总召集人[^。？?]{0,3}(?:是)?(?:谁|哪)"
)


#: What a base must have ("劳动教育基地得有啥条件"): the plan's 六有.
_BASE_TERMS = re.compile(r"基地[^。？?]{0,12}(?:条件|标准|硬性|硬杠杠|具备|要有|得有)")


#: A school that teaches both ("那种高中，文化课和技术都能学"): the plan's 综合高中.
_BOTH_TAUGHT = re.compile(
    r"(?:文化|普高|普通)[^。？?]{0,8}(?:技术|手艺|技能|职业)[^。？?]{0,6}(?:都能学|都学|都能上|一起学|同时学|兼顾)|"
    r"(?:都能学|同时学|一起学|兼顾)[^。？?]{0,4}(?:文化|普高)[^。？?]{0,6}(?:技术|手艺|技能|职业)|"
    r"兼顾[^。？?]{0,4}(?:考大学|升学|高考)"  # "学技术还想兼顾考大学，有啥别的学校类型"
)


#: 专科 and 本科 counted together ("本科加大专", "大学大专加一块"): higher education, one 表1 row.
_HIGHER_TOGETHER = re.compile(
    # "读大专读本科的学生": the verb said again
    r"(?:大专|专科|高职)(?:加|和|跟|与|\+|、|[读念上])?(?:本科|大学)|(?:本科|大学)(?:加|和|跟|与|\+|、|[读念上])?(?:大专|专科|高职)"
)
#: How many pupils ("念中专的娃有多少", "学生要有10万人"); not "娃有多少补贴".
_PUPILS = re.compile(
    r"(?:娃|孩子|学生)(?:大概|大约|一共|总共|现在|目前)?(?:有|能有|要有)多少人?(?=[，,。？?\s]|$)|"
    # "学生要有10万人", "学生要弄到10万人", "中职要招到3万多人" (a premise)
    r"(?:娃|孩子|学生|招)[^，。？?\d]{0,5}\d[\d.]*\s*[万千]多?人"
)


#: A neighbouring province the plan recruits pupils from (陕甘宁晋职业教育生源合作机制), unless the student comes to
#: intern or work ("山西的娃实习完留下上班给钱不": 鸿雁计划, whose pay has nothing to do with 生源合作).
_NEIGHBOUR = re.compile(r"陕北|陕西|山西|宁夏|甘肃")
_COMES_TO_WORK = re.compile(r"实习|上班|就业|工作|干活|留下|留在")
#: A student from elsewhere coming to study ("陕西的娃能来鄂尔多斯上职校不"): the plan's 鸿雁计划 draws them
#: (吸引其它盟市和区外学生来鄂尔多斯市求学).
_COMES_TO_STUDY = re.compile(
    r"(?:外地|外省|外市|外盟|区外|陕北|陕西|山西|宁夏|甘肃|河北|河南|山东|东北)[^。？?]{0,16}?(?:来|去|到)"
    r"[^，。？?]{0,8}(?:[上念读]|报考)(?:学|书|职校|职高|职中|中职|中专|高职|大专)"  # not "在银川念大专"
)


#: The college level named ("高职现在多少学生"), not 中职 or 本科 beside it.
_HIGHER_PUPILS = re.compile(r"^(?!.*(?:中职|中专|职高|职中|本科)).*(?:高职|大专|专科)", re.S)
#: What schools earn by training ("培训挣的钱").
_TRAINING_EARNINGS = re.compile(r"培训[^，。？?]{0,4}(?:挣|赚|收|创收)[^，。？?]{0,2}钱")
#: How many are picked ("一回评几个", "选多少个").
_HOW_MANY_PICKED = re.compile(r"[评选][上出]?(?:几|多少)")
#: The plan carried out badly ("旗里落实不好咋整"): its inspection and assessment.
_CARRIED_OUT_BADLY = re.compile(r"(?:落实|执行|推进)得?(?:不好|不到位|不力)|(?:不|没)(?:落实|执行)")
#: How many schools to partner ("跟多少所外地学校结对"): the plan's 对口合作 targets (10所, 15所).
_PARTNER_COUNT = re.compile(
    r"(?:多少|几)所[^，。？?]{0,8}(?:合作|结对|对口|联合)|(?:合作|结对|对口)[^，。？?]{0,8}(?:多少|几)所"
)
#: What an inspection leads to ("督导结果有啥用 会影响旗里吗"): the plan counts it in the banners' assessment.
_INSPECTION_USE = re.compile(r"督导[^，。？?]{0,6}(?:结果|有啥用|有什么用|影响|管用)")
#: How often something recurs ("多久评一回", "几年评一次").
_HOW_OFTEN = re.compile(r"(?:多久|几年|多长时间)[^，。？?]{0,4}[一1][次回轮]|周期|频[次率]")
#: One school named or pointed to: its own row, not the level's total.
_ONE_SCHOOL = re.compile(r"学院|学校|中学|高中|这所|那所|它")
#: A level of schooling or a school named: pupils counted there, not across vocational education.
_ONE_LEVEL = re.compile(r"中职|中专|职高|职中|高职|大专|专科|本科|技校|学校|学院|部")


#: What a family sets aside before its question ("除了给钱，还搞啥活动").
_BESIDES = re.compile(r"除了[^，。？?\s还]{0,6}(?:钱|补贴|补助|奖励|奖金)(?=[，,\s]*还)")


def without_besides(text: str) -> str:
    """The question without the money it sets aside: "鸿雁计划除了给钱 还搞啥活动" asks of the rest, not of the
    money (not "除了教在校的娃，还搞培训吗": what is set aside there is the measure, 在校生规模的2倍)."""
    return _BESIDES.sub("", text)


def normalise(question: str) -> str:
    """The canonical question plus the plan's words for colloquial and English terms (for retrieval)."""
    text = canonical(question)
    lower = text.lower()
    extra = [plan for word, plan in ENGLISH if word in lower]
    told = MISSED_HIGH_SCHOOL.sub("", text)  # the 高中 a child will not get into is not what is asked
    told = told.replace("职高中", "职高 中")  # "上职高中专的娃": 职高 and 中专, no 高中
    told = re.sub(r"多大(?=的?(?:比例|比重|占比|份额))", "", told)  # "占到多大比例": a share, not a size
    told = re.sub(r"进[^，。？?]{0,3}厂(?=[^，。？?]{0,2}实习)", "", told)  # "想进厂实习": an internship, not a job
    told = re.sub(r"[停缓]招", "", told)  # "要停招多少专业": majors stopped, not students taken (招多少)
    told = told.replace("分配", "")  # "名额怎么分配": places or money allotted, not how subsidies are graded (怎么分)
    extra += [plan for word, plan in COLLOQUIAL if word in told]
    if (_BOTH_TRACKS.search(text) or "上职高的" in told) and _SHARE.search(text):
        extra.append("职普比例")
    if _PARTNER_COUNT.search(text):
        extra.append("对口合作 合作院校")
    if _INSPECTION_USE.search(text):
        extra.append("纳入考核体系 评价旗区人民政府")
    if _CARRIED_OUT_BADLY.search(text):
        extra.append("督导评估 考核问责")
    if _SUM_GIVEN.search(text):
        extra.append("资金 预算")
    if _HOW_PAID.search(text):
        extra.append("激励办法 予以补贴")
    if _BOTH_TAUGHT.search(text) and re.search(r"高中|学校", text):
        extra.append("综合高中")
    if ("名额" in text or _HOW_MANY_PICKED.search(text)) and COUNTED_TITLES.search(text):
        # "三名工程名额怎么分配", "一回评几个": 遴选名师50名…
        extra.append("遴选")
    if COUNTED_TITLES.search(text) and _HOW_OFTEN.search(text):  # "名校长多久评一回": "三名工程"每3年评选一次
        extra.append("三名工程 评选")
    if SECONDARY_MAJOR.search(text):
        extra.append("示范专业")
    if _TRAINING_SCALE.search(text):
        extra.append("职业培训人次 非学历职业教育")
    if _CITY_MASTER.search(text):  # "技能大师工作室评上市级的给多少": the city's own 鄂尔多斯市技能大师工作室
        extra.append("鄂尔多斯市技能大师工作室 评审认定")
    if _MEETING_LEAD.search(text):
        extra.append("分管副市长 总召集人")
    if _BASE_TERMS.search(text):
        extra.append("六有")
    if _HIGHER_TOGETHER.search(text):  # "大专加本科的学生": 高等教育 as 表1 counts it
        extra.append("高等教育 在校生规模")
    if _PUPILS.search(text):
        # no level named ("上职校的学生要有10万人"): all of vocational education, the plan's 5万人
        extra.append("学生数 在校生规模" if _ONE_LEVEL.search(text) else "职业教育在校生规模")
    to_study, to_work = bool(_COMES_TO_STUDY.search(text)), bool(_COMES_TO_WORK.search(text))
    if _NEIGHBOUR.search(text) and (to_study or not to_work):
        extra.append("陕甘宁晋 生源合作")
    if to_study and not to_work:
        extra.append("其它盟市 区外学生 求学")
    # a head count read above (多少人, 招多少…) of the college level, no school named: 表1 and 表2 count 高职 students
    # together with 本科's
    if _HIGHER_PUPILS.search(text) and "学生数" in " ".join(extra) and not _ONE_SCHOOL.search(text):
        extra.append("高等教育 高等院校小计")
    if _TRAINING_EARNINGS.search(text):  # "学校搞培训挣的钱能自己支配多少": 不少于70%培训收入
        extra.append("培训收入")
    if VETERAN.search(text):
        extra.append("退役军人")
    if DEPARTMENT_FUTURE.search(text):  # "幼专的中专部以后还招不招": 中职专业剥离
        extra.append("高职院校现有中职专业剥离 全部退出")
    return unique_words(" ".join([text, *extra]))


def unique_words(text: str) -> str:
    """Each space-separated word once, where it first occurs: a repeated word adds nothing to the search but its
    cost (the embedding model's time grows with every token)."""
    return " ".join(dict.fromkeys(text.split()))
