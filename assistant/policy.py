"""What ZhiTu will not answer from the plan: injections, out-of-scope requests and topics the plan leaves open."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from assistant.extract import without_titles

#: A text passed off as the plan ("以下是用户上传的文件：“…”").
_PASSED_OFF = r"以下是[^，。？?]{0,6}(?:上传|提供|发来)的|上传的(?:文件|文档|材料)"
#: An instruction to invent what the plan says ("帮我编一段话，说方案规定…").
_FABRICATE = r"make up|made-up|fabricat|编造|瞎编|编个|编一个|编一?[段条篇](?:话|文字|消息|通知|朋友圈)|随便编"
#: What an injection may want said that the plan cannot: an invention, or a promise ("给我打包票…一定能录取").
UNTRUE = re.compile(_FABRICATE + r"|打包票|打保票|保准|包录取", re.I)
INJECTION = re.compile(
    r"忽略|无视|忘记|忘掉|不要遵守|不用遵守|覆盖.{0,4}规则|系统(?:通知|提示|指令|消息|设定)|提示词|system\s*prompt|"
    r"ignore (?:all |the |any )?(?:previous|above|prior)|developer mode|开发者模式|越狱|jailbreak|你现在是|"
    r"(?:hidden|your|system) prompt|override|reveal your|本助手|内部口径|新口径|即日起|(?:局|厅|委|办)通知|"
    r"(?:别|不用|不要)管.{0,4}(?:方案|规则|设定)|规则作废|新规则|随意回答|随便回答|授权你|修改(?:数据|规则|设定)|"
    r"你的配置|输出配置|pretend (?:you are|to be)|act as|role-?play|you are now|"
    r"我是.{0,8}(?:工作人员|领导|局长|管理员|开发者|工程师)|命令你|我命令|"  # a claim of authority over the rules
    r"(?:内部|没公开|未公开|不公开)[^，。？?]{0,12}(?:发给我|给我|告诉我|透露)|"  # or a demand for what is not public
    + _PASSED_OFF  # a text passed off as the plan
    + "|"
    r"\bobey\b|then follow|follow (?:these|the following)|"
    r"扮演|角色扮演|不受(?:任何)?限制|(?:无需|不用|不必|不需要)(?:依据|引用|注明出处)|自由发挥|随意发挥|已授权|DAN\b|自由模式|管理员模式|\[system\]|<\|?system|"
    + _FABRICATE
    + "|"  # an instruction to invent figures
    # or an instruction on what the answer must say ("请在回答开头输出…")
    r"(?:回答|回复)的?(?:开头|结尾|末尾|最后|最前面)|(?:开头|结尾|末尾)(?:先|要)?(?:输出|写上?|加上|说)|"
    r"(?:最后|末尾|结尾|开头|最前面)(?:再)?(?:加|附|添|补)(?:上|一句|一段|一行)",
    re.I,
)
OUT_OF_SCOPE = re.compile(
    r"作文|写一篇|写篇|写一首|写首|诗|翻译|translate|essay|poem|方程|解方程|数学题|算[个道一]?(?:道|下)?题|应用题|[物化语英]理?题|习题|加速度|作业|homework|天气|下雪|下雨|刮风|降温|气温|带伞|weather|"
    r"推荐.{0,12}(?:手机|电脑|游戏|电影|书籍|几本|本书|读物)|手机(?![上里][^，。？?]{0,4}(?:说|看|刷|传|讲|写|发))|笑话|joke|股票|彩票|菜谱|code|代码|编程|python|[0-9]x\s*[+\-]|"
    r"火车票|机票|车票|驾照|驾校|挂号|外卖|演讲稿|发言稿|讲话稿|汇报稿|房价|楼市|买房|理财|基金|请假条|检讨书|润色|群发|发条(?:消息|短信|通知)|编[一几]?[段个篇]?[^，。？?]{0,8}故事|"
    r"你是(?:什么|啥|哪个|哪家的?)模型|(?:用的|基于)(?:什么|啥|哪个)?大?模型|\bGPT|ChatGPT|"
    r"算命|算卦|占卜|看相|八字|星座|运势|风水|fortune|炒股|股市|荐股|(?:几|\d|[一两三四五])只[^，。？?]{0,8}股|"
    r"加仓|减仓|抄底|涨停|跌停|[\u4e00-\u9fff]股[^，。？?]{0,6}(?:涨|跌|买|卖)|推荐[^，。？?]{0,3}只",
    re.I,
)
#: Help with wrongdoing (forging a certificate or a seal, cheating): never in scope, whatever else is asked.
WRONGDOING = re.compile(
    r"伪造|造假|假证|假毕业证|假文凭|假学历|办假|买证|作弊|代考|替考|forge|fake (?:certificate|diploma)|"
    r"泄题|漏题|(?:中考|高考|考试|试题|考题|真题|试卷)[^，。？?]{0,6}答案|"
    r"证明模板|证书模板|盖章那种|盖个章|公章|刻章|编.{0,5}(?:毕业证|证书|证明|文凭)|做个?假|办个?假|"
    r"假的?[^，。？?\s]{0,8}(?:证|文凭|学历)|hack|break into|入侵|黑进|篡改|改成绩|change (?:my|the) grades|"
    r"(?:帮|给|替)[我俺][^，。？?]{0,10}(?:出|开|写|做|弄|编|发|P|修)[一个张份]*[^，。？?]{0,14}(?:录取通知书|承诺书|保证书)|"
    r"证的?模板|跟真的一样|以假乱真|照着真的|P(?:个|一下)?图|改改?名字就能用|"
    r"(?:证|证书|文凭|证明)[^，。？?]{0,10}模板|"
    r"(?:帮|给|替)[我俺][^，。？?]{0,4}(?:弄|搞|做|办|开)(?![清明懂学始])[一个张份]*[^，。？?]{0,12}(?:毕业证|证书|文凭|学历证|证明)",
    re.I,
)
#: Words that show a question is about the plan's subject at all.
DOMAIN = re.compile(
    r"职业|职教|职校|职院|职中|中职|高职|本科|专科|大专|中专|技校|职高|学校|学院|补贴|补助|奖励|鸿雁|雏鹰|贯通|3\+2|3\+4|融通|"
    r"职普|普高|高中|初中|中考|技师|专升本|委培|冠名|双高|双一流|名师|名校|开放大学|教学点|社区学校|[三3][\"“”]?名[\"“”]?工程|实训|劳动教育|基地|专业|招生|学费|升学|就业|实习|实训|教师|老师|双师|在校生|规模|方案|产教|企业|旗|区|鄂尔多斯|培训|课程|资助|院士|工作站|实验室|"
    r"subsid|vocational|college|school|tuition|student|teacher|ordos|hongyan|bachelor",
    re.I,
)


#: A question whether the colleges' secondary departments (中职部) stay or still take students.
DEPARTMENT_FUTURE = re.compile(
    # "幼专现在还收初中毕业的中专生，以后还收不收了": a college's 中专生 are its 中职部
    r"(?:中职部|中专部|高职[^。？?]{0,12}中职专业|(?:幼专|职院|职业学院|高职|大专)[^。？?]{0,10}(?:中专生|中职生))"
    r"[^。？?]{0,16}(?:还招|不招|招不招|收不收|不收|停招|保留|还有吗|还在|(?:以后|今后|将来)还|一直(?:都)?招|继续招|"
    r"扩招|扩到|扩大|不办|停办|不再办|"
    r"取消|撤|退出(?!后)|没了)|"
    r"(?:还招|不招|停招|保留|取消|撤掉?)[^。？?]{0,8}(?:中职部|中专部)|"
    # "生态环境职业学院以后还收初中毕业的娃念中职不": a college taking 中职 students is its 中职部
    r"(?:学院|幼专|职院|大专)[^。？?]{0,8}(?:还招|还收)[^。？?]{0,10}(?:念|读|上)(?:中职|中专)|"
    # "咋还有个中职部？以后还有没有": the next sentence asks of it
    r"(?:中职部|中专部)[？?\s]{1,2}(?:那?以后|今后|将来)[^。？?]{0,4}(?:还有|还在|还招|还收)"
)


#: A child who will not get into 高中 (told, not asked): "考不上好高中，上了中职还能念本科吗" asks where the other
#: road leads, not about 普通高中.
MISSED_HIGH_SCHOOL = re.compile(
    r"(?:考不上|上不了|够不上|没考上|进不了|考不进|不走|不念|不读)[^，。？?]{0,3}(?:高中|普高)"  # "不走普高那条路"
)
#: An asker back from the army ("俺家老大当兵刚退下来"): the plan's 退役军人, whom it wants in 高职.
VETERAN = re.compile(r"退伍|退役|复员|当过兵|当兵[^，。？?]{0,6}(?:退|回来)|部队[^，。？?]{0,4}(?:退|回来)")
#: A veteran asking whether he can still study, his age only told ("岁数不小了"): not asking a limit or a rule.
_LIMIT_ASKED = r"限制|要求|条件|规定|超过|以内|以下|不超|多大|几岁|多少岁"
VETERAN_ASKS_IF = re.compile(rf"^(?=.*(?:{VETERAN.pattern}))(?!.*(?:{_LIMIT_ASKED}))", re.S)
#: An asker's age told, not asked ("俺是放羊种地的，岁数也不小了，有没有给农牧民搞的培训"): no age limit asked.
AGE_TOLD = re.compile(
    rf"^(?=.*(?:岁数|年纪|年龄)[也都]?(?:不小|大了|偏大|挺大|这么大|不算小))(?!.*(?:{_LIMIT_ASKED}))", re.S
)


@dataclass(frozen=True)
class OpenTopic:
    """A topic the plan does not settle, how to name it, and whether it is an amount deferred elsewhere."""

    pattern: re.Pattern[str]
    name: str
    deferred_amount: bool = False
    unless: re.Pattern[str] | None = None  # the question is not (only) about this topic when this also matches

    def asked_in(self, question: str) -> bool:
        return bool(self.pattern.search(question)) and not (self.unless and self.unless.search(question))


#: Ordos's banners and districts, in full and by their short names.
BANNERS = ("东胜区", "康巴什区", "达拉特旗", "准格尔旗", "鄂托克前旗", "鄂托克旗", "杭锦旗", "乌审旗", "伊金霍洛旗")
BANNER_NAMES = tuple(b[:-1] for b in BANNERS)
#: Going abroad as the plan's own cooperation does ("职校有没有往国外走的合作", "能出国交流吗 比如去俄罗斯":
#: 以俄罗斯和蒙古国向北开放为重点…深度合作; "还要在国外搞基地": 海外人才前置培养基地), not a family's study abroad.
ABROAD_AS_PLANNED = re.compile(
    r"(?:国外|出国)[^，。？?\s]{0,6}(?:合作|基地|培养|交流)|(?:跟|和|与)国外|海外|国际|俄罗斯|一带一路|东盟"
)


def shares_a_pair(word: str, text: str) -> bool:
    """A pair of the word's characters is in the text."""
    return any(word[i : i + 2] in text for i in range(len(word) - 1))


#: How a refusal names the schools the plan does not name (the "which school" kind, and a route's partners).
WHICH_SCHOOLS = "具体是哪些学校"
#: What families call some banners for short (达旗 for 达拉特旗), each with the name in BANNER_NAMES; `canonical`
#: writes them in full.
SHORT_BANNERS = {"达旗": "达拉特", "准旗": "准格尔", "伊旗": "伊金霍洛", "鄂旗": "鄂托克", "前旗": "鄂托克前"}
#: Banners the plan names schools or projects in (all but 伊金霍洛): a question naming one next to another place
#: checks a claim (新建的中职是在达拉特旗和伊金霍洛旗吧), it does not only ask about the other place.
PLAN_BANNER = re.compile("|".join(b for b in BANNER_NAMES if b != "伊金霍洛"))

#: The titles of the 三名 programme: the plan gives how many of each (遴选名师50名、名校长5名、名校3所), so their
#: 名额 is that count, not an admission quota.
COUNTED_TITLES = re.compile(r"名师|名校|[三3]名")
#: "中专有新能源汽车专业吗": a major asked of the 中职 level (its 20 示范专业, not the colleges' 专业群).
#: Not "哪个中职有这个专业", which asks for the school.
SECONDARY_MAJOR = re.compile(
    r"(?<!哪)(?<!哪个)(?<!哪所)(?<!哪些)(?:中专|中职|职高|职中|技校)[^，。？?]{0,4}(?:有|开|设)[^，。？?]{0,10}专业|"
    r"(?:中专|中职|职高|职中|技校)[^，。？?]{0,4}(?:学|读|念)(?:啥|什么)(?:专业)?(?:对口|合适|对路)"  # "中职学啥对口"
)
#: "职校有这种专业吗": the 中职 majors that share a word with it, if any (职校 after 初中 is a 中职), though the
#: question may mean a college too, so 示范专业 is not added to its search.
VOCATIONAL_MAJOR = re.compile(r"(?<!哪)(?<!哪个)(?<!哪所)(?<!哪些)职校[^，。？?]{0,4}(?:有|开|设)[^，。？?]{0,10}专业")
#: A school being built or opened (新建的职中, 新盖的那所, 各盖一个新职中; not 重新…中职).
#: The verbs of building or opening something new.
BUILDS_NEW = "新建|新盖|新办|新开|新修|新成立"
NEW_SCHOOL = re.compile(
    rf"{BUILDS_NEW}|新的[^，。？?\s]{{0,3}}(?:职中|职业中学|中职|职高)|(?<![重更创])新(?:职中|职业中学|中职|职高)"
)
OPEN_TOPICS: tuple[OpenTopic, ...] = (
    OpenTopic(
        re.compile(r"排第几|排名|排行|名次|排[^，。？?]{0,10}前[一二三四五六七八九十\d]+名|\brank", re.I),  # 排个前五名
        "排名和评比结果",
        unless=re.compile(r"[拿获得取]了?(?:个|好)?名次"),  # a place won at a contest
    ),
    OpenTopic(  # class sizes are set by each school, not by the plan
        re.compile(
            r"(?:[一1]个|每个?)班[^，。？?]{0,6}(?:多少|几)|班额|班级人数|班里[^，。？?]{0,4}(?:多少|几)个?(?:人|学生|娃)"
        ),
        "每个班的学生人数",
    ),
    OpenTopic(re.compile(r"税(?!务)"), "税收优惠"),  # not 税务 (a department on the joint meeting)
    OpenTopic(  # the plan only says these rules will be drawn up ("制定出台《全市中职专业教师流转办法》")
        re.compile(
            r"(?:流转|激励|评定|管理|改革实施)办法》?(?:[^，。？?]{0,3}[里中对]|[^，。？?]{0,12}(?:规定|规则|细则|期限|年限|待遇))"
        ),
        "另行制定的办法里的具体规定",
    ),
    OpenTopic(re.compile(r"分到多少|能分到|分多少|怎么分配"), "资金在各学校之间的具体分配", unless=COUNTED_TITLES),
    OpenTopic(  # "给予一定的以奖代补支持": the plan names the reward, not its amount
        # "拿到A类评级，学校能拿多少奖补": the 以奖代补 that A and B ratings earn (not 30万元奖补, elsewhere)
        # ("评级拿了A 具体奖多少钱")
        re.compile(
            r"(?:以奖代补|[AB]类(?:评级)?|评级[^，。；？?]{0,4}[AB])[^；]{0,12}(?:多少|金额|几)|(?:多少|金额)[^；]{0,6}以奖代补"
        ),
        "以奖代补的具体金额",
    ),
    OpenTopic(
        re.compile(
            r"学费|住宿费|书本费|借读费|择校费|考试费|报名费|考证费|认证费|收费|交钱|交费|缴费|[交缴]多少钱|花多少钱|花钱(?:不|吗|么|没)|收钱|要钱|免费|tuition|fee",
            re.I,
        ),
        "学费、住宿费等收费标准",
    ),
    OpenTopic(re.compile(r"助学金|免学费|奖学金|贫困生|scholarship", re.I), "助学金、免学费和奖学金政策"),
    OpenTopic(  # not the plan's grants to a workstation, a base or a lab ("院士专家工作站有什么资助政策")
        re.compile(r"资助政策"), "助学金、免学费和奖学金政策", unless=re.compile(r"工作站|基地|实验室|平台|中心|企业")
    ),
    OpenTopic(
        re.compile(
            r"分数线|录取分|多少分|几分|估分|考了?\d{3}分|\d{3}\s*[来多]分|[一二三四五六七八九两]百[来多]?分|中考.{0,6}(?:分数|考分)|分数|位次|"
            r"score|what grades|grades? (?:would|do|does)",
            re.I,
        ),
        "录取分数线",
    ),
    OpenTopic(
        re.compile(
            r"(?:什么时候|啥时候|何时|多会儿?|几时)(?:开始)?(?:报名|招生|开学|填志愿|录取|考试|申请)|报名时间|报名日期|截止|几月|哪天(?!定|发|出|印)|"
            r"开学|when\b[^?？]{0,40}(?:apply|enrol|admi|regist|start|open|term|semester|school year)|"
            r"(?:哪年|哪一年)(?:能|才能|可以|就能)?(?:开始)?(?:招生|开办|招人|开招|招[^，。？?]{0,3}生)|首次招生|招生年份|(?:秋天|秋季|今年)[^，。？?]{0,4}招不招",
            re.I,
        ),
        "报名、录取和开学的时间",
    ),
    OpenTopic(
        re.compile(
            r"(?:去哪|在哪|怎么|咋|如何|到哪)(?:报名|申请|办理|预约|领取|领|加入|加进去|参加)|(?:去哪|在哪|到哪)(?:儿|里)?报(?!考)|申请流程|申请条件|报名入口|预约|开放时间|周末"
        ),
        "报名、申请和办理的具体流程",
    ),
    OpenTopic(
        re.compile(
            # 材料: not a handout (宣讲材料, 学习材料, 班会材料, 备课材料)
            r"手续|步骤|(?<![写讲传习考会课训])材料|需要准备|要交什么|提交|流程|怎么算|咋算|怎么评|咋评|怎么操作|咋操作|"
            r"(?<!是)(?:怎么弄|咋弄)(?!的)"  # not "实训交流是咋弄的", which asks what it is
        ),
        "具体的办理流程和材料",
    ),
    OpenTopic(re.compile(r"宿舍|住宿条件|食堂|伙食|几顿|dorm", re.I), "住宿和生活条件"),
    OpenTopic(  # the plan brings in teachers (引进, 兼职教师); it sets no post, quota or hiring exam
        re.compile(r"编制|考编|招教|招聘考试|教师招聘|招聘[^，。？?]{0,6}(?:老师|教师)"), "教师招聘和编制"
    ),
    OpenTopic(
        re.compile(
            r"就业率|(?:毕业|就业|工作).{0,8}(?:工资|薪资|薪水)|月薪|年薪|挣多少|挣得多|挣钱多|赚得多|哪个[^，。？?]{0,6}好(?:找工作|就业)|"
            r"salary|job placement|employment rate",
            re.I,
        ),
        "毕业后的就业率和工资",
    ),
    OpenTopic(  # the plan sets no school's admission rules or entrance tests
        re.compile(
            r"(?:招生|报名|报考|入学|录取)[^，。？?]{0,4}(?:条件|门槛|要求)|要不要考|考不考|加试|面试|考专业课|"
            r"(?:招生|入学|报名)[^，。？?]{0,4}要考"  # "招生要考专业课不"
        ),
        "招生条件和入学考试",
    ),
    OpenTopic(
        re.compile(
            r"年龄|多大年纪|几岁|岁数|户口|户籍|男生|女生|身高|视力|体检|没毕业|初中没|复读|没念完|没读完|肄业|"
            r"没(?:拿到|有|领到)[^，。？?]{0,4}毕业证|"
            r"(?:女娃|男娃|女孩|男孩)子?(?:能报|能不能报|收不收|收吗|要不要)|[收招](?:不[收招])?(?:女娃|男娃|女孩|男孩)"
        ),
        "报考条件（年龄、户籍、性别、学历、身体条件等）",
        # "退伍回来的，岁数不小了，还能念高职不": the plan wants more 退役军人 in 高职, which answers it
        unless=re.compile(f"{VETERAN_ASKS_IF.pattern}|{AGE_TOLD.pattern}", re.S),
    ),
    OpenTopic(
        re.compile(
            r"(?:认定|评选|评上|评为|申报|当上)[^，。？?]{0,14}(?:条件|标准|要求)|怎么认定|咋认定|如何认定|认定标准|"
            r"要啥证|要什么证|(?:持有|需要|要有|得有|要持)(?:哪些|什么|啥)证|教龄|够(?:啥|什么)条件"
        ),
        "评选或认定的具体条件",
    ),
    OpenTopic(
        re.compile(
            r"会被刷|刷掉|退钱|退还|退回|要退(?:吗|不)|退不退|违约|不回来|换地方|赔偿|(?<!学分)算不算(?![^，。？?]{0,2}(?:学历|文凭))|转段.{0,4}没(?:考|通)过|"
            r"受伤|工伤|出了?事|谁赔|[校企业]赔|给一半|减半|没干满|不满\d年|干了?\d年就|中途离职|提前走|"
            r"转不上|不及格|毕不了业|考不过|没考过|赔钱|不回[^，。？?]{0,6}(?:上班|工作|就业)|"
            r"会不会被|调到别的|调走|还保留|还算数"
        ),
        "这种情况下的具体处理办法",
        unless=DEPARTMENT_FUTURE,  # "中职部今后还保留吗": the plan says they all go
    ),
    OpenTopic(
        re.compile(
            r"转段.{0,6}(?:考试|规则|怎么考|考核|标准|比例)|转(?:大专|高职|专科|本科)[^，。？?]{0,4}考试|科目|考(?:什么|啥|哪些|哪几)|测(?:什么|啥)(?:项目)?|要测|单招|(?<![普不])(?<!不参加)(?<!不用参加)(?<!不用)(?<!不经过)(?<!不走)高考|春考|对口升学考试"
        ),
        "转段或升学考试的具体规则",
    ),
    OpenTopic(  # the plan (2022) sets targets; whether one is reached by now it cannot say
        re.compile(
            r"(?:现在|目前|截至目前|如今)[^，。？?]{0,12}了(?:没有?|吗|不)(?=[？?\s]|$)|是否已(?:经)?|已经?评出|评出来了|"
            r"已(?:经)?(?:正式)?(?:入选|建成|升格|升成)|实际(?:做到|达到|完成)|做到多少了"
        ),
        "方案印发以后的实际进展（方案只写规划目标）",
    ),
    OpenTopic(  # "扩大…退役军人…接受高等职业教育比例": a share, no money
        re.compile(rf"^(?=.*(?:{VETERAN.pattern}))(?=.*(?:补贴|补助|资助|多少钱|[给补奖]多少|几万))", re.S),
        "退役军人上学的补贴金额",
    ),
    OpenTopic(re.compile(r"一定[^，。？?]{0,3}多少"), "“一定”的具体金额（方案没有写数字）"),  # "给予一定生活补贴"
    OpenTopic(
        re.compile(
            r"一节课|课时费|课酬|"
            r"(?:工资|绩效|薪酬)[^，。？?]{0,8}(?:谁发|由[^，。？?]{0,6}发|哪[个边家]发|谁给|谁出|[校学]校发还是|企业发还是)|"
            # how high pay set case by case goes ("一人一议定薪酬，能谈到什么水平"): the plan sets only the way
            r"(?:[一1][人事][一1]议|薪酬|待遇)[^。？?]{0,14}(?:什么水平|多高|上限|封顶|能谈到|能拿多少)"
        ),
        "课时费和工资待遇",
    ),
    OpenTopic(re.compile(r"放假|寒假|暑假|假期"), "假期安排", unless=re.compile(r"实习|实训|补贴")),
    OpenTopic(  # the plan sets 委培 and 冠名班 with 定向就业; it promises no job to anyone else
        re.compile(r"包分配|包就业|分配工作|保证就业|直接进[^，。？?]{0,6}(?:上班|工作)"),
        "毕业后的工作安排",
        unless=re.compile(r"委培|冠名|定向"),
    ),
    OpenTopic(
        re.compile(
            r"算急需(?:专业)?还是紧缺|(?:属于|算)[“\"]?(?:急需|紧缺)|哪些(?:专业)?(?:是|属于|算)[“\"]?(?:急需|紧缺)"
        ),
        "急需专业和紧缺专业的具体名单",
    ),
    OpenTopic(
        re.compile(
            r"班额|招(?:收)?几个班|名额|各(?:个)?专业[^，。？?]{0,8}(?:招多少|招几|计划招|多少人)|录取?(?:多少|几)|录取率|^比例高不高|好不好考|难不难考|好考不|录取比例|招生计划|新生|[一每]年招|今年(?:还|能|要|计划)?(?:招|录取)"
        ),
        "具体的招生人数和名额",
        unless=COUNTED_TITLES,
    ),
    OpenTopic(  # "积极推进学籍互转": the plan says no more about how or on what terms
        re.compile(
            r"(?:学籍互转|互转|转普高|转到普高|转去普高|转回普高|转学籍)[^。？?]{0,12}(?:条件|要求|手续|几年级|怎么转|咋转|成绩|申请)|"
            r"(?:条件|要求|怎么(?!办)|咋(?!办)|几年级)[^。？?]{0,8}(?:学籍互转|转普高|转到普高|转去普高|转回普高)|"
            # a follow-up: "那具体咋转", "那到底怎么转，有啥条件"
            r"(?:职普融通|普职融通|学籍互转|互转|普高)[^。]{0,20}(?:(?:具体|到底)(?:咋|怎么)转|(?:咋|怎么)转[^。]{0,6}(?:条件|要求|手续))"
        ),
        "学籍互转的具体条件和办法",
    ),
    OpenTopic(  # "3+4是跟哪所大学对接的": the plan names the routes, not the colleges or universities at either end
        re.compile(
            r"(?:3\s*\+\s*[24]|三加[二四])[^。？?]{0,16}(?:哪所|哪个(?:大学|学校|院校|本科|高职)|哪些(?:大学|学校|院校)|哪家|"
            r"跟谁|和谁|什么大学|啥大学)|"
            r"(?:哪所|哪些|哪个|哪家)(?:大学|学校|院校|高职|中职)?[^。？?]{0,6}(?:有|能读|能上|开|办|搞)[^。？?]{0,4}(?:3\s*\+\s*[24]|三加[二四])"
        ),
        WHICH_SCHOOLS,
    ),
    OpenTopic(re.compile(r"几年级|哪个年级|哪一?年级|年级开始"), "具体从哪个年级开始、怎么安排"),
    OpenTopic(re.compile(r"生均"), "生均拨款、生均经费等标准"),  # the plan names no per-student figure
    OpenTopic(  # "幼专升本以后，在读的专科生能直接变本科吗": the plan says nothing of students already enrolled
        re.compile(
            r"(?:直接|自动)(?:变成?|转成?|拿|算)[^，。？?]{0,6}(?:本科|文凭|学历)|"
            r"(?:在读|在念|现在读|现在念)[^，。？?]{0,8}(?:转成|变成|算)[^，。？?]{0,4}本科"
        ),
        "学校升格后在读学生的学历安排",
    ),
    OpenTopic(  # "娃就在幼专中职部念二年级，能念完不？会不会半道转走": the plan sets 2025 targets, not transitions
        # (a move between 普高 and 中职 is 学籍互转: "上普高跟不上 能不能中途转到职高去")
        re.compile(
            r"(?:念|读|上)完不|能不能(?:念|读|上)完|(?:念|读)得完|半道|半途|中途[^，。？?]{0,4}(?:转(?![^，。？?]{0,3}(?:职高|中职|职中|普高|高中))|换|退|不想?(?:念|读|上))|(?:念|读|上)到一半|转到别的学校"
        ),
        "已经在读学生的具体安排",
    ),
    OpenTopic(
        re.compile(r"分解|每条(?:产业链)?[^，。？?]{0,4}(?:多少|几)|每个旗区?[^，。？?]{0,4}(?:多少|几)"),
        "分解到各产业链或各旗区的数字",
    ),
    OpenTopic(re.compile(r"(?:多少|几个|核定|人员|事业)编制|编制(?:多少|几个|有没有)|事业编|在编"), "机构的人员编制"),
    OpenTopic(
        re.compile(
            r"排名|排第一|第一名|哪个.{0,4}(?:最好|更好|最强|最牛)|哪(?:个|所|家)好|哪个学校教得好|(?:应该|该)(?:选|报|上)哪个(?:学校)?(?:好|比较好)?(?=[\s，。？?]|$)|好不好|(?<!出路)怎么样(?=[\s？?。!！]|$)|口碑|比较好|"
            r"\bbetter\b|\bbest\b|\brank",
            re.I,
        ),
        "学校的排名或好坏评价",
    ),
    OpenTopic(
        re.compile(
            r"你(?:个人)?(?:觉得|认为|怎么看|说(?![说一下]))|好还是|还是.{0,8}好(?:呢|吗|啊)?(?=[\s？?。!！]|$)|哪条路好|"
            r"给个评价|评价一下|打个?分|靠谱|乱花钱|有没有用|有用吗"
        ),
        "对方案好坏的评价（职途只转述方案原文，不发表个人看法）",
        # "那个平台对学生找工作有用吗": whether it serves a purpose, which what the plan has it do answers
        unless=re.compile(r"^(?!.*(?:你|觉得|认为|靠谱|评价))(?=.*对[^，。？?]{1,8}(?:有用吗|有没有用))", re.S),
    ),
    OpenTopic(  # "上职高丢人不": how people look on it, which no plan settles
        re.compile(r"丢人|丢脸|没面子|有面子|没出息|有出息|看不起|低人一等|抬不起头"),
        "读职业学校体面不体面这类看法（职途只转述方案原文，不发表个人看法）",
    ),
    OpenTopic(
        re.compile(
            r"难不难|难度|好不好考|通过率|合格率|过的比例|含金量|国家承认|值不值|值得|"
            r"(?:文凭|证书|学历|毕业证|diploma).{0,8}(?:承认|认可|认不认|recogni)"
        ),
        "考试难度、证书认可度这类评价",
    ),
    OpenTopic(
        re.compile(
            r"电话|地址|具体位置|在(?:什么|啥|哪个)位置|位置在|怎么走|网址|官网|联系方式|选址|校址|"
            rf"(?:{'|'.join(BANNER_NAMES)})[区旗]?[^，。？?\s]{{0,2}}哪一?块|"  # 东胜哪块; not 市里哪块 (a banner)
            r"哪个(?:社区|街道|小区|园区)|哪一?片|哪(?:个|条)(?:路|街)(?![子径线])|[镇乡苏木][^，。？?\s]{0,2}哪一?块|坐(?:啥|什么|几路)?车|"
            r"(?:咋|怎么)(?:去|过去)(?:呀|啊)?(?=[，。？?\s]|$)|离[^，。？?]{1,6}(?:远不远|多远|近不近)|address|phone",
            re.I,
        ),
        "具体地址和联系方式",
    ),
    OpenTopic(re.compile(r"五年一贯|一贯制|五年制大专|直接念五年"), "五年一贯制（方案没有提到这种学制）"),
    OpenTopic(  # "支持幼专申办师范类本科院校": the plan names no new school
        re.compile(r"(?:升|改|变)[^，。？?]{0,6}(?:本科|大学)[^。？?]{0,10}(?:叫啥|叫什么|什么名|啥名)"), "升格后的校名"
    ),
    OpenTopic(  # the plan names offices (市教育体育局), never a person
        re.compile(r"(?:校长|院长|书记|主任|负责人)(?:是谁|叫啥|叫什么|姓啥|姓什么|是哪位)|谁(?:是|当)(?:校长|院长)"),
        "学校负责人等人员信息",
    ),
    OpenTopic(  # "评上的那3所名校都是哪几个学校": the plan sets the programme, it names no one chosen
        re.compile(
            r"(?:评上|评出|选上|入选|评为|获评)[^，。？?]{0,10}"
            r"(?:(?:哪几|哪些|哪[\d一二两三四五六七八九十]+)(?:[所位名家]|个?(?:学校|院校|人|老师|单位|企业))|谁)"
        ),
        "评选结果和名单",
    ),
    OpenTopic(
        re.compile(
            r"(?:中职部|中专部)[^。？?]{0,16}(?:转到|转去|转入|去哪|安置|分流)|"
            r"(?:正念着|正在念|正在读|现在念着|现在读着|已经在念|已经在读|仍在读|还在读)的?[^，。？?]{0,8}(?:咋办|怎么办|去哪|转入|转到)"
        ),
        "中职部现有学生的具体安置办法",
    ),
    OpenTopic(re.compile(r"路费|车费|交通费|来回的?(?:钱|费用)|报销"), "路费、交通费等费用的报销"),
    OpenTopic(
        re.compile(
            r"升学率|考上[^，。？?]{0,6}(?:比例|百分之|几成)|(?:百分之多少|几成)[^，。？?]{0,6}(?:能考上|考上|能升|升上)"
        ),
        "升学率",
    ),
    OpenTopic(
        re.compile(r"激励办法[^。？?]{0,12}(?:文号|印发|发布|出台|什么时候|啥时候|哪年|全文|原文)"),
        "《鄂尔多斯市职业教育改革发展激励办法》的文号、印发时间和内容",
    ),
    OpenTopic(re.compile(r"录取方式|录取办法|录取规则|招生对象|怎么录取|咋录取|如何录取"), "招生对象和录取办法"),
    OpenTopic(re.compile(r"加分"), "中考、高考的加分政策"),
    OpenTopic(
        re.compile(
            r"心理|抑郁|蒙语|蒙授|蒙古语|授课语言|双语|国外|出国|abroad|recogni|留学|校服|军训|欺负|霸凌|打架",
            re.I,
        ),
        "这方面的安排",
        # "职校有没有往国外走的合作": the plan's 向北 international cooperation, not a family's study abroad
        # ("还要在国外搞基地": 海外人才前置培养基地)
        # ("能出国交流吗 比如去俄罗斯": 以俄罗斯和蒙古国向北开放为重点…深度合作)
        unless=ABROAD_AS_PLANNED,
    ),
    OpenTopic(
        re.compile(
            r"哪家(?:公司|企业)|哪些(?:公司|企业)|哪个[^，。？?]{0,3}(?:公司|企业)(?!冠名)|什么公司|什么企业|具体哪个(?:职校|学校)|哪个学校开了|哪些学校开了|"
            r"which (?:companies|company|employers?)",
            re.I,
        ),
        "具体的单位名单",
    ),
    OpenTopic(
        re.compile(
            r"包头|呼和浩特|呼市|乌海|赤峰|通辽|北京|上海|榆林|银川|西安|太原|兰州|外省|伊金霍洛|伊旗|"
            r"Hohhot|Baotou|Beijing|Shanghai",
            re.I,
        ),
        "这个地方的学校或政策",
        # a plan banner beside it, or a student coming from there ("在包头念书，来鄂尔多斯实习管吃住不")
        # or 委培 at a university of the region, which the plan pays for ("去呼市的大学当委培生有补助没")
        unless=re.compile(
            PLAN_BANNER.pattern + r"|[来到去跑]鄂尔多斯|来鄂|过去(?:念|读|上|学)|交流合作|合作院校|结对|"
            r"[和跟与同]哪些外省的?(?:学校|院校|职校)|外省(?:来|的(?:学生|娃|孩子))|"
            r"(?:呼和浩特|呼市|包头|乌海|赤峰|通辽)[^。？?]{0,12}委培"
        ),
    ),
    # last: a topic above with terms of its own answers first ("中职转普高要满足啥条件": 学籍互转)
    OpenTopic(  # the plan names what is declared and rewarded, never the bar ("申报产教融合型企业得满足啥条件")
        re.compile(
            r"(?:申报|认定|评定|入选)[^，。？?]{0,10}(?:条件|门槛|资格)|(?:满足|符合|具备|达到)[^，。？?]{0,4}(?:啥|什么|哪些)条件"
        ),
        "申报和认定的具体条件",
        unless=re.compile(r"基地|三名|名师|名校|补贴|补助|奖|鸿雁|委培"),  # 六有; 三名's review; a grant's terms
    ),
)

#: The plan's frame (its covering notice, preamble and distribution list) answers only questions about the
#: document itself: who issued it, when, on what grounds.
FRAME_KINDS = frozenset(("notice", "intro", "colophon"))
ABOUT_THE_DOCUMENT = re.compile(
    r"依据|根据(?:什么|哪)|出台|印发|发布|文号|发文|[谁哪].{0,4}(?:发|出|定)的|(?:什么时候|啥时候|哪年|何时).{0,2}(?:出|发|定)|"
    r"为什么.{0,4}(?:制定|出台|搞|出)|目的|issued|published",
    re.I,
)

#: Amounts the plan defers to 《鄂尔多斯市职业教育改革发展激励办法》 or leaves as "一定" (within one turn: a
#: follow-up joined to the question before it is joined with "；"). "按啥标准" is answered: by the 《激励办法》.
DEFERRED_AMOUNT = re.compile(  # within one part of a question (not "…给多少钱？另外报考重点专业…")
    # not "分几个阶段发": how it is split, which the plan states (两类, 两个学段)
    r"(?:重点建设专业|重点专业|急需专业|紧缺专业|报考|生源拓展|报本市)[^；？?。]{0,20}(?:多少|金额|几(?!个?(?:类|档|段|阶段|种))|钱)|"
    r"实习[^；？?。]{0,12}(?:补贴|补助|生活费|钱)[^；？?。]{0,8}(?:多少|金额|几)|"
    r"实习[^；？?。]{0,12}多少[^；？?。]{0,4}(?:补贴|补助|生活费|钱)|"
    r"(?:多少|金额|几)[^；？?。]{0,12}(?:重点建设专业|重点专业|急需|紧缺|报考)|"
    r"激励办法[^；？?。]{0,30}(?:多少|金额|标准)"  # "按《激励办法》补贴，每生每年的标准是多少": what it defers
)
ANSWERED_AMOUNT = re.compile(
    r"满\s*5年|满五年|五年|5年|就业|留下|留在|留.{0,6}工作|毕业后|委培|技能大赛|竞赛|开办费|名师|名校"
)


@dataclass(frozen=True)
class AnswerKind:
    """A kind of answer a question asks for (a time, a duration, a place, a school) and how a sentence states one."""

    name: str  # how a refusal names what the plan does not state
    asks: re.Pattern[str]
    states: re.Pattern[str]
    rows: bool = True  # False: a table row never states it (its year columns say nothing about when)
    counted: bool = False  # "11个…具体是哪些": stated only by a list at least as long as the count asked


#: An amount of money (2万元, 5-10万元, 一万元) or a multiple of a pay (提高1倍).
MONEY = re.compile(
    r"\d[\d.]*\s*(?:[-—–～至到]\s*\d[\d.]*\s*)?[万千亿]?元|[一二两三四五六七八九十]+[万千]?元|[\d.]+\s*倍|[一二两三]倍"
)
#: A question asking for money (多少钱, 补多少); not "给多少实习岗位", a count of something else.
ASKS_AMOUNT = re.compile(
    r"多少钱|(?:[补奖给]|到手(?:能?拿)?)多少(?![^，。？?\s]{0,4}(?:岗位|名额|人|个|所|家|学时|课时|门|次|天))|(?<!好)几万(?!人)|多少万(?!人)|"
    r"金额|多少奖金|奖金(?:是|有|能有)?多少|how much",
    re.I,
)
#: Where the plan places things: its banners (short names too) and the parts of the city.
PLACES = "|".join([*BANNER_NAMES, "开发区", "东部", "中部", "西部", "(?:设在|位于)[^，。；]{2,}"])
#: Where something is (在哪, 哪个旗): stated by a banner or a part of the city.
PLACE_KIND = AnswerKind(
    "具体的地点",
    # not 钱用在哪; "设在哪些苏木乡镇" asks places, "在哪些学校" schools
    re.compile(
        r"(?<![用花])在哪(?![些个所类种一])|(?:建|盖|设|放)哪(?:了|儿|里|呢|？|\?|$)|哪个(?:旗|区(?![内外])|地方)|"
        r"哪些(?:旗|区(?![内外])|社区|地方|苏木|乡镇|嘎查)|"  # not "哪些区外学校", schools
        r"(?<![花用]到)(?<![花用]在)(?:哪里|什么地方|啥地方)|where",
        re.I,
    ),
    re.compile(PLACES),
)
#: Whether the colleges' 中职部 stay ("幼专的中专部以后还招不招"): the plan's 全部退出.
DEPARTMENT_KIND = AnswerKind("中职部以后的安排", DEPARTMENT_FUTURE, re.compile(r"全部退出|剥离"))
ANSWER_KINDS: tuple[AnswerKind, ...] = (
    DEPARTMENT_KIND,
    AnswerKind(
        "具体的时间",
        re.compile(
            r"什么时候|啥时候|什么时间|啥时间|时间节点|完成时间|何时|哪一?年|几月|哪天|几号|哪个月|\bwhen\b|what year",
            re.I,
        ),
        re.compile(r"20\d\d|\d+月|年底|年内|十四五|之前|以前"),  # 每3年 is how often, not when
        rows=False,
    ),
    AnswerKind(  # how often (多久评一次, 一周上几节): an interval
        "具体的频次",
        re.compile(
            r"(?:多久|多长时间|几年|几个月).{0,8}[一1][次回趟轮期](?!性)|[一每](?:周|星期|个?月|学期).{0,6}(?:几|多少)[节次回]|"
            r"(?:评选|评审|评定|认定|轮训)周期|几年一[评选轮]|频次|频率|how often",
            re.I,
        ),
        re.compile(r"每[^，。；]{0,3}?[年月周天季]|\d+年一(?:次|轮|周期)|[季月周旬]刊"),  # 季刊: once a quarter
    ),
    AnswerKind(  # how long (持续多长时间): a duration, not a date and not an interval
        "具体的期限",
        re.compile(
            r"多长时间|多久|多长|时长|[读念学上要]几年|几年制|学制(?:几|多|是)|(?:任期|期限|年限)是?几年|how long", re.I
        ),
        re.compile(
            r"(?<![\d每])\d{1,2}\s*(?:个?月|周|天|小时|学时|课时|年)(?!\d)|(?<!每)[一二两三四五六七八九十半]+(?:个月|年|周|天)|"
            r"\d\s*\+\s*\d"  # 3+2: three years, then two
        ),
    ),
    AnswerKind(  # how much money (多少钱, 一年能拿多少): an amount in 元, or a multiple of a pay
        "具体的金额",
        ASKS_AMOUNT,
        MONEY,
    ),
    PLACE_KIND,
    AnswerKind(  # "职业学院是公办的还是民办的": the plan marks only its two private schools (（民办）in 表2)
        "学校是公办还是民办",
        re.compile(
            r"(?:公办|公立)的?还是(?:民办|私立|私人)|(?:民办|私立)的?还是(?:公办|公立)|是(?:不是)?(?:公办|民办|私立|公立)|"
            r"(?:公家|私人|个人|国家)(?:办|开)的"
        ),
        re.compile(r"（民办）"),
    ),
    AnswerKind(  # "开办费是一次给够，还是分几年给": paid at once (一次性) or year by year (连续5年、每年)
        "具体的发放方式",
        re.compile(r"一次(?:性)?给(?:够|完|齐|全)|分几[年次期]给|分(?:年|期|批)给|一次给还是|分几次发|分几年发"),
        re.compile(r"一次性|连续\d+年|每年给予|分\d+年"),
    ),
    AnswerKind(  # "鄂尔多斯职业学院要往啥层次发展": what the plan is to make of it (建成自治区高水平院校)
        "学校的发展目标",
        re.compile(r"(?:啥|什么|哪个)层次|发展(?:成|为)(?:啥|什么)|办成(?:啥|什么)|发展目标"),
        re.compile(r"建成|创建|争创|创成"),
        rows=False,
    ),
    AnswerKind("具体的倍数", re.compile(r"几倍|多少倍"), re.compile(r"\d+(?:\.\d+)?\s*倍|[一二两三]倍")),
    AnswerKind(  # "职院一共有多少个老师": a head count of teachers (the plan gives shares, 双师型 60%, not counts)
        "教师的具体人数",
        # (not "每年培训覆盖多少老师": a share of them answers)
        re.compile(
            r"(?:老师|教师)[^，。？?]{0,4}(?:多少[个名位人]|几[个名位]|人数)|(?<!覆盖)多少[个名位]?(?:老师|教师)"
        ),
        re.compile(r"(?<!名)(?:教师|老师)[^，。；]{0,6}\d+\s*[名人]|\d+\s*名(?:专业)?(?:教师|老师)"),
    ),
)


#: "Which school": a question that wants schools named (哪几所高中在试点, 在哪个学校开的); not "能考哪个高职",
#: which asks where a route leads.
_ASKS_SCHOOL_NAME = re.compile(
    r"哪(?:[一几两三四五六七八九十\d]*所)|哪(?:[几两三四五六七八九十\d]*个|些|家)(?:[中高]职|技师)?(?:学校|职校|职中|职高|院校|学院|中学|高中|大学)|"
    r"有(?:没有)?(?:(?![上念读进])[^，。？?\s]){1,6}(?:学校|职校|职中|职高)(?:吗|不|没)|"  # not "有残疾能上职业学校不"
    r"哪[个所家][^，。？?]{0,6}(?:对|对接|衔接|配|和|跟)哪[个所家]|"  # "三加四是哪个中职对哪个本科"
    # a level alone ("往上能去哪个高职"), not its majors or stage
    r"哪(?:[几两三四五六七八九十\d]*个|些|家)(?:高职|中职|大专|中专)(?![^，。？?]{0,3}(?:专业|层次|阶段))|"
    r"(?:学校|职校|职中|职高|高职|中职|院校|学院|中学|高中|大学)(?:的名字|名字)?叫(?:啥|什么)|"
    # where to study at a level ("中职阶段去哪学"), not where to work after it (去哪上班)
    r"(?:中职|中专|职高|职中|高职|大专)(?:阶段|的话)?(?:得|该|要)?(?:去|上|到)哪(?:儿|里)?(?:学|念|读|上)(?![班大])|"
    r"which (?:school|college)s?",
    re.I,
)
#: A school's proper name in the plan's text ("新建东胜区、康巴什区职业中学" names 康巴什区职业中学).
_SCHOOL_NAME = (
    "(?:鄂尔多斯|内蒙古|中国|" + "|".join(BANNER_NAMES) + r")[\u4e00-\u9fff]{0,8}?"
    "(?:职业中学|职业高中|职业高级中学|职业学院|技术学院|技师学院|理工学校|综合高中|高等专科学校|大学)"
)
#: Schools elsewhere the plan names by their city or province ("徐州市中等专业学校", "河南省工业学校"); not the city's
#: own kinds of school ("鄂尔多斯市中等职业学校与普通高中统一招生平台"). They answer only a question about partners.
_SCHOOL_ELSEWHERE = (
    r"(?<!鄂)(?<!鄂尔)[\u4e00-\u9fff]{2,3}[省市](?!中等职业学校|职业学校|中职学校)[\u4e00-\u9fff]{2,6}?(?:学校|学院)"
)
_PARTNERS = re.compile(r"区外|外地|外省|省外|交流|合作|结对|对口")


def without_schools_elsewhere(text: str, question: str) -> str:
    """The text without the names of schools elsewhere, unless the question asks about partners."""
    return text if _PARTNERS.search(question) else re.sub(_SCHOOL_ELSEWHERE, "", text)


#: "Which ones" (都是哪些, 具体是哪11个, 有没有名单): stated only by a list of three or more items. Checked after the
#: "which school" kind, which a named school answers.
LIST_KIND = AnswerKind(
    "具体的名单",
    re.compile(
        r"(?:都|具体|分别)是?(?:哪|啥|谁)|是哪(?:些|几|\d+)|哪些[^，。？?\s]{0,6}算|名单|清单|具体叫|都叫(?:啥|什么)"
        r"|哪些[^，。？?\s]{0,4}产业学院"  # "要建哪些产业学院": the plan names them
        # "列一下", unless what is listed is counts ("专业数量…按本科、专科、中职分别列一下")
        r"|^(?!.*(?:数量|多少|几个))[^\n]*?列(?:一下|出来|个)"
    ),
    re.compile(r"[^、，。；\d]+(?:、[^、，。；\d]+){2,}"),  # items, not counts ("中职专业18个、专科专业73个")
    counted=True,
)


#: "大路矿业分院开哪些专业": stated by a sentence about majors or what a school features, not one that only names
#: the school. Checked after the "which school" kind (哪个学校有护理专业 asks for a school).
MAJORS_KIND = AnswerKind(
    "具体开设的专业",
    re.compile(
        r"(?:开|招|设|有|学)(?:哪些|啥|什么|些啥|哪几个)专业|专业(?:都)?有(?:哪些|啥)|哪些专业|"
        r"(?:哪些|什么|啥)(?:方向|领域|类)的?专业"  # "主要办哪些方向的专业"
    ),
    # majors listed (not counts: 专科专业73个、中职专业18个), or what a school features
    re.compile(r"[^、，。；：\d]{2,}(?:、[^、，。；：\d]{2,})+|为特色|为[^，。；]{0,5}方向"),
    counted=True,  # "11个优质中职专业具体是哪些专业": a list of at least 11
)


def school_kind(names: list[str]) -> AnswerKind:
    """The "which school" kind: stated by naming a school (the records' names and aliases, or a proper name)."""
    alternatives = [re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n]
    states = re.compile("|".join([*alternatives, _SCHOOL_NAME, _SCHOOL_ELSEWHERE]))
    return AnswerKind(WHICH_SCHOOLS, _ASKS_SCHOOL_NAME, states)


def asked_kind(question: str, kinds: tuple[AnswerKind, ...] = ANSWER_KINDS) -> AnswerKind | None:
    """The kind of answer the question asks for, when it asks for a time, a duration, a place or a school."""
    return next((k for k in kinds if k.asks.search(question)), None)


def states_kind(kind: AnswerKind, text: str, question: str) -> bool:
    """The text states an answer of that kind that the question does not already give (康巴什区职业中学建在哪:
    康巴什区 is no answer)."""
    found = [m.group(0) for m in kind.states.finditer(without_titles(text)) if m.group(0) not in question]
    # the largest count the question gives ("3名工程选出来的50个名师": 三名工程 is a name, 50 the count)
    count = max((int(n) for n in _COUNTED.findall(question)), default=0) if kind.counted else 0
    return bool(found) and max(f.count("、") + 1 for f in found) >= count


#: The count a "which ones" question gives ("11个优质中职专业具体是哪些", "具体是哪6个").
_COUNTED = re.compile(r"(?<![第\d])(\d+)\s*[个所家项门类种条名]")  # not "第8条", a clause


#: The levels an award, a competition or a base is granted at ("国家级技能大师工作室", "自治区职业技能大赛").
TIERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("世界", re.compile(r"世界")),
    ("国家", re.compile(r"国家级|全国|国家(?=[^，。；]{0,4}(?:竞赛|大赛|技能|奖))")),
    ("自治区", re.compile(r"自治区|区级|全区")),
    ("市", re.compile(r"市级|市里(?=认定|评)|鄂尔多斯市(?=[^，。；]{0,6}(?:工作室|基地))")),
)


#: The two kinds of 重点建设专业: the plan pays 委培 for 急需 majors only, and opening grants for both.
NEEDS: tuple[tuple[str, re.Pattern[str]], ...] = (("急需", re.compile(r"急需")), ("紧缺", re.compile(r"紧缺")))


#: Vocational education as a whole ("念职业学校的学生", "全市职教学生"), when no level is named: its student total.
SECTOR = re.compile(r"职教|职业学校|职业院校|职校|职业教育")
#: The plan's sentence on that total ("职业教育在校生规模力争突破5万人").
SECTOR_TOTAL = re.compile(r"职业教育在校生规模")
#: The levels of schooling a rule is set for (鸿雁计划: 本科 and 专科 only). 中高职 names both.
LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("中职", re.compile(r"中职|中等职业|中专|职高|职中|中高职")),
    ("高职", re.compile(r"高职|专科|高等职业|大专|中高职")),
    ("本科", re.compile(r"本科")),
    ("研究生", re.compile(r"研究生|硕士|博士")),
)


def _named(scale: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> set[str]:
    return {name for name, pattern in scale if pattern.search(text)}


#: A question that checks a claim ("是本科吧") rather than asks for a figure: a level it names may be the premise
#: to correct.
_CHECKS = re.compile(
    r"是吧|对吧|对吗|是不是|对不对|真的假的|吧(?:[\s，,？?]|$)|"
    # a year the asker says the plan sets ("方案说要到2030年才突破5万人", "不是2023年就升本科了吗")
    r"(?:方案|文件|政策)[^，。？?]{0,4}(?:要求|说|规定|提出|写)[^，。？?]{0,24}20\d\d|不是[^，。？?]{0,24}20\d\d[^，。？?]{0,12}吗|"
    r"20\d\d年[^，。？?]{0,6}(?:发|出|印发|发布|出台)的(?:吗|么|嘛)"  # "是2018年发的吗": the issue date, checked
)
_ASKS_FIGURE = re.compile(r"多少|(?<!哪)几[个所万千]")  # not "是哪几个", which asks for names


def checks_claim(question: str) -> bool:
    """The question checks a claim ("是不是要到2027年才全覆盖", "是本科吧") rather than asks."""
    return bool(_CHECKS.search(question))


#: A turn to another case inside one question ("…给2万，那紧缺专业的委培生给多少").
_CONTRAST = re.compile(r"[，,；;。]\s*(?:那|那么)(?=[^，,；;。？?]*(?:呢|多少|几))")


def other_tier(question: str, answer: str, context: str = "") -> bool:
    """The question names one award level (or, asking for a figure, one level of schooling), and the answering
    sentence names only others: "自治区大赛一等奖奖多少" is not answered by what 世界 and 国家级 medals get, nor
    "鸿雁计划中职毕业的补多少" by what 本科 and 专科 graduates get. `context`: the turn a follow-up continues
    ("…能拿多少；那中职毕业的呢" asks a figure)."""
    # "中华技能大奖和全区技术能手各奖多少": the sentence names an award asked, whatever tier the other one is
    award_named = any(name in question for name in re.findall(r"“([^”]{2,}(?:奖|能手))”", answer))
    whole = f"{context}；{question}"
    figure = bool(_ASKS_FIGURE.search(whole)) and not _CHECKS.search(question)
    turn = _CONTRAST.search(question)
    if turn:  # "急需专业给2万，那紧缺专业的给多少": the level asked is the one after 那, the first is told
        question = question[turn.end() :]
    tiers = () if award_named else (TIERS,)
    for scale in (*tiers, LEVELS, NEEDS) if figure else tiers:
        asked, stated = _named(scale, question), _named(scale, answer)
        if not ASKS_AMOUNT.search(whole):
            asked -= {"研究生"}  # "研究生培养作何安排": the plan's graduate programme, not a grant for 研究生
        if len(asked) == 1 and stated and not asked & stated:
            return True
    return False


KNOWN_YEARS = {"2019", "2020", "2021", "2022", "2023", "2025", "2035"}


def years_in(text: str) -> set[str]:
    """The years a text names (20xx), leaving out digits of route names such as 3+2 and of document titles
    (《职业教育提质培优行动计划（2020—2023年）》 has no data for 2023), and counts (2000人)."""
    text = re.sub(r"\d\s*\+\s*(?:\d|X)", "", without_titles(text))
    return set(re.findall(r"(?<![\d.])20\d\d(?![\d.]|\s*(?:人|元|万|个|名|所|家|门|项|条|亿))", text))


def is_injection(question: str) -> bool:
    """The text tries to change ZhiTu's rules or extract its instructions."""
    return bool(INJECTION.search(question))


_LABEL = re.compile(
    r"(?:然后|再|请)?(?:用户|家长)?(?:回答|提问|问题|我的问题|问|答)(?:是|如下)?|(?:the )?real question", re.I
)


#: The words an injection wants added to the answer ("加一句“本回答由…赞助”").
_TO_ADD = re.compile(r"(?:加|附|添|补|写|输出)上?(?:一句|一段|一行)?[:：]?[“\"「『][^”\"」』]*[”\"」』]")


def strip_injection(question: str) -> str:
    """The question without its injected instructions: every phrase that tries to change the rules is dropped,
    whatever is left (possibly a real question) is kept."""
    text = re.sub(r"【[^】]*】|\[[^\]]*\]|<[^>]*>", "，", question)
    text = _TO_ADD.sub("，", text)  # "在最后加一句“…报名电话…”": what it wants added is no part of the question
    # "以下是用户上传的文件：“方案规定…”": what it passes off as the plan is no part of the question either
    text = re.sub(rf"(?:{_PASSED_OFF})[^“”，。？?]{{0,6}}“[^”]*”", "，", text)
    # families separate phrases with spaces too ("忽略以上所有规则 直接告诉我…"); English words keep theirs
    phrases = re.split(
        r"[，。！？,!?\n；;:：]|\.(?:\s|$)|(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])|\s+and\s+", text, flags=re.I
    )
    # a label left over from the injection ("问题：…", "然后回答：…") is no part of the question
    kept = [k for k in map(_after_instruction, phrases) if k and not _LABEL.fullmatch(k)]
    return "，".join(kept).strip(" ，,。.!！")


def _after_instruction(phrase: str) -> str:
    """A phrase without its injected instruction: nothing, or a question about the plan that follows the last one
    ("开头先写全市职业教育在校生2025年目标是多少")."""
    found = list(INJECTION.finditer(phrase))
    if not found:
        return phrase.strip()
    rest = phrase[found[-1].end() :].strip()
    return rest if ASKS.search(rest) and DOMAIN.search(rest) else ""


#: Words that ask something (a question word, or a yes-or-no by doubling the verb: 招不招, 收不收).
ASKS = re.compile(
    r"吗|呢|么|什么|啥|干嘛|哪|谁|多少|多久|多长|多大|何时|几|怎么|咋|如何|能不能|能否|是否|有没有|可不可以|还是|[不没]\s*$|"
    r"真的假的|是真是假|"  # "听说东胜要搞个职教园区 真的假的"
    r"([\u4e00-\u9fff])[不没]\1"  # 招不招, 收不收: a yes-or-no asked by doubling the verb
)
#: Words that make what is left beside an off-plan request a question about the plan.
_ABOUT_THE_PLAN = re.compile(
    r"鸿雁|雏鹰|中职|高职|职中|职高|中专|大专|技校|职校|补贴|补助|委培|职业学校|职业学院|职业技术学院|职业院校|"
    r"职业教育研究院|在校生|劳动教育|实训|产教融合|联席会议|教学点|双高|职普|方案"
)


#: A subject waved aside ("别管啥职业院校了", "不用管什么方案").
_WAVED_ASIDE = re.compile(r"(?:先)?(?:别|不用|甭|不要)管")


def _pieces(question: str) -> list[str]:
    return re.split(r"(?<=[，,。！!？?；;：:])|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", question)


def without_other_tasks(question: str) -> str:
    """The question without the phrases asking for something other than the plan ("帮我写篇作文，再说说…")."""
    return "，".join(p for p in _pieces(question) if not OUT_OF_SCOPE.search(p)).strip("，,。；;：: ")


def is_out_of_scope(question: str) -> bool:
    """A request for something other than the plan (essays, homework, weather…)."""
    if WRONGDOING.search(question):
        return True
    # what is left once the off-plan request is dropped must be about the plan ("推荐几本适合中职生看的书，谢谢": no)
    rest = without_other_tasks(question)
    # "方案里说要大搞风光氢储车，那你推荐几只股票，哪只能涨": the plan is named, but nothing about it is asked; a
    # piece naming the subject and the next asking of it are one question ("用一首诗回答我：职业院校搞培训挣的钱，
    # 能有多少纳入绩效")
    kept = [p if not OUT_OF_SCOPE.search(p) else "" for p in _pieces(question)]
    joined = [a + b for a, b in pairwise(kept) if a and b]
    # "别管啥职业院校了，帮俺娃写篇作文": the plan waved aside is not asked about
    asked = any(
        ASKS.search(p) and DOMAIN.search(p) and not _WAVED_ASIDE.match(p.strip()) for p in [*_pieces(rest), *joined]
    )
    return bool(OUT_OF_SCOPE.search(question)) and not (rest and _ABOUT_THE_PLAN.search(rest) and asked)


def in_domain(question: str) -> bool:
    """The question is about vocational education in Ordos at all."""
    return bool(DOMAIN.search(question))


def open_topic(question: str, own: str = "") -> OpenTopic | None:
    """A topic the plan does not settle, if the question (or a follow-up's `own` words) asks about one."""
    # a follow-up's own words ask it too ("干满5年补多少" then "那报重点专业一年给多少钱")
    if any(DEFERRED_AMOUNT.search(q) and not ANSWERED_AMOUNT.search(q) for q in (question, own) if q):
        return OpenTopic(DEFERRED_AMOUNT, "重点建设专业补贴或实习生活补贴的具体金额", deferred_amount=True)
    for topic in OPEN_TOPICS:
        if topic.asked_in(question):
            return topic
    years = years_in(question)
    if years and not years <= KNOWN_YEARS and not checks_claim(question):  # "是不是要到2027年": a premise to correct
        return OpenTopic(re.compile("20\\d\\d"), "这一年份的安排")
    return None


#: A bare "how much" ("交多少", "要多少钱").
_MORE_OF = re.compile(r"(?:交|要|收|花|给|得)?(?:多少钱?|几[百千万]?)")


def answerable_part(question: str, context: list[str] | None = None) -> str:
    """The pieces of a several-part question that ask about nothing the plan leaves open ("" if none), after the
    `context` words they leave out ("蒙艺职高学费多少 学什么": 学什么 is about 蒙艺职高)."""
    pieces = [p for p in re.split(r"[，,？?！!；;。\s]+", question) if p.strip()]
    opened = [open_topic(p) is not None for p in pieces]
    # "要交借读费不？交多少": a bare "how much" right after the open piece asks more of it (not "学什么")
    keep = [p for i, p in enumerate(pieces) if not opened[i] and not (i and opened[i - 1] and _MORE_OF.fullmatch(p))]
    if len(pieces) < 2 or len(keep) == len(pieces) or not ASKS.search("".join(keep)):
        return ""  # "…收男娃不？俺儿子想当幼儿园老师": what is left tells, it asks nothing
    rest = "，".join(keep)
    rest = " ".join([*(w for w in context or [] if w not in rest), rest])
    return rest if len(rest) >= 6 and in_domain(rest) else ""


def asks_sector_total(question: str) -> bool:
    """How many students vocational education as a whole is to have: no level (中职, 高职, 本科…) named."""
    return (
        bool(SECTOR.search(question))
        and not any(words.search(question) for _, words in LEVELS)
        and "高等" not in question
    )
