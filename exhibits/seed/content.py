"""Bilingual (zh/en) seed content for the Yuzhong financial heritage site; plain data."""


def t(zh, en):
    """Return one translatable value as {"zh": ..., "en": ...}."""
    return {"zh": zh, "en": en}


# Sources: URLs exactly as given in the research notes (heritage-facts.md).
# 'note' is for curators (in Chinese, the admin's language): what each source supports and how
# far it can be trusted. It is not visitor text.

PLAN = {
    "title": "渝中区“十四五”金融发展规划（2021—2025年），2022年6月2日印发（正式标题待补）",
    "publisher": "重庆市渝中区",
    "url": "",
    "note": (
        "依据第4框、第10框和第六章第五节：馆群、场景／故事／单元名单、各楼展陈主题、馆群功能；部分"
        "页面也用到第三章第一节。正式标题和网址待补。"
    ),
}
GOV_MEIFENG = {
    "title": "美丰银行旧址资料页（222.178.122.4）",
    "publisher": "222.178.122.4（地方政府资料库页面）",
    "url": (
        "http://222.178.122.4:8085/YZQZFG/index.php/Whyz/Reslib/show?id=62f9e3646803fa974110d36c&ri"
        "d=62cf7c026803fa0e0dc0aac5"
    ),
    "note": (
        "美丰大楼的尺寸和朝向、银行创办（1922年）、股本比例、康心如、造价和新楼纪念储蓄；可信度高。"
    ),
}
SINA_2024 = {
    "title": "新浪财经报道（2024-10-21）",
    "publisher": "新浪财经 finance.sina.com.cn",
    "url": "https://finance.sina.com.cn/jjxw/2024-10-21/doc-inctfrai6054173.shtml",
    "note": (
        "打铜街得名和约150家银行；金博“新近开馆”、6.3米高的营业大厅、各项“第一”；于右任题写招牌、"
        "1938年美丰大楼的使用；聚兴诚创办；可信度中等。"
    ),
}
ZIXIN = {
    "title": "m.zixin.com.cn 文档页",
    "publisher": "m.zixin.com.cn",
    "url": "https://m.zixin.com.cn/doc/598276.html",
    "note": "美丰练习生（27期、737人，1931—1948年）和余跃泽；可信度中等。",
}
NOVEL_QQ = {
    "title": "novel.qq.com 在线读物章节（九二火灾记述）",
    "publisher": "novel.qq.com",
    "url": "https://novel.qq.com/read/1042723191/123",
    "note": (
        "1949年大火的蔓延和挡住火势的混凝土银行大楼；后来人民银行使用美丰大楼；可信度中等（在线读"
        "书网站，需用史料复核）。"
    ),
}
KFD_GROUP = {
    "title": "kfd.me 页面：重庆抗战金融机构旧址群",
    "publisher": "kfd.me（维基类镜像页）",
    "url": "https://54e1ad4b4888.kfd.me/zh-hant/重庆抗战金融机构旧址群",
    "note": (
        "全国重点文物保护单位公布信息：第七批、编号7-1872、2013年3月5日、国发〔2013〕13号、年代"
        "1938—1946年、六处组成；可信度高，但需与国务院公布名单核对。"
    ),
}
YZB_2025 = {
    "title": "yzb.cqyznews.com 报道（2025-07-23）",
    "publisher": "yzb.cqyznews.com",
    "url": "http://yzb.cqyznews.com/html/2025-07/23/content_21935_18735974.htm",
    "note": (
        "金博改造后的情况：建筑面积5321平方米、展陈面积2600平方米、金库在参观范围内；可信度中等。"
    ),
}
PEOPLE_2021 = {
    "title": "人民网英文版报道（2021-05-18）",
    "publisher": "en.people.cn",
    "url": "http://en.people.cn/n3/2021/0518/c90000-9851329.html",
    "note": (
        "报道的是2021年5月18日在重庆开馆的另一家金融博物馆；列出只是为了提醒馆员不要把它与金博混为"
        "一谈。"
    ),
}
ISTPEI = {
    "title": "wap.istpei.com 页面（陪都时期）",
    "publisher": "wap.istpei.com",
    "url": "http://wap.istpei.com/p-32311",
    "note": (
        "1937年11月20日宣布移驻、1938年12月8日军事委员会迁抵、1940年9月6日定为陪都；可信度高。"
    ),
}
OSON = {
    "title": "oson.ca 历史事件页",
    "publisher": "oson.ca",
    "url": "https://oson.ca/time/event.php?event_id=122",
    "note": "1946年5月5日还都令；陪都地位延续到1949年11月30日；可信度中等。",
}
HAHACN = {
    "title": "hahacn.com 页面（打铜街）",
    "publisher": "www.hahacn.com",
    "url": "https://www.hahacn.com/detail/1993399.html",
    "note": "打铜街南北走向，从小什字到东水门码头，宽不到8米，最长约400米；可信度中等。",
}
EGDLX = {
    "title": "m.egdlx.com 页面（打铜街传统风貌区）",
    "publisher": "m.egdlx.com",
    "url": "http://m.egdlx.com/article/126688-1.html",
    "note": (
        "打铜街风貌区范围；1938年7月31日经济部迁入川盐银行；中国银行大楼在风貌区内；可信度中等。"
    ),
}
TRIPEDIA = {
    "title": "chinatripedia.com 页面（东水门长江大桥）",
    "publisher": "chinatripedia.com",
    "url": "https://chinatripedia.com/dongshuimen-yangtze-river-bridge-location-and-highlights/",
    "note": (
        "东水门长江大桥2014年3月31日通车，长1124米，北桥头在打铜街、小什字一带，南端在上新街；可信"
        "度中等。"
    ),
}
XING528 = {
    "title": "xing528.com 页面（抗战金融机构）",
    "publisher": "xing528.com",
    "url": "https://xing528.com/lilun/1010498.html",
    "note": "六处旧址相距不到2公里；四联总处1939年9月8日成立；中央银行资本和迁渝；可信度中等。",
}
HUXI = {
    "title": "huxijiongpo.com 页面（中国银行重庆分行）",
    "publisher": "www1.huxijiongpo.com",
    "url": "http://www1.huxijiongpo.com/rzfs/4532.html",
    "note": (
        "中国银行地址新华路41号，1月18日开业（年份缺失），最初在曹家巷27号营业18年，战时总管理处在"
        "重庆；可信度中等。"
    ),
}
BASTILLE = {
    "title": "巴士的报页面",
    "publisher": "www.bastillepost.com",
    "url": "https://www.bastillepost.com/hongkong/article/6171282",
    "note": "中国银行战时总管理处在重庆，胜利后迁回上海；可信度中等。",
}
ACCSCIENCE = {
    "title": "accscience.com 期刊页面",
    "publisher": "article.accscience.com",
    "url": (
        "https://article.accscience.com/read-online/full-issue/JCAU/6-2/files/basic-html/page129.ht"
        "ml"
    ),
    "note": "1939—1945年中国银行吸收海外侨汇2.3亿美元；可信度中等。",
}
MBJI = {
    "title": "mbji.cn 页面（重庆饭店）",
    "publisher": "mbji.cn",
    "url": "http://mbji.cn/mbji/重庆饭店/4646941",
    "note": "重庆饭店的历史（1959、1987、2007年）以及饭店东楼原是中国银行旧楼的说法；可信度低。",
}
KWGFWS = {
    "title": "kwgfws.cn 转载的《重庆日报》报道（镜像页日期2020-03-23）",
    "publisher": "kwgfws.cn",
    "url": "http://kwgfws.cn/qinziwanju/27.html",
    "note": (
        "交通银行大楼细节（文物工作者介绍）；中央银行金库门；可信度中等或中低；原报道日期待核实。"
    ),
}
BZSZX = {
    "title": "bzszx.gov.cn 文史页面（2020-11-05）",
    "publisher": "bzszx.gov.cn",
    "url": "http://bzszx.gov.cn/zhengxiegaikuang/bazhongwenshi/2020/11/05/28489.html",
    "note": "1935年法币改革和汇率；1942年7月起中央银行独家发行；可信度中等。",
}
GOO = {
    "title": "blog.goo.ne.jp 博客文章（2010-08-16）",
    "publisher": "blog.goo.ne.jp",
    "url": "https://blog.goo.ne.jp./haichaolu2010/d/20100816",
    "note": "交通银行创立于1907年或1908年（说法不一）；战时总行先迁武汉再迁重庆；可信度中低。",
}
RHS = {
    "title": "rhs.com.cn 项目案例页（2016-06-07）",
    "publisher": "rhs.com.cn",
    "url": "http://rhs.com.cn/html/english/RHS_cases/Historical/2016-06-07/1048.html",
    "note": (
        "川康大楼的尺寸和风格、1937年9月合并、故宫文物箱，列入名录年份记为2008年（与2013年冲突）；"
        "可信度高或中等。"
    ),
}
WIKIM_CK = {
    "title": "wikim.kfd.me 页面：川康平民商业银行旧址",
    "publisher": "wikim.kfd.me（维基类镜像页）",
    "url": "https://wikim.kfd.me/zh-hant/川康平民商业银行旧址",
    "note": "故宫文物存放在保险库；现由邮政部门使用；可信度中等。",
}
NEWSFLASH = {
    "title": "tw.newsflash.city 页面",
    "publisher": "tw.newsflash.city",
    "url": "https://tw.newsflash.city/2402/7f469de71bba25f4.html",
    "note": (
        "川盐银行创办人吴受彤、前身重庆盐业银行、比楼高的传说；称川盐银行曾存放故宫文物；可信度低。"
    ),
}
BLOGCHINA = {
    "title": "cailv.blogchina.com 博客文章",
    "publisher": "cailv.blogchina.com",
    "url": "http://cailv.blogchina.com/553614990.html",
    "note": (
        "聚兴诚大楼的描述，“已修缮但尚未开放”（2020年5月26日）；濬川源银行开办时间；1937、1939年的"
        "银行数量（可信度中低）。"
    ),
}
CJ8817 = {
    "title": "cj8817.cn 页面（聚兴诚银行）",
    "publisher": "cj8817.cn",
    "url": "http://cj8817.cn/88339.html",
    "note": "聚兴诚1919年设信托部，1921、1930年总行迁移；可信度中低。",
}
MEIPIAN_PAWN = {
    "title": "美篇文章（重庆传统金融）",
    "publisher": "meipian.cn",
    "url": "https://meipian.cn/43zhfi7m",
    "note": "当铺、票号和钱庄，“先有当铺”的说法，陕西商人；可信度中等。",
}
HANDMSG = {
    "title": "handmsg.com 页面（2014-01-26）",
    "publisher": "www.handmsg.com",
    "url": "http://www.handmsg.com/page/2014/0126/11800190.shtml",
    "note": "1890年续增专条后于1891年开埠；白象街是最早的洋行聚集区；可信度中等。",
}
MEIPIAN_JCY = {
    "title": "美篇文章（濬川源银行）",
    "publisher": "meipian.cn",
    "url": "https://meipian.cn/56tvhh72",
    "note": "濬川源银行开办日期（1904年与1905年两种说法之一）。",
}
FLBEARING = {
    "title": "flbearing.cn 转载文章（2024-12-08）",
    "publisher": "www.flbearing.cn",
    "url": "http://www.flbearing.cn/content/24/1208/14/202378_1141464045.shtml",
    "note": "法币发行5569亿元、约400倍，以及“两头牛、一把米”的说法；通俗文章，可信度低。",
}
RANFIN = {
    "title": "m.ranfinancial.com 页面",
    "publisher": "m.ranfinancial.com",
    "url": "http://m.ranfinancial.com/news/45725",
    "note": "1948年8月19日金圆券改革：兑换比率、发行上限、交出金银外币；可信度中等。",
}
ZJWZ = {
    "title": "zjwz.cnepaper.com 电子报（2022-07-15）",
    "publisher": "zjwz.cnepaper.com",
    "url": "http://zjwz.cnepaper.com/epaper/h5/html5/2022-07/15/content_28141_6461564.htm",
    "note": "上海按10万元金圆券兑1元人民币收兑；可信度中等。",
}
JUHE = {
    "title": "juhezwn.com 在线读物章节",
    "publisher": "juhezwn.com",
    "url": "https://juhezwn.com/read/104340/242514.html",
    "note": "重庆金融接管18个单位，1949年12月5日至1950年1月20日；可信度中等。",
}
TTNEWS = {
    "title": "ttnews.xyz 文章（九二火灾）",
    "publisher": "ttnews.xyz",
    "url": "https://ttnews.xyz/a/5e83e288dc9b5e125710c3bc?lang=zh-hant",
    "note": "起火时间、地点和警方的损失调查；可信度高。",
}
MAIGOO = {
    "title": "maigoo.com 词条（九二火灾）",
    "publisher": "www.maigoo.com",
    "url": "https://www.maigoo.com/citiao/1281267.html",
    "note": "起火经过、损失、起火前的天气，以及1959年的官方结论；可信度高或中等。",
}
EPOCH = {
    "title": "大纪元香港网站文章（2025-09-05）",
    "publisher": "hk.epochtimes.com",
    "url": "http://api.hk.epochtimes.com/news/2025-09-05/4131038",
    "note": (
        "2025年一篇海外文章，称大火是共产党纵火；只用来说明起火原因存在争议，并非结论。是否保留这"
        "条引用，请馆员决定。"
    ),
}
PTWBS = {
    "title": "ptwbs.net 文章（折实储蓄）",
    "publisher": "ptwbs.net",
    "url": "http://ptwbs.net/news-983519.html",
    "note": "折实储蓄的做法；上海的折实单位和华东37个城市；可信度高或中等。",
}
SCHOLARMATE = {
    "title": "scholarmate.com 论文页",
    "publisher": "scholarmate.com",
    "url": "https://scholarmate.com/S/Ux6fyg",
    "note": "人民银行天津分行1949年3月1日开办折实储蓄；连同后续业务实行了三年多；可信度中等。",
}
SHANDONG = {
    "title": "shandong-chorography.org 地方志数据库页面",
    "publisher": "shandong-chorography.org",
    "url": "https://shandong-chorography.org/database/c1a/section/2/article/352/",
    "note": "山东1951年随物价稳定停办折实储蓄；可信度中等。",
}
WHU = {
    "title": "cgrs.lib.whu.edu.cn 论文页",
    "publisher": "cgrs.lib.whu.edu.cn",
    "url": "http://cgrs.lib.whu.edu.cn/qw/Paper/343328",
    "note": "重庆证券交易所1932年4月成立，买卖公债，1937年停业，战时重设计划未实现；可信度中等。",
}
CQNEWS_EXCH = {
    "title": "华龙网报道（重庆证券交易所）",
    "publisher": "news.cqnews.net",
    "url": (
        "https://news.cqnews.net/1/detail/1060228656019054592/web/content_1060228656019054592.html"
    ),
    "note": "重庆证券交易所的历史（第二个来源）；可信度中等。",
}
SINA_2023 = {
    "title": "新浪财经报道（2023-02-27）",
    "publisher": "新浪财经 finance.sina.com.cn",
    "url": "https://finance.sina.com.cn/jjxw/2023-02-27/doc-imyiaefp5037006.shtml",
    "note": "1992年5月的股票认购证和三家公司，1993年7月上市；可信度中等。",
}
CNCMRN = {
    "title": "cncmrn.com 报道（2010-07-02）",
    "publisher": "cncmrn.com",
    "url": "http://cncmrn.com/channels/culture/20100702/214791.html",
    "note": "渝中区法院金融审判庭2010年7月1日设立，为西部第一，受案范围；可信度中等。",
}
GUOQING = {
    "title": "中国网国情频道报道（2020-08-14）",
    "publisher": "guoqing.china.com.cn",
    "url": "http://guoqing.china.com.cn/2020-08/14/content_76599738.html",
    "note": "渝中区法院2010年7月至2020年6月的金融案件数量；可信度中等。",
}
SWUPL = {
    "title": "西南政法大学网站文章",
    "publisher": "cfr.swupl.edu.cn",
    "url": "https://cfr.swupl.edu.cn/zxzx/318588.htm",
    "note": "没有金融法院的地方，金融案件由民二庭或金融法庭审理；可信度中等。",
}
CQNEWS_COURT = {
    "title": "华龙网报道（2022-09-28）",
    "publisher": "cq.cqnews.net",
    "url": "http://cq.cqnews.net/html/2022-09/28/content_1024819724295974912.html",
    "note": "成渝金融法院2022年9月28日揭牌，全国第三家金融法院，管辖范围；可信度高。",
}
CAIXIN = {
    "title": "财新网报道（2022-02-27）",
    "publisher": "china.caixin.com",
    "url": "http://china.caixin.com/2022-02-27/101847820.html",
    "note": "全国人大常委会关于设立成渝金融法院的决定；此前的上海、北京金融法院；可信度高。",
}
YEXIAN = {
    "title": "yexian114.com 页面",
    "publisher": "www.yexian114.com",
    "url": "http://www.yexian114.com/guonei/153094.html",
    "note": "成渝金融法院在重庆和成都设办公场所，上诉由重庆市高级人民法院审理；可信度高。",
}
WIKI_LINE1 = {
    "title": "Line 1, Chongqing Rail Transit (Wikipedia)",
    "publisher": "en.wikipedia.org",
    "url": "https://en.wikipedia.org/wiki/Line_1,_Chongqing_Rail_Transit",
    "note": "小什字站有1号线和6号线；1号线经朝天门—小什字—较场口；可信度高。",
}
SJMSW = {
    "title": "sjmsw.net 页面（故宫文物在重庆）",
    "publisher": "www.sjmsw.net",
    "url": "http://www.sjmsw.net/1/detail/1407668041301954560/web/content_1407668041301954560.html",
    "note": "故宫文物1938年5月22日运抵重庆；9000余箱；可信度中等。",
}
SHOUCANG = {
    "title": "1shoucang.com 文章",
    "publisher": "www.1shoucang.com",
    "url": "http://www.1shoucang.com/article-41049-1.html",
    "note": "故宫文物在重庆（一则报道为9338箱；安达森洋行存3694箱）；可信度中等。",
}
JIUFANJU = {
    "title": "jiufanju.com 页面（白象街）",
    "publisher": "jiufanju.com",
    "url": "https://jiufanju.com/body/20221105/315819_3.html",
    "note": "白象街的范围和地标；可信度中等。",
}
CQUPB = {
    "title": "cqupb.gov.cn 页面（白象街）",
    "publisher": "www.cqupb.gov.cn",
    "url": "http://www.cqupb.gov.cn/content.aspx?id=32774",
    "note": "白象街的范围、街名传说、余玠府衙、2014年起修复；可信度中等。",
}
CSYLYM = {
    "title": "m.csylym.com 页面（白象街）",
    "publisher": "m.csylym.com",
    "url": "https://m.csylym.com/gaozhongxuexi/2021/0117/396976.html",
    "note": "白象街地标及其年份；可信度中等。",
}
BOAFODA = {
    "title": "boafoda.net 页面（白象街）",
    "publisher": "boafoda.net",
    "url": "http://boafoda.net/shzt/36804.html",
    "note": "白象街地标及其年份（第二个来源）；可信度中等。",
}


# Home page
HOME = {
    "title": t("渝中金融历史文化", "Yuzhong Financial Heritage"),
    "intro": t(
        "从小什字沿打铜街走到白象街，渝中下半城保留着一批老银行大楼。抗战时期，"
        "打铜街及周边街巷一度聚集了约150家银行和钱庄，有战时中国“华尔街”之称。",
        "From Xiaoshizi down Datong Street to Baixiang Street, Chongqing's lower town still keeps "
        "a cluster of old bank buildings. During the war up to about 150 banks and money shops "
        "clustered in and around Datong Street, earning it the nickname 'China's wartime Wall "
        "Street'.",
    ),
    "body": {
        "zh": [
            "渝中区2022年印发的“十四五”金融发展规划（2021—2025年）提出打造主题金融馆群，"
            "成员包括设在美丰银行旧址的重庆金融历史博物馆（简称“金博”）、司法金融博物馆、"
            "中国银行行史博物馆和重庆银行文旅支行。按照规划，馆群将成为金融展览、金融教育、"
            "研究创新和交流的平台：定期举办公益性展览和培训，不定期开设金融大讲堂、"
            "金融沙龙和企业路演。",
            "规划还为六处老银行旧址分别拟定了展陈主题：美丰银行、中国银行、中央银行、交通银行、"
            "川康平民商业银行和川盐银行，并把打铜街、"
            "白象街一带定位为“下半城金融历史文化风貌展示区”。其中前五处连同聚兴诚银行旧址，"
            "于2013年作为“重庆抗战金融机构旧址群”列入第七批全国重点文物保护单位；"
            "川盐银行旧址不在其中，保护级别尚待核实。",
            "本站的金融遗产步道从轨道交通小什字站出发，经过新华路、打铜街上的老银行，"
            "再下到白象街，上下半城之间有陡坡和台阶。",
            "请注意：本站全部内容均为草稿，尚待博物馆馆员审核。标有“待核实”“尚待确认”等字样的内容"
            "，目前没有来源或来源可靠性不足；地图上的位置均为估算，未经实地测量；"
            "各馆的开放时间和门票信息暂未确认。",
        ],
        "en": [
            "Yuzhong District's financial development plan for 2021–2025, issued in 2022, calls "
            "for a group of themed finance museums: the Chongqing Financial History Museum "
            "('Jinbo') in the former Meifeng Bank, a Judicial Finance Museum, a Bank of China "
            "History Museum and a Bank of Chongqing culture-and-tourism sub-branch. The plan "
            "envisages them as venues for exhibitions, financial education, research and "
            "exchange, with regular public-interest exhibitions and training, and occasional "
            "finance lectures, salons and company roadshows.",
            "The plan also sets exhibition themes for six historic bank buildings — Meifeng, the "
            "Bank of China, the Central Bank, the Bank of Communications, the Chuankang bank and "
            "the Sichuan Salt Bank — and designates the Datong Street and Baixiang Street area as "
            "the lower town's financial heritage quarter. The first five, together with the "
            "former Juxingcheng Bank, were listed in 2013 as a single national heritage site, the "
            "Former Sites of Chongqing's Wartime Financial Institutions. The Salt Bank is not "
            "part of that group, and its own protection status has not been confirmed.",
            "Our heritage trail starts at Xiaoshizi metro station, passes the old banks on Xinhua "
            "Road and Datong Street, and then drops down to Baixiang Street, with steep slopes and "
            "steps between the upper and lower parts of town.",
            "Please note: everything on this site is a draft awaiting review by the museum's "
            "curators. Items marked 'not yet confirmed', 'awaiting curator review' or similar have "
            "no source yet, or only a weak one. Map positions are estimates, not surveyed points, "
            "and "
            "opening hours and admission for the museums have not yet been confirmed.",
        ],
    },
    "sources": [PLAN, SINA_2024, KFD_GROUP],
    "fact_check_notes": (
        "请补上渝中区“十四五”金融发展规划（2021—2025年，2022年6月2日印发）的正式标题和链接，研究笔"
        "记中两者都没有。“约150家银行和钱庄”和战时“华尔街”的说法只有一篇新闻报道为据（新浪财经，"
        "2024年10月21日，可信度中等）。步道长度按各站地图位置直线估算，路线未经实测（研究笔记曾估"
        "计约1.5至2.5公里）。旧址群7-1872的英文名称是本站自译。川盐银行的保护级别不详。各馆的开放"
        "时间和门票均不详。页面上的“待核实”“（待馆员核实）”等标记，表示该内容尚无来源或来源可靠性"
        "不足。"
    ),
}


# Index of historic buildings
HERITAGE_INDEX = {
    "slug": t("lishi-jianzhu", "heritage-sites"),
    "title": t("历史建筑", "Heritage sites"),
    "intro": t(
        "这里介绍渝中区七处与金融相关的老银行旧址，其中六处于2013年一并列入全国重点文物保护单位。",
        "Seven former bank buildings in Yuzhong District are described here; six of them were "
        "listed together as a national heritage site in 2013.",
    ),
    "body": {
        "zh": [
            "2013年3月5日，国务院公布第七批全国重点文物保护单位（国发〔2013〕13号），"
            "“重庆抗战金融机构旧址群”（编号7-1872）名列其中，年代标为1938—1946年，由中央银行、"
            "中国银行、美丰银行、交通银行、川康平民商业银行和聚兴诚银行六处旧址组成。据介绍，"
            "这六座楼都在新华路至道门口之间，彼此相距不到2公里（聚兴诚的位置待核实）。",
            "打铜街之名，来自清代街上的铜匠铺。抗战期间，打铜街及周边街巷聚集的银行、"
            "钱庄一度多达约150家。1939年9月8日，中央、中国、交通、农民四家银行设立四联总处，作为战"
            "时最高金融机构。",
            "川盐银行旧址（今重庆饭店）与美丰银行隔街相望，不属于上述旧址群，其保护级别尚待核实；"
            "聚兴诚银行旧址的确切位置目前也未能确认。各处地图坐标均根据地址估算，"
            "误差约150至250米。",
        ],
        "en": [
            "On 5 March 2013 the State Council published its seventh batch of national heritage "
            "sites. It included the Former Sites of Chongqing's Wartime Financial Institutions "
            "(no. 7-1872), dated 1938–1946 and made up of six buildings: the Central Bank, Bank "
            "of China, Meifeng Bank, Bank of Communications, Chuankang bank and Juxingcheng Bank. "
            "All six are said to lie within 2 km of one another, between Xinhua Road and Daomenkou "
            "(the location of Juxingcheng is not yet confirmed).",
            "Datong Street — literally 'copper-beating street' — takes its name from the "
            "coppersmiths' shops that lined it in the Qing dynasty. During the war up to about 150 "
            "banks and money shops clustered in and around it. On 8 September 1939 the Central "
            "Bank, Bank of China, Bank of Communications and Farmers Bank of China set up their "
            "Joint Head Office, the country's top wartime financial body.",
            "The former Sichuan Salt Bank, now the Chongqing Hotel, faces Meifeng across the "
            "street but is not part of the listed group; its protection status has not been "
            "confirmed. The exact location of the former Juxingcheng Bank is also still "
            "unconfirmed. All map positions are estimated from addresses and may be 150–250 m out.",
        ],
    },
    "sources": [KFD_GROUP, XING528, SINA_2024],
    "fact_check_notes": (
        "旧址群的公布信息（编号7-1872、2013年3月5日、国发〔2013〕13号、年代1938—1946年、六处组成）"
        "来自kfd.me维基镜像页，请与国务院公布文件核对。“新华路至道门口之间、相距不到2公里”和四联总"
        "处成立日期（1939年9月8日）来自xing528.com（可信度中等）。四联总处的全称：资料中只有简称，"
        "常见全称为“中央、中国、交通、农民四银行联合办事总处”，这是一般常识而非来源所载，正文暂不"
        "使用，请馆员确认后再补。约150家银行的数字来自新浪财经2024年10月21日的报道（可信度中等）。"
        "川盐银行的保护级别和聚兴诚银行的地址均待核实；“新华路至道门口之间”的说法与2020年探访记把"
        "聚兴诚放在解放东路、白象街一带的说法有出入，正文已注明聚兴诚位置待核实。各旧址坐标均为街"
        "道级估算（误差约150至250米），需按OpenStreetMap建筑轮廓核准。"
    ),
}


# Historic bank buildings (plan box 4, plus Juxingcheng)
SITES = [
    {
        "key": "meifeng",
        "slug": t("meifeng-yinhang-jiuzhi", "former-meifeng-bank"),
        "title": t("美丰银行旧址", "Former Meifeng Bank Building"),
        "intro": t(
            "这座七层钢筋混凝土大楼1935年8月落成，原为四川美丰银行大楼，"
            "如今是重庆金融历史博物馆（金博）所在地。",
            "Completed in August 1935 for the Sichuan Meifeng Bank, this seven-storey concrete "
            "building at Xiaoshizi now houses the Chongqing Financial History Museum.",
        ),
        "body": {
            "zh": [
                "美丰银行由美国商人雷文与中方股东合资创办，1922年2月在美国注册，"
                "同年4月2日在新街口（今小什字附近）开业。银行额定资本250万元，美方占52%，"
                "中方占48%；1927年，美方股份全部转归中方。银行由康心如（1890—1969）主持，"
                "他自1937年起担任重庆银行公会主席，后来还出任重庆临时参议会议长。",
                "大楼由基泰工程司上海事务所的杨廷宝设计，馥记营造厂承建，1935年8月竣工。"
                "购地和建楼共花费49万余元，大部分通过“新楼纪念储蓄”筹得。"
                "大楼为七层钢筋混凝土框架结构，下部楼层以花岗石饰面，建筑面积3352.5平方米，"
                "占地407.5平方米，朝向东偏北7度。“美丰商业银行”的招牌为于右任所题。",
                "1938年，西迁来渝的中央银行和中国农民银行曾使用这座大楼。1931年至1948年，"
                "美丰先后招收练习生27期、共737人；1937年入行的余跃泽，"
                "后来成为中国人民银行重庆分行首任行长。1949年“九二大火”中，"
                "这座混凝土大楼帮助挡住了火势；此后，大楼由中国人民银行重庆分行使用。",
                "2013年，美丰银行旧址作为“重庆抗战金融机构旧址群”的组成部分，"
                "列入第七批全国重点文物保护单位。大楼现为重庆金融历史博物馆；按照渝中区规划，"
                "这里将展示中国金融发展史、金融交易体验、中国银行业发展史、"
                "人类钱币发展史和金融法治教育等主题。",
            ],
            "en": [
                "Meifeng began as a Sino-American joint venture between an American merchant, "
                "Raven, and Chinese partners. Registered in the United States in February 1922, "
                "it opened on 2 April that year at Xinjiekou, near today's Xiaoshizi, with "
                "authorised capital of 2.5 million yuan, 52% American and 48% Chinese. By 1927 "
                "every American share had passed into Chinese hands. The bank was run by Kang "
                "Xinru (1890–1969), who chaired the Chongqing bankers' association from 1937 and "
                "later became speaker of the city's provisional assembly.",
                "Yang Tingbao of the Shanghai office of Kwan, Chu & Yang designed the building, "
                "and the contractor Fuji (馥记) Construction Company built it; it was completed in "
                "August 1935. Land and construction cost more than 490,000 yuan, most of it "
                "raised through a 'new building commemorative deposit'. The seven-storey "
                "reinforced-concrete frame has granite facing on its lower floors, 3,352.5 m² of "
                "floor space on a 407.5 m² footprint, and faces 7° north of east. The bank's "
                "signboard, reading 'Meifeng Commercial Bank', was written by Yu Youren.",
                "In 1938 the Central Bank of China and the Farmers Bank of China, newly moved to "
                "Chongqing, used the building. Between 1931 and 1948 Meifeng trained 737 "
                "apprentices in 27 intakes; Yu Yueze, who joined in 1937, later became the first "
                "president of the People's Bank of China's Chongqing branch. In the great fire of "
                "2 September 1949 the concrete building helped hold back the flames, and "
                "afterwards the PBOC Chongqing branch occupied it.",
                "In 2013 the building was listed as part of the Former Sites of Chongqing's "
                "Wartime Financial Institutions, a national heritage site. Today it houses the "
                "Chongqing Financial History Museum, and the district plan gives it five themes: "
                "China's financial history, hands-on financial trading, the history of Chinese "
                "banking, the history of money, and education in financial law.",
            ],
        },
        "address": t("重庆市渝中区新华路74号", "74 Xinhua Road, Yuzhong District, Chongqing"),
        "latitude": 29.5606,
        "longitude": 106.5832,
        "location_certainty": "approximate",
        "location_note": t(
            "根据门牌地址和小什字站位置估算，误差约±150米，未经实测",
            "Estimated from the street address and Xiaoshizi station; about ±150 m, not surveyed",
        ),
        "year_built": 1935,
        "built_label": t("1935年8月竣工", "Completed August 1935"),
        "architect": t(
            "杨廷宝（基泰工程司上海事务所）；承建：馥记营造厂",
            "Yang Tingbao (Kwan, Chu & Yang, Shanghai office); builder: Fuji (馥记) Construction "
            "Company",
        ),
        "architectural_style": t(
            "七层钢筋混凝土框架结构，下部楼层花岗石饰面（风格定性待核实）",
            "Seven-storey reinforced-concrete frame, granite-faced lower floors (style label not "
            "yet confirmed)",
        ),
        "protection_level": "national",
        "protection_note": t(
            "第七批全国重点文物保护单位（2013年），“重庆抗战金融机构旧址群”（7-1872）组成部分",
            "Listed in 2013 (7th batch) as a Major Historical and Cultural Site Protected at the "
            "National Level, as part of the Former Sites of Chongqing's Wartime Financial "
            "Institutions (no. 7-1872)",
        ),
        "current_use": t(
            "重庆金融历史博物馆（金博）",
            "Chongqing Financial History Museum (Jinbo)",
        ),
        "exhibition_themes": {
            "zh": [
                "中国金融发展史",
                "金融交易体验",
                "中国银行业发展史",
                "人类钱币发展史",
                "金融法治教育",
            ],
            "en": [
                "History of finance in China",
                "Hands-on financial trading",
                "History of Chinese banking",
                "History of money",
                "Education in financial law",
            ],
        },
        "fact_check_notes": (
            "风格定性待核实：资料的描述只写到“下部楼层花岗石饰面”，另有作者称其外观为中国传统风格"
            "。银行当年的英文行名（据信为American-Oriental Bank of Szechuan）待核实，暂不使用；资"
            "料未给出雷文的全名。建筑面积：文物资料为3352.5平方米（原建筑），2025年博物馆报道为改"
            "造后5321平方米，两者所指不同。承建方馥记营造厂的英文名未确认（英文中常见Voh Kee "
            "Construction Co.，属一般常识，确认后再用）。1938年中央银行、中国农民银行使用大楼以及"
            "于右任题写招牌，来源为新浪财经（可信度中等）；练习生数字来自zixin.com.cn（中等）；大"
            "火中挡火及后来由人民银行使用，来源为novel.qq.com（中等）。坐标为估算，误差约±150米。"
        ),
        "sources": [GOV_MEIFENG, SINA_2024, ZIXIN, NOVEL_QQ, KFD_GROUP, PLAN],
    },
    {
        "key": "boc",
        "slug": t("zhongguo-yinhang-jiuzhi", "former-bank-of-china"),
        "title": t("中国银行旧址", "Former Bank of China Chongqing Branch"),
        "intro": t(
            "新华路41号的这座楼是中国银行重庆分行旧址，2013年列入全国重点文物保护单位。",
            "This building at 41 Xinhua Road was the Bank of China's Chongqing branch; it was "
            "listed as a national heritage site in 2013.",
        ),
        "body": {
            "zh": [
                "中国银行重庆分行（“渝中行”）于1月18日开业，年份不详，一般认为是1915年（待馆员核实"
                "）；最初的任务之一是兑换四川军用票。"
                "分行先在曹家巷27号营业约18年，之后才迁到新华路41号；"
                "这座大楼的建成年份和设计者目前都未查明。",
                "抗战期间，中国银行总管理处迁到重庆，胜利后迁回上海，迁入的具体时间待核实。"
                "1939年至1945年，中国银行为支持抗战吸收海外侨汇约2.3亿美元。",
                "1949年“九二大火”的记述说，中国银行大楼与美丰、"
                "川盐银行等混凝土建筑一起挡住了火势。不过，"
                "有记述把当时的中国银行放在字水街（今重庆饭店），"
                "一篇饭店回忆文章也说重庆饭店东楼原是中国银行旧楼。"
                "挡火的是否就是新华路41号这座楼，各来源说法不一，尚无定论。",
                "2013年，中国银行旧址作为“重庆抗战金融机构旧址群”的组成部分，"
                "列入第七批全国重点文物保护单位。按照渝中区规划，"
                "这里将展示国有银行在抗战时期的贡献和中国银行发展史。"
                "规划中的中国银行行史博物馆是否设在这里，目前尚未确认。",
            ],
            "en": [
                "The Bank of China's Chongqing branch opened on 18 January, probably in 1915 (the "
                "year awaits curator review). "
                "One of its first jobs was to redeem Sichuan military notes. The branch spent "
                "about 18 years at 27 Caojia Lane before moving to 41 Xinhua Road; when this "
                "building went up, and who designed it, is not yet known.",
                "During the war the bank's head office moved to Chongqing, returning to Shanghai "
                "after victory; the date of the move is still to be confirmed. Between 1939 and "
                "1945 the Bank of China gathered some US$230 million in overseas remittances for "
                "the war effort.",
                "Accounts of the fire of 2 September 1949 say that the Bank of China building, "
                "along with Meifeng and the Sichuan Salt Bank, stopped the flames. Yet some "
                "accounts place 'the Bank of China' of that time on Zishui Street, where the "
                "Chongqing Hotel now stands, and a hotel memoir says the hotel's east block was "
                "the old Bank of China. Sources differ on whether it was this building that held "
                "back the fire.",
                "In 2013 the building was listed as part of the Former Sites of Chongqing's "
                "Wartime Financial Institutions. The district plan assigns it two themes: the "
                "wartime contribution of the state banks and the history of the Bank of China. "
                "Whether the planned Bank of China History Museum will be housed here is not yet "
                "confirmed.",
            ],
        },
        "address": t("重庆市渝中区新华路41号", "41 Xinhua Road, Yuzhong District, Chongqing"),
        "latitude": 29.5601,
        "longitude": 106.5843,
        "location_certainty": "rough",
        "location_note": t(
            "根据门牌地址估算，误差约±200米，未经实测",
            "Estimated from the street address; about ±200 m, not surveyed",
        ),
        "year_built": None,
        "built_label": t("待核实", "Not yet confirmed"),
        "architect": t("", ""),
        "architectural_style": t("", ""),
        "protection_level": "national",
        "protection_note": t(
            "第七批全国重点文物保护单位（2013年），“重庆抗战金融机构旧址群”（7-1872）组成部分",
            "Listed in 2013 (7th batch) as a Major Historical and Cultural Site Protected at the "
            "National Level, as part of the Former Sites of Chongqing's Wartime Financial "
            "Institutions (no. 7-1872)",
        ),
        "current_use": t("", ""),
        "exhibition_themes": {
            "zh": ["国有银行抗战时期贡献", "中国银行发展史"],
            "en": ["The state banks' wartime contribution", "History of the Bank of China"],
        },
        "fact_check_notes": (
            "分行开业年份资料缺失（一般认为是1915年，待核实）。新华路41号大楼的建成年份、设计者、"
            "风格和现状用途均不详。中国银行总管理处迁渝的日期待核实。来源冲突：大火记述把当时的“中"
            "国银行”放在字水街（今重庆饭店），一篇饭店回忆文章也说饭店东楼是中国银行旧楼——1949年挡"
            "住大火的究竟是哪座中国银行大楼，尚无定论。侨汇2.3亿美元的数字只见于一篇期刊页面（可信"
            "度中等）。规划中的中国银行行史博物馆是否设在这里，尚未确认。坐标为估算，误差约±200米"
            "。"
        ),
        "sources": [HUXI, BASTILLE, ACCSCIENCE, NOVEL_QQ, MBJI, EGDLX, KFD_GROUP, PLAN],
    },
    {
        "key": "central_bank",
        "slug": t("zhongyang-yinhang-jiuzhi", "former-central-bank"),
        "title": t("中央银行旧址", "Former Central Bank of China Building"),
        "intro": t(
            "中央银行旧址位于打铜街南端的道门口，1938年建成，两层地下室曾用作金库。",
            "Built in 1938 at Daomenkou, the southern end of Datong Street, the former Central "
            "Bank has two basement floors that served as vaults.",
        ),
        "body": {
            "zh": [
                "中央银行1928年开业，资本2000万元；1934年增资至1亿元，"
                "并享有发行钞票和经理国库的特权。1935年3月1日，中央银行重庆分行开业。抗战期间，"
                "总行由南京经武汉西迁，1938年8月抵达重庆。自1942年7月起，"
                "法币改由中央银行独家发行。",
                "大楼1938年建成，由基泰工程司设计，为五层钢筋混凝土建筑，面积约2500平方米，"
                "两层地下室用作金库。据《重庆日报》报道，地下金库里发现了两扇装饰考究的金库门，"
                "文物部门称这在重庆尚属首次（报道日期待核实）。",
                "2013年，中央银行旧址作为“重庆抗战金融机构旧址群”的组成部分，"
                "列入第七批全国重点文物保护单位。按照渝中区规划，这里将展示中央银行发展史、"
                "中央银行对西南金融业的影响以及近代金融机构发展史。",
            ],
            "en": [
                "The Central Bank of China opened in 1928 with 20 million yuan of capital. In "
                "1934 its capital was raised to 100 million, together with the privileges of "
                "issuing notes and managing the treasury. Its Chongqing branch opened on 1 March "
                "1935. In wartime the head office retreated from Nanjing via Wuhan, reaching "
                "Chongqing in August 1938, and from July 1942 the Central Bank became the sole "
                "issuer of the national currency, the fabi.",
                "The building, designed by the firm Kwan, Chu & Yang, was completed in 1938: five "
                "storeys of reinforced concrete, about 2,500 m², with two basement levels used as "
                "vaults. The Chongqing Daily has reported that two ornate vault doors were found "
                "in the basement — according to heritage officials, the first such find in the "
                "city (date of the report awaiting curator review).",
                "In 2013 the building was listed as part of the Former Sites of Chongqing's "
                "Wartime Financial Institutions. The district plan gives it three themes: the "
                "history of the Central Bank, its influence on finance in south-west China, and "
                "the development of modern financial institutions.",
            ],
        },
        "address": t(
            "重庆市渝中区打铜街道门口9号",
            "9 Daomenkou, south end of Datong Street, Yuzhong District, Chongqing",
        ),
        "latitude": 29.5594,
        "longitude": 106.5856,
        "location_certainty": "rough",
        "location_note": t(
            "根据门牌地址估算，误差约±250米，未经实测",
            "Estimated from the street address; about ±250 m, not surveyed",
        ),
        "year_built": 1938,
        "built_label": t("1938年建成", "Built 1938"),
        "architect": t("基泰工程司", "Kwan, Chu & Yang (architectural firm)"),
        "architectural_style": t(
            "五层钢筋混凝土建筑，地下两层为金库",
            "Five-storey reinforced-concrete building with a two-level basement vault",
        ),
        "protection_level": "national",
        "protection_note": t(
            "第七批全国重点文物保护单位（2013年），“重庆抗战金融机构旧址群”（7-1872）组成部分",
            "Listed in 2013 (7th batch) as a Major Historical and Cultural Site Protected at the "
            "National Level, as part of the Former Sites of Chongqing's Wartime Financial "
            "Institutions (no. 7-1872)",
        ),
        "current_use": t("", ""),
        "exhibition_themes": {
            "zh": ["中央银行发展史", "中央银行对西南金融行业的影响", "近代金融机构发展史"],
            "en": [
                "History of the Central Bank",
                "The Central Bank's influence on finance in south-west China",
                "Development of modern financial institutions",
            ],
        },
        "fact_check_notes": (
            "金库门的报道只在镜像页kwgfws.cn上见到（镜像日期2020年3月23日），《重庆日报》原报道日"
            "期待核实（可信度中低）。资本数字、分行开业（1935年3月1日）和总行抵渝（1938年8月）来自"
            "xing528.com（可信度中等）；1942年7月独家发行的日期来自bzszx.gov.cn（中等）。请核对地"
            "址写法“打铜街道门口9号”。具体设计者、现状用途和内部情况不详。坐标误差约±250米。"
        ),
        "sources": [XING528, KWGFWS, BZSZX, KFD_GROUP, PLAN],
    },
    {
        "key": "bocom",
        "slug": t("jiaotong-yinhang-jiuzhi", "former-bank-of-communications"),
        "title": t("交通银行旧址", "Former Bank of Communications Building"),
        "intro": t(
            "打铜街14号这座带罗马柱的欧式古典建筑，是交通银行旧址，与川康平民商业银行旧址比邻。",
            "With its Roman columns and great arched windows, No. 14 Datong Street is the former "
            "Bank of Communications, standing next door to the old Chuankang bank.",
        ),
        "body": {
            "zh": [
                "据《重庆日报》援引渝中区文物管理所工作人员的介绍，这座楼由一位中文译名为“倍克”"
                "的加拿大建筑师在1934至1935年间设计，原本拟作豪华饭店，后来才由银行使用。"
                "建筑为欧洲古典风格：入口有15级台阶，立面饰以罗马柱，大拱窗装有铁栅。",
                "交通银行创办于清末，创立年份有1907年和1908年两种说法。抗战期间，其总行先迁武汉，"
                "再迁重庆。1935年法币改革后，交通银行发行的钞票与中央银行、"
                "中国银行的钞票同为法定货币；1939年，它又与中央、中国、农民三家银行组成四联总处。",
                "2013年，交通银行旧址作为“重庆抗战金融机构旧址群”的组成部分，"
                "列入第七批全国重点文物保护单位。按照渝中区规划，"
                "这里将展示商业银行在抗战时期的贡献，以及建设银行、交通银行的发展史。建筑师原名、"
                "大楼建成和启用年份仍待核实。",
            ],
            "en": [
                "According to a district heritage officer quoted by the Chongqing Daily, the "
                "building was designed in 1934–35 by a Canadian architect whose name is "
                "transliterated into Chinese as 'Beike'. It was reportedly meant to be a luxury "
                "hotel and only later taken over by the bank. The style is European classical: "
                "fifteen steps up to the entrance, Roman columns, and large arched windows behind "
                "iron grilles.",
                "The Bank of Communications was founded in the last years of the Qing dynasty — "
                "sources differ between 1907 and 1908. In wartime its head office moved first to "
                "Wuhan and then to Chongqing. Its notes became legal tender in the 1935 currency "
                "reform, alongside those of the Central Bank and the Bank of China, and in 1939 "
                "it joined those two banks and the Farmers Bank in the Joint Head Office.",
                "In 2013 the building was listed as part of the Former Sites of Chongqing's "
                "Wartime Financial Institutions. The district plan gives it two exhibition themes: "
                "the commercial banks' wartime contribution, and the history of China Construction "
                "Bank and the Bank of Communications. The architect's real name and the years of "
                "completion "
                "and first use are still to be confirmed.",
            ],
        },
        "address": t("重庆市渝中区打铜街14号", "14 Datong Street, Yuzhong District, Chongqing"),
        "latitude": 29.5599,
        "longitude": 106.5849,
        "location_certainty": "rough",
        "location_note": t(
            "根据门牌地址估算，误差约±200米，未经实测",
            "Estimated from the street address; about ±200 m, not surveyed",
        ),
        "year_built": None,
        "built_label": t(
            "1934—1935年设计，建成年份待核实",
            "Designed 1934–35; completion year not yet confirmed",
        ),
        "architect": t(
            "加拿大建筑师，中文译名“倍克”（原名待核实）",
            "A Canadian architect known in Chinese as 'Beike' (original name not yet confirmed)",
        ),
        "architectural_style": t(
            "欧洲古典风格：15级入口台阶、罗马柱、带铁栅的大拱窗",
            "European classical: fifteen entrance steps, Roman columns, large arched windows with "
            "iron grilles",
        ),
        "protection_level": "national",
        "protection_note": t(
            "第七批全国重点文物保护单位（2013年），“重庆抗战金融机构旧址群”（7-1872）组成部分",
            "Listed in 2013 (7th batch) as a Major Historical and Cultural Site Protected at the "
            "National Level, as part of the Former Sites of Chongqing's Wartime Financial "
            "Institutions (no. 7-1872)",
        ),
        "current_use": t("", ""),
        "exhibition_themes": {
            "zh": ["商业银行抗战时期贡献", "建设银行、交通银行发展史"],
            "en": [
                "The commercial banks' wartime contribution",
                "History of China Construction Bank and the Bank of Communications",
            ],
        },
        "fact_check_notes": (
            "建筑师原名不详（只有中文译名“倍克”）；建成和启用年份待核实，只知道“1934—1935年设计”。"
            "建筑细节全部来自一位文物工作者（渝中区文管所吴涛）的介绍，经kwgfws.cn镜像的《重庆日报"
            "》报道转述（可信度中等）。创立年份1907年还是1908年，各来源说法不一（goo.ne.jp博客，可"
            "信度中低）。现状用途不详。坐标为估算，误差约±200米。"
        ),
        "sources": [KWGFWS, GOO, BZSZX, XING528, KFD_GROUP, PLAN],
    },
    {
        "key": "chuankang",
        "slug": t("chuankang-yinhang-jiuzhi", "former-chuankang-bank"),
        "title": t("川康平民商业银行旧址", "Former Chuankang Commercial Bank Building"),
        "intro": t(
            "打铜街16号的川康平民商业银行旧址是一座仿巴洛克风格的折衷主义建筑；据一些资料，抗战时"
            "期部分故宫文物曾存放在它的保险库里（另有说法为川盐银行）。",
            "No. 16 Datong Street, an eclectic building in a simulated Baroque style, was home to "
            "the Chuankang Commercial Bank; some sources say part of the Palace Museum's treasures "
            "were kept in its strong-room during the war (another names the Sichuan Salt Bank).",
        ),
        "body": {
            "zh": [
                "川康平民商业银行成立于1937年9月，由川康殖业银行（1929年创办）、"
                "重庆平民银行（1928年创办）和四川商业银行（1932年创办）三家合并而成。",
                "大楼为砖木与钢筋混凝土混合结构，地上四层、地下一层，进深35.63米，面宽15.60米，"
                "建筑面积2603.3平方米，朝向南偏东15度，风格被称为“仿巴洛克”或折衷主义。"
                "大楼的建成年份尚待核实，目前只知道它自1937年起在抗战时期为银行所用。",
                "抗战时期，存放在重庆的故宫文物有9000余箱，据称其中一部分存放在这家银行的保险库中"
                "，不过也有来源称存放地是川盐银行。",
                "2013年，川康平民商业银行旧址作为“重庆抗战金融机构旧址群”的组成部分，"
                "列入第七批全国重点文物保护单位（另有一处来源记为2008年，"
                "此处采用国家名录所载的2013年）。大楼目前由邮政部门使用。按照渝中区规划，"
                "这里将展示地方银行在抗战时期的贡献和川康平民商业银行发展史。",
            ],
            "en": [
                "The Chuankang Commercial Bank was formed in September 1937 by merging three "
                "banks: the Chuankang Industrial Bank (founded 1929), the Chongqing Pingmin Bank "
                "(1928) and the Sichuan Commercial Bank (1932).",
                "The building mixes brick-and-timber with reinforced concrete: four floors above "
                "ground and one below, 35.63 m deep and 15.60 m wide, with 2,603.3 m² of floor "
                "space, facing 15° east of south. Its style has been called simulated Baroque, or "
                "eclectic. The year it was built is not yet confirmed; what is known is that the "
                "bank used it in wartime, from 1937.",
                "More than 9,000 boxes of Palace Museum treasures were kept in Chongqing during "
                "the war, and some of them are said to have been kept in this bank's strong-room, "
                "although one source names the Sichuan Salt Bank instead.",
                "In 2013 the building was listed as part of the Former Sites of Chongqing's "
                "Wartime Financial Institutions (one source gives 2008; we follow the 2013 "
                "national list). It is now used by the postal service. The district plan gives it "
                "two themes: the wartime role of the local banks and the history of the Chuankang "
                "bank itself.",
            ],
        },
        "address": t("重庆市渝中区打铜街16号", "16 Datong Street, Yuzhong District, Chongqing"),
        "latitude": 29.5598,
        "longitude": 106.585,
        "location_certainty": "rough",
        "location_note": t(
            "根据门牌地址估算，误差约±200米，未经实测",
            "Estimated from the street address; about ±200 m, not surveyed",
        ),
        "year_built": None,
        "built_label": t(
            "待核实（1937年起为银行所用）",
            "Not yet confirmed (in bank use from 1937)",
        ),
        "architect": t("", ""),
        "architectural_style": t(
            "仿巴洛克／折衷主义；砖木与钢筋混凝土混合结构，地上四层、地下一层",
            "Simulated Baroque / eclectic; brick-timber and reinforced concrete, four floors plus "
            "a basement",
        ),
        "protection_level": "national",
        "protection_note": t(
            "第七批全国重点文物保护单位（2013年），“重庆抗战金融机构旧址群”（7-1872）组成部分；"
            "另有来源记为2008年",
            "Listed in 2013 (7th batch) as a Major Historical and Cultural Site Protected at the "
            "National Level, part of the Former Sites of "
            "Chongqing's Wartime Financial Institutions (no. 7-1872); one source gives 2008",
        ),
        "current_use": t("邮政部门使用", "Used by the postal service"),
        "exhibition_themes": {
            "zh": ["地方银行抗战时期贡献", "川康平民商业银行发展史"],
            "en": ["The local banks' wartime contribution", "History of the Chuankang bank"],
        },
        "fact_check_notes": (
            "建成年份待核实（只知道1937年起在抗战时期使用）。来源冲突：列入名录的年份，国家名录为"
            "2013年，rhs.com.cn（修缮公司页面）记为2008年——正文采用2013年。来源冲突：故宫文物存放"
            "在这里（rhs.com.cn、kfd.me），还是存放在川盐银行（newsflash.city，可信度低），正文已"
            "写明“据一些资料”并注出另一说法。现由邮政部门使用的说法来自kfd.me维基镜像页（可信度中"
            "等）。银行的正式英文名未确认；英文译名中“平民”“殖业”的处理不统一（Chuankang "
            "Commercial Bank、Chongqing Pingmin Bank、Chuankang Industrial Bank），请馆员定一种译"
            "法。坐标误差约±200米。"
        ),
        "sources": [RHS, WIKIM_CK, NEWSFLASH, KFD_GROUP, PLAN],
    },
    {
        "key": "chuanyan",
        "slug": t("chuanyan-yinhang-jiuzhi", "former-sichuan-salt-bank"),
        "title": t("川盐银行旧址", "Former Sichuan Salt Bank Building"),
        "intro": t(
            "川盐银行旧址与美丰银行隔新华路相望，建于20世纪30年代中期，今为重庆饭店。",
            "Facing Meifeng across Xinhua Road, the former Sichuan Salt Bank dates from the "
            "mid-1930s and is now the Chongqing Hotel.",
        ),
        "body": {
            "zh": [
                "1938年7月31日，国民政府经济部迁入，借用川盐银行的房屋办公，"
                "因此这里也是国民政府经济部旧址。",
                "有资料称，川盐银行由吴受彤创办，前身是重庆盐业银行；"
                "民间还流传着它与对面美丰银行比楼高的故事。"
                "另有一则资料说抗战时期故宫文物曾存放在这里，与“存放在川康平民商业银行”"
                "的说法不同。这些说法的来源可靠性较低，尚待馆员核实。",
                "1949年“九二大火”时，这座位于当时曹家巷口的混凝土大楼与美丰银行等建筑一起挡住了火"
                "势。另据一份资料，大楼1959年改作饭店，1987年起为中港合资饭店，"
                "2007年扩建（待核实）。",
                "川盐银行旧址不属于“重庆抗战金融机构旧址群”，本身的文物保护级别尚未查明；"
                "门牌号和设计者也有待核实（仅一则机器翻译的资料称由基泰工程司设计）。"
                "按照渝中区规划，这里将展示抗战金融发展史，并开展金融主题教育。",
            ],
            "en": [
                "On 31 July 1938 the Nationalist government's Ministry of Economic Affairs moved "
                "in, borrowing the bank's premises, so the building is also the former site of "
                "that ministry.",
                "Some sources say the bank was founded by Wu Shoutong and began as the Chongqing "
                "Salt Industry Bank, and local legend tells of a race with Meifeng across the "
                "road to build the taller tower. One source also says Palace Museum treasures "
                "were kept here in wartime, which differs from accounts naming the Chuankang "
                "bank. These sources are weak; all of this is awaiting curator review.",
                "In the fire of 2 September 1949 this concrete building, then at the mouth of "
                "Caojia Lane, was among those that stopped the flames. According to one source "
                "(awaiting curator review), it became a hotel in 1959, a Sino–Hong Kong "
                "joint-venture hotel from 1987, and was extended in 2007.",
                "The Salt Bank is not part of the listed group of wartime financial sites, and "
                "its own protection status has not been confirmed; nor have its street number or "
                "architect (a single machine-translated source names Kwan, Chu & Yang). The "
                "district plan gives it two themes: the history of wartime finance, and financial "
                "education.",
            ],
        },
        "address": t(
            "重庆市渝中区新华路（重庆饭店，门牌号待核实）",
            "Xinhua Road, Yuzhong District, Chongqing (Chongqing Hotel; street number not yet "
            "confirmed)",
        ),
        "latitude": 29.5608,
        "longitude": 106.5836,
        "location_certainty": "rough",
        "location_note": t(
            "根据街道位置估算，误差约±150米，来源可信度低，未经实测",
            "Estimated from the street; about ±150 m but from low-confidence data, not surveyed",
        ),
        "year_built": None,
        "built_label": t(
            "20世纪30年代中期（具体年份待核实）",
            "Mid-1930s (exact year not yet confirmed)",
        ),
        "architect": t(
            "待核实（一则机器翻译的资料称为基泰工程司）",
            "Not yet confirmed (one machine-translated source names Kwan, Chu & Yang)",
        ),
        "architectural_style": t("", ""),
        "protection_level": "unknown",
        "protection_note": t(
            "不属于“重庆抗战金融机构旧址群”；保护级别待核实",
            "Not part of the Former Sites of Chongqing's Wartime Financial Institutions; "
            "protection status not yet confirmed",
        ),
        "current_use": t("重庆饭店", "Chongqing Hotel"),
        "exhibition_themes": {
            "zh": ["抗战金融发展史", "金融主题教育"],
            "en": ["History of wartime finance", "Finance-themed education"],
        },
        "fact_check_notes": (
            "门牌号、创办年份、设计者（只有一则机器翻译的资料称为基泰工程司，可信度低）和文物保护"
            "级别均待核实。创办人吴受彤、前身重庆盐业银行以及与美丰比楼高的传说，来自"
            "newsflash.city（可信度低）。饭店的1959、1987、2007年等年份来自mbji.cn（可信度低）。来"
            "源冲突：故宫文物存放在这里还是川康银行。1938年7月31日经济部迁入来自egdlx.com（中等）"
            "。银行的正式英文名未确认。研究笔记给出的误差为±150米，但因其可信度低，位置精度仍标为“"
            "粗略”。"
        ),
        "sources": [EGDLX, NEWSFLASH, MBJI, NOVEL_QQ, PLAN],
    },
    {
        "key": "juxingcheng",
        "slug": t("juxingcheng-yinhang-jiuzhi", "former-juxingcheng-bank"),
        "title": t("聚兴诚银行旧址", "Former Juxingcheng Bank Building"),
        "intro": t(
            "聚兴诚银行1915年创办，是重庆最早的本土现代银行。"
            "其旧址2013年列入全国重点文物保护单位，但确切位置目前尚未确认。",
            "Founded in 1915, Juxingcheng was Chongqing's earliest home-grown modern bank. Its "
            "former building is a national heritage site, but its exact location has not yet been "
            "confirmed.",
        ),
        "body": {
            "zh": [
                "聚兴诚银行由杨希仲、杨粲三于1915年4月创办，资本100万元，"
                "是重庆最早的本土现代银行，当时被称为四川各银行之首。有资料称，"
                "其上海分行在1919年开设了中国第一个银行信托部；总行1921年迁往汉口，"
                "1930年迁回重庆（这两条来源可靠性一般，待核实）。",
                "旧址建筑共六层：地上四层为中西合璧的砖木结构办公楼，地下两层是库房和金库。"
                "平面呈“凹”字形，左右对称，正立面为弧形；建筑面积5069平方米，占地1264平方米。"
                "2020年5月的一篇探访记说，大楼已修缮完毕但尚未开放，目前情况不详。",
                "2013年，聚兴诚银行旧址作为“重庆抗战金融机构旧址群”的组成部分，"
                "列入第七批全国重点文物保护单位；渝中区规划也把它列为需修缮的老银行旧址，"
                "但没有为它拟定展陈主题。上述探访记把它放在解放东路、白象街一带，"
                "具体地址和坐标尚待核实。",
            ],
            "en": [
                "Yang Xizhong and Yang Cansan founded Juxingcheng in April 1915 with one million "
                "yuan. It was Chongqing's earliest home-grown modern bank and was regarded as the "
                "leader of the Sichuan banks. Some sources say its Shanghai branch opened China's "
                "first bank trust department in 1919, and that the head office moved to Hankou in "
                "1921 and back to Chongqing in 1930 (both points awaiting curator review).",
                "The building has six levels: four above ground, Sino-Western brick-and-timber "
                "offices, and two below, for stores and the vault. Its symmetrical U-shaped plan "
                "has a curved main front, with 5,069 m² of floor space on a 1,264 m² footprint. A "
                "visitor's note from May 2020 describes it as restored but not yet open; its "
                "present state is unknown.",
                "In 2013 it was listed as part of the Former Sites of Chongqing's Wartime "
                "Financial Institutions. The district plan names it among the old bank buildings "
                "to be repaired but gives it no exhibition themes. The 2020 note places it near "
                "Jiefang East Road and Baixiang Street; the exact address and map position are "
                "still to be confirmed.",
            ],
        },
        "address": t("", ""),
        "latitude": None,
        "longitude": None,
        "location_certainty": "rough",
        "location_note": t(
            "位置尚未确认，暂不标注地图坐标（或在解放东路、白象街一带）",
            "Location not yet confirmed, so no map position is given (possibly near Jiefang East "
            "Road / Baixiang Street)",
        ),
        "year_built": None,
        "built_label": t("待核实", "Not yet confirmed"),
        "architect": t("", ""),
        "architectural_style": t(
            "中西合璧砖木结构，地上四层、地下两层，“凹”字形对称平面，弧形正立面",
            "Sino-Western brick and timber; four floors above ground and two below; symmetrical "
            "U-shaped plan with a curved front",
        ),
        "protection_level": "national",
        "protection_note": t(
            "第七批全国重点文物保护单位（2013年），“重庆抗战金融机构旧址群”（7-1872）组成部分",
            "Listed in 2013 (7th batch) as a Major Historical and Cultural Site Protected at the "
            "National Level, as part of the Former Sites of Chongqing's Wartime Financial "
            "Institutions (no. 7-1872)",
        ),
        "current_use": t("", ""),
        "exhibition_themes": {"zh": [], "en": []},
        "fact_check_notes": (
            "街道地址和坐标待核实；2020年的一篇探访记（cailv.blogchina.com）把它放在解放东路、白象"
            "街一带。建成年份和设计者不详。“已修缮但尚未开放”是2020年5月26日的情况，目前状况不详。"
            "1919年信托部和1921、1930年总行迁移来自cj8817.cn（可信度中低）。“四川各银行之首”转述自"
            "新浪财经（中等）。规划第4框未列入聚兴诚，因此没有展陈主题。"
        ),
        "sources": [BLOGCHINA, SINA_2024, CJ8817, KFD_GROUP, PLAN],
    },
]


# Museums (plan box 10) with their exhibits
MUSEUMS = [
    {
        "key": "jinbo",
        "slug": t("chongqing-jinrong-lishi-bowuguan", "chongqing-financial-history-museum"),
        "title": t("重庆金融历史博物馆", "Chongqing Financial History Museum"),
        "short_name": t("金博", "Jinbo"),
        "intro": t(
            "重庆金融历史博物馆（简称“金博”）设在小什字的美丰银行旧址内，"
            "地下金库也在参观范围之内。",
            "The Chongqing Financial History Museum, known as Jinbo, occupies the former Meifeng "
            "Bank at Xiaoshizi, and the visit takes in the building's underground vault.",
        ),
        "body": {
            "zh": [
                "2024年10月的报道称金博“新近开馆”，确切开馆日期尚待馆员核实。"
                "改造后的大楼建筑面积5321平方米，其中展陈面积2600平方米；一层营业大厅高约6.3米。"
                "另据文物资料，美丰大楼原建筑面积为3352.5平方米。",
                "馆内展示了重庆金融史上的多个“第一”：1896年汤子敬开设的同生福，是重庆第一家钱庄；"
                "1899年中国通商银行设立重庆分行，是当地第一家现代银行；1905年开办的濬川源银行，"
                "是第一家省级官办银行（开办时间另有1904年一说）；"
                "此外还有1915年4月创立的聚兴诚银行。",
                "按照渝中区规划，金博设有七个场景——美丰银行柜台、复原战时西迁、美丰银行办公、"
                "废币存放、黄金存放、钞票处理、人民币存放，以及六个故事——传统当铺、现代银行、"
                "通货膨胀、九二大火、折实储蓄、股票认购。各场景的具体展陈内容尚待馆员补充，"
                "故事部分根据现有史料撰写，同样有待审核。",
                "开放时间、门票和联系方式暂未确认，请以馆方公布的信息为准。",
            ],
            "en": [
                "A report in October 2024 described Jinbo as 'recently opened'; the exact opening "
                "date is awaiting curator review. After conversion the building has 5,321 m² of "
                "floor space, 2,600 m² of it for exhibitions, and the ground-floor banking hall "
                "is about 6.3 m high. The heritage record gives 3,352.5 m² for the original "
                "building.",
                "The museum presents a series of Chongqing 'firsts': Tongshengfu, the city's "
                "first money shop, opened by Tang Zijing in 1896; the Imperial Bank of China's "
                "branch of 1899, its first modern bank; the Junchuanyuan Bank of 1905, the first "
                "provincial official bank (some sources say 1904); and Juxingcheng Bank, founded "
                "in April 1915.",
                "Under the district plan Jinbo has seven scenes — the Meifeng banking counter, "
                "the wartime move west, the Meifeng offices, storing withdrawn notes, gold "
                "storage, banknote processing and renminbi storage — and six stories: traditional "
                "pawnshops, modern banks, inflation, the great fire of 1949, commodity-indexed "
                "savings and share subscription. The scenes' contents are still to be supplied by "
                "the curators; the stories are drafted from available sources and also await "
                "review.",
                "Opening hours, admission and contact details have not yet been confirmed; please "
                "check the museum's own announcements.",
            ],
        },
        "address": t(
            "重庆市渝中区新华路74号（美丰银行旧址）",
            "74 Xinhua Road, Yuzhong District, Chongqing (former Meifeng Bank building)",
        ),
        "opening_hours": t("", ""),
        "admission": t("", ""),
        "accessibility": t(
            "参观路线包含地下金库；电梯、无障碍通道等设施情况尚待核实。",
            "The visit includes the underground vault. Lifts, step-free access and other "
            "facilities are not yet confirmed.",
        ),
        "contact_notes": t("", ""),
        "latitude": 29.5606,
        "longitude": 106.5832,
        "location_certainty": "approximate",
        "location_note": t(
            "根据门牌地址和小什字站位置估算，误差约±150米，未经实测",
            "Estimated from the street address and Xiaoshizi station; about ±150 m, not surveyed",
        ),
        "building": "meifeng",
        "fact_check_notes": (
            "确切开馆日期待核实（新浪财经2024年10月称“新近开馆”）。未找到正式英文馆名，“Chongqing "
            "Financial History Museum”是本站自译。面积冲突：5321平方米（yzb.cqyznews.com，2025年，"
            "改造后）与3352.5平方米（文物资料，原建筑）。来源冲突：濬川源银行开办于1904年还是1905"
            "年（“濬”有的资料写作“浚”，请定一种写法）。“中国通商银行”英译为Imperial Bank of China"
            "，请确认。七个场景的内容全部待核实。请勿与2021年5月18日新华社、人民网报道在重庆开馆的"
            "金融博物馆（三层、3000多平方米、700多件展品）混为一谈，该馆身份不明。开放时间、门票、"
            "联系方式和无障碍设施均不详。新浪财经报道中的“绿色金融大道示范项目”说法含义不清，未采"
            "用。"
        ),
        "sources": [YZB_2025, SINA_2024, GOV_MEIFENG, BLOGCHINA, MEIPIAN_JCY, PEOPLE_2021, PLAN],
        "exhibits": [
            {
                "key": "scene_counter",
                "kind": "scene",
                "position": 1,
                "slug": t("meifeng-yinhang-guitai", "meifeng-banking-counter"),
                "title": t("美丰银行柜台", "Meifeng Banking Counter"),
                "intro": t(
                    "金博七个场景中的第一个，主题是美丰银行的营业柜台。旧址一层的营业大厅保存至今"
                    "，本场景是否设在大厅内待核实。",
                    "The first of Jinbo's seven scenes, on the Meifeng Bank's banking counter. The "
                    "old bank's ground-floor banking hall survives; whether the scene is set there "
                    "is not yet confirmed.",
                ),
                "body": {
                    "zh": [
                        "规划列有“美丰银行柜台”场景。大楼一层的营业大厅高约6.3米；大楼1935年8月落"
                        "成，“美丰商业银行”的招牌为于右任所题。美丰银行1922年开业，"
                        "起初是中美合资，1927年起全部股份归中方所有。",
                        "本展区的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "The plan lists a scene showing the Meifeng Bank's banking counter. The "
                        "banking hall is on the ground floor and about 6.3 m high; the "
                        "building was completed in August 1935, and the bank's signboard was "
                        "written by Yu Youren. Meifeng opened in 1922 as a Sino-American venture "
                        "and was wholly Chinese-owned from 1927.",
                        "The details of this scene are still to be supplied by the museum's "
                        "curators.",
                    ],
                },
                "period_start_year": None,
                "period_end_year": None,
                "period_label": t("", ""),
                "location_in_museum": t(
                    "一层营业大厅（待核实）", "Banking hall, ground floor (not yet confirmed)"
                ),
                "audio_transcript": t(
                    "欢迎来到美丰银行旧址。您所在的一层营业大厅，高约6.3米。"
                    "这座七层大楼由建筑师杨廷宝设计，1935年8月落成，“美丰商业银行”"
                    "的招牌出自于右任之手。美丰银行1922年开业，最初是中美合资，"
                    "1927年美方股份全部转归中方；银行由康心如主持。1949年“九二大火”中，"
                    "这座混凝土大楼还帮助挡住了火势。柜台场景的具体布置，尚待馆员补充说明。",
                    "Welcome to the former Meifeng Bank. This ground-floor banking hall is about "
                    "6.3 metres high. The seven-storey building, designed by Yang Tingbao, was "
                    "completed in August 1935, and Yu Youren wrote the bank's signboard. Meifeng "
                    "opened in 1922 as a Sino-American venture; by 1927 the American shares had "
                    "all passed to Chinese owners. The bank was run by Kang Xinru. In the great "
                    "fire of 1949 this concrete building helped hold back the flames. Details of "
                    "the counter scene are still to come from the curators.",
                ),
                "fact_check_notes": (
                    "场景内容待核实：尚未找到展陈文字，本页只复述规划中的场景名称和大楼史实。场景"
                    "是否设在一层营业大厅，资料只有新浪财经一处提及（而场景内容整体未经核实），正"
                    "文已注明待核实。营业大厅高6.3米来自新浪财经2024年10月21日的报道（可信度中等）"
                    "。资料没有康心如主持银行的起始年份，因此语音稿不写年份。语音稿是未正式录音的"
                    "草稿。"
                ),
                "sources": [SINA_2024, GOV_MEIFENG, NOVEL_QQ, PLAN],
            },
            {
                "key": "scene_relocation",
                "kind": "scene",
                "position": 2,
                "slug": t("fuyuan-zhanshi-xiqian", "wartime-move-west"),
                "title": t("复原战时西迁", "The Wartime Move West"),
                "intro": t(
                    "本场景的主题是抗战时期政府机构、银行和文物西迁重庆。",
                    "This scene is about the wartime move of government, banks and national "
                    "treasures to Chongqing.",
                ),
                "body": {
                    "zh": [
                        "1937年11月20日，国民政府宣布移驻重庆；1938年12月8日，"
                        "国民政府军事委员会迁抵重庆；1940年9月6日，重庆被定为陪都。"
                        "1946年5月5日国民政府发布还都令，而重庆的陪都地位一直延续到1949年11月30日"
                        "重庆解放。",
                        "金融机构也随之西迁：中央银行总行经武汉于1938年8月抵渝，"
                        "同年中央银行和中国农民银行曾使用美丰大楼；"
                        "中国银行总管理处和交通银行总行也相继迁来重庆。",
                        "故宫文物也迁到了重庆。1938年5月22日，故宫文物运抵重庆，"
                        "共9000余箱（一说9338箱），在轰炸中分存城内多处，"
                        "其中安达森洋行存放3694箱；另有一部分存于川康平民商业银行，"
                        "也有来源说是川盐银行，各方说法不一。",
                        "本展区的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "On 20 November 1937 the Nationalist government announced its move to "
                        "Chongqing; the government's Military Affairs Commission arrived on 8 "
                        "December 1938; and on 6 September 1940 the city was made the auxiliary "
                        "capital. The order to return to Nanjing came on 5 May 1946, but "
                        "Chongqing kept that status until its liberation on 30 November 1949.",
                        "The banks came too. The Central Bank's head office reached Chongqing via "
                        "Wuhan in August 1938, and that year the Central Bank and the Farmers "
                        "Bank of China used the Meifeng building. The head offices of the Bank of "
                        "China and the Bank of Communications also moved to the city.",
                        "So did the Palace Museum's treasures. They reached Chongqing on 22 May "
                        "1938 — more than 9,000 boxes (9,338 in one report) — and were kept in "
                        "several places through the bombing, 3,694 boxes of them at the Andersen "
                        "& Co. premises. Some went to the Chuankang bank, though one source names "
                        "the Sichuan Salt Bank instead; sources differ.",
                        "The details of this scene are still to be supplied by the museum's "
                        "curators.",
                    ],
                },
                "period_start_year": 1937,
                "period_end_year": 1946,
                "period_label": t("1937—1946年", "1937–1946"),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "场景内容待核实。1937—1946年这一时段是本站的划分（从宣布移驻到还都令）。陪都相"
                    "关日期：istpei.com（可信度高）和oson.ca（中等）。故宫文物的抵渝日期和箱数来自"
                    "sjmsw.net、1shoucang.com（中等）；存放在川康还是川盐，来源冲突。“安达森洋行”"
                    "英译为Andersen & Co.，请核对该洋行的英文名。中国银行总管理处迁渝日期待核实。"
                ),
                "sources": [
                    ISTPEI,
                    OSON,
                    XING528,
                    SINA_2024,
                    SJMSW,
                    SHOUCANG,
                    RHS,
                    NEWSFLASH,
                    GOO,
                    PLAN,
                ],
            },
            {
                "key": "scene_offices",
                "kind": "scene",
                "position": 3,
                "slug": t("meifeng-yinhang-bangong", "meifeng-bank-offices"),
                "title": t("美丰银行办公", "Meifeng Bank Offices"),
                "intro": t(
                    "本场景以美丰银行的办公为题（具体内容待馆员补充）。",
                    "This scene takes the Meifeng Bank's offices as its theme (details awaiting "
                    "curator review).",
                ),
                "body": {
                    "zh": [
                        "美丰银行由康心如主持，他自1937年起担任重庆银行公会主席。1931年至1948年，"
                        "银行先后招收练习生27期、共737人；1937年入行的余跃泽，"
                        "后来成为中国人民银行重庆分行首任行长。",
                        "本展区的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "Kang Xinru ran the Meifeng Bank and, from 1937, chaired the Chongqing "
                        "bankers' association. Between 1931 and 1948 the bank trained 737 "
                        "apprentices in 27 intakes. Yu Yueze, who joined the bank in 1937, later "
                        "became the first president of the People's Bank of China's "
                        "Chongqing branch.",
                        "The details of this scene are still to be supplied by the museum's "
                        "curators.",
                    ],
                },
                "period_start_year": None,
                "period_end_year": None,
                "period_label": t("", ""),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "场景内容待核实；办公场景设在大楼哪个位置不详。康心如的史实来自文物资料（可信"
                    "度高）；练习生人数和余跃泽来自zixin.com.cn（中等）。资料只说余跃泽1937年入行"
                    "，未说他是练习生出身；如需这样写，请先核对该来源。"
                ),
                "sources": [GOV_MEIFENG, ZIXIN, PLAN],
            },
            {
                "key": "scene_old_notes",
                "kind": "scene",
                "position": 4,
                "slug": t("feibi-cunfang", "storing-withdrawn-notes"),
                "title": t("废币存放", "Storing Withdrawn Notes"),
                "intro": t(
                    "本场景与“通货膨胀”故事相呼应，主题是退出流通的旧钞。",
                    "Linked to the inflation story, this scene is about notes withdrawn from "
                    "circulation.",
                ),
                "body": {
                    "zh": [
                        "近代重庆经历了多次币制更替：1935年11月推行法币；1948年8月19日改发金圆券，"
                        "1金圆券折合法币300万元。解放后，"
                        "上海按10万元金圆券兑换1元人民币的比率收兑旧币，重庆的兑换比率待核实。",
                        "本展区的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "Chongqing lived through several changes of currency: the fabi reform of "
                        "November 1935, then the gold yuan notes of 19 August 1948, each worth "
                        "three million fabi. After liberation Shanghai redeemed gold yuan notes "
                        "at 100,000 to one renminbi; the rate used in Chongqing is not yet "
                        "confirmed.",
                        "The details of this scene are still to be supplied by the museum's "
                        "curators.",
                    ],
                },
                "period_start_year": None,
                "period_end_year": None,
                "period_label": t("", ""),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "场景内容待核实。币制史实来自bzszx.gov.cn、ranfinancial.com和zjwz.cnepaper.com"
                    "（可信度中等）；重庆的旧币兑换比率待核实。"
                ),
                "sources": [BZSZX, RANFIN, ZJWZ, PLAN],
            },
            {
                "key": "scene_gold",
                "kind": "scene",
                "position": 5,
                "slug": t("huangjin-cunfang", "gold-storage"),
                "title": t("黄金存放", "Gold Storage"),
                "intro": t(
                    "本场景的主题是黄金的存放。大楼的地下金库如今可以参观；本场景的位置待核实。",
                    "This scene is about keeping gold. The building's underground vault can now be "
                    "visited; where the scene is set is not yet confirmed.",
                ),
                "body": {
                    "zh": [
                        "美丰大楼的地下金库如今是参观路线的一部分。币制改革与金银管理密切相关："
                        "1935年法币改革时白银收归国有；"
                        "1948年金圆券改革则要求民间交出所持有的黄金、白银和外币。",
                        "本展区的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "The Meifeng building's underground vault is now part of the visit. "
                        "Currency reform and control of precious metals went hand in hand: the "
                        "1935 fabi reform nationalised silver, and the 1948 gold yuan reform "
                        "required people to hand over the gold, silver and foreign currency they "
                        "held.",
                        "The details of this scene are still to be supplied by the museum's "
                        "curators.",
                    ],
                },
                "period_start_year": None,
                "period_end_year": None,
                "period_label": t("", ""),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "场景内容待核实：研究资料只在“各场景内容待核实”的标题下把本场景与地下金库联系"
                    "起来，因此正文不再说场景设在金库，“展区位置”一栏留空。2025年博物馆报道说金库"
                    "在参观范围之内（yzb.cqyznews.com，中等）。没有任何来源说美丰银行曾在这里存放"
                    "黄金。"
                ),
                "sources": [YZB_2025, BZSZX, RANFIN, PLAN],
            },
            {
                "key": "scene_note_processing",
                "kind": "scene",
                "position": 6,
                "slug": t("chaopiao-chuli", "banknote-processing"),
                "title": t("钞票处理", "Banknote Processing"),
                "intro": t(
                    "本场景的主题是银行如何处理钞票。",
                    "This scene is about how the bank handled banknotes.",
                ),
                "body": {
                    "zh": [
                        "按照规划，“钞票处理”是金博七个场景中的第六个。"
                        "目前尚未找到关于这一场景的任何资料。本展区的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "The plan lists banknote processing as the sixth of Jinbo's seven scenes. "
                        "No information about it has been found so far. The details of this scene "
                        "are still to be supplied by the museum's curators.",
                    ],
                },
                "period_start_year": None,
                "period_end_year": None,
                "period_label": t("", ""),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "场景内容待核实：研究资料除场景名称外没有任何信息。在大楼中的位置不详。"
                ),
                "sources": [PLAN],
            },
            {
                "key": "scene_rmb",
                "kind": "scene",
                "position": 7,
                "slug": t("renminbi-cunfang", "renminbi-storage"),
                "title": t("人民币存放", "Renminbi Storage"),
                "intro": t(
                    "本场景转向1949年以后：这座大楼曾是中国人民银行重庆分行的所在地。",
                    "This scene turns to the years after 1949, when the building served the "
                    "People's Bank of China in Chongqing.",
                ),
                "body": {
                    "zh": [
                        "1949年11月30日重庆解放。12月5日起，金融接管人员陆续接管了“四行”及省、"
                        "市银行等18个单位，至1950年1月20日全部完成。"
                        "美丰大楼此后由中国人民银行重庆分行使用，"
                        "分行首任行长余跃泽于1937年进入美丰银行。",
                        "本展区的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "Chongqing was liberated on 30 November 1949. From 5 December the "
                        "financial takeover team took charge of 18 institutions — the 'Big Four' "
                        "banks, the provincial and city banks and others — finishing on 20 "
                        "January 1950. The Meifeng building was later used by the People's Bank "
                        "of China's Chongqing branch, whose first president, Yu Yueze, had joined "
                        "Meifeng in 1937.",
                        "The details of this scene are still to be supplied by the museum's "
                        "curators.",
                    ],
                },
                "period_start_year": 1949,
                "period_end_year": None,
                "period_label": t("1949年以后", "From 1949"),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "场景内容待核实。人民银行重庆分行迁入大楼的日期不详（novel.qq.com，中等，只说“"
                    "此后”）。接管日期来自juhezwn.com（中等）。余跃泽1937年入行来自zixin.com.cn（"
                    "中等）。"
                ),
                "sources": [JUHE, NOVEL_QQ, ZIXIN, PLAN],
            },
            {
                "key": "story_pawnshop",
                "kind": "story",
                "position": 1,
                "slug": t("chuantong-dangpu", "traditional-pawnshops"),
                "title": t("传统当铺", "Traditional Pawnshops"),
                "intro": t(
                    "现代银行出现以前，重庆的传统金融靠的是当铺、票号和钱庄。",
                    "Before modern banks arrived, Chongqing's finance ran on pawnshops, "
                    "remittance houses and money shops.",
                ),
                "body": {
                    "zh": [
                        "老重庆有一种说法：先有当铺，后有票号，再后才是钱庄。"
                        "清代四川和重庆的典当业，主要掌握在陕西商人手中。",
                        "钱庄方面，1896年汤子敬开设的同生福被认为是重庆第一家钱庄，"
                        "金博也把它列为本地金融史上的“第一”之一。"
                        "本故事的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "An old Chongqing saying puts them in order: first came the pawnshops, "
                        "then the remittance houses (piaohao), and only after that the money "
                        "shops (qianzhuang). In the Qing dynasty pawnbroking in Sichuan and "
                        "Chongqing was largely in the hands of merchants from Shaanxi.",
                        "Tongshengfu, opened by Tang Zijing in 1896, is counted as Chongqing's "
                        "first money shop, and Jinbo lists it among the city's financial "
                        "'firsts'. The details of how the museum tells this story are still to be "
                        "supplied by its curators.",
                    ],
                },
                "period_start_year": None,
                "period_end_year": None,
                "period_label": t("清代至近代", "Qing dynasty to the Republican era"),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "当铺、票号、钱庄的史实和“先有当铺”的说法来自一篇美篇文章（可信度中等），请核"
                    "对这句说法的原话。同生福1896年来自新浪财经（中等）。馆方的故事文字尚未见到。"
                ),
                "sources": [MEIPIAN_PAWN, SINA_2024, PLAN],
            },
            {
                "key": "story_modern_bank",
                "kind": "story",
                "position": 2,
                "slug": t("xiandai-yinhang", "modern-banks"),
                "title": t("现代银行", "Modern Banks"),
                "intro": t(
                    "1891年开埠以后，现代银行陆续来到重庆。",
                    "Modern banking reached Chongqing after the city opened as a treaty port in "
                    "1891.",
                ),
                "body": {
                    "zh": [
                        "1890年《烟台条约续增专条》签订后，重庆于1891年开埠，"
                        "白象街成为最早的洋行和金融聚集区。",
                        "1899年，中国通商银行在重庆设立分行，这是重庆第一家现代银行。"
                        "至于第一家省级官办银行濬川源银行何时开办，各来源说法不一："
                        "一说1904年3月在打铜街开业，一说1905年（或为10月19日）。",
                        "此后重庆又陆续出现新的银行：1915年4月聚兴诚银行创立，1922年中美合资的美丰"
                        "银行开业。"
                        "有资料称，抗战前夕重庆有银行13家，到1939年底已增至30余家，"
                        "资本约1亿元（待馆员核实）。",
                    ],
                    "en": [
                        "After the Additional Article to the Chefoo Convention was signed in "
                        "1890, Chongqing opened as a treaty port in 1891, and Baixiang Street "
                        "became its first quarter of foreign firms and finance.",
                        "The city's first modern bank was the Chongqing branch of the Imperial "
                        "Bank of China, opened in 1899. Sources differ on when the first "
                        "provincial official bank, the Junchuanyuan Bank, opened: one says March "
                        "1904 on Datong Street, another 1905 (possibly 19 October).",
                        "More banks followed: Juxingcheng was founded in April 1915, and the "
                        "Sino-American Meifeng Bank opened in 1922. One source says Chongqing had "
                        "13 banks on the eve of the "
                        "war and more than 30, with about 100 million yuan of capital, by the end "
                        "of 1939 (awaiting curator review).",
                    ],
                },
                "period_start_year": 1891,
                "period_end_year": 1939,
                "period_label": t("1891—1939年", "1891–1939"),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "来源冲突：濬川源银行开办于1904年3月（在打铜街）还是1905年（或为10月19日），新"
                    "浪财经、blogchina和美篇说法不一。“中国通商银行”英译为Imperial Bank of China，"
                    "请确认。银行数量（13家、30余家、资本约1亿元）来自blogchina（可信度中低）。"
                    "1891年开埠的史实来自handmsg.com（中等）。美丰银行是中美合资、在美国注册，正文"
                    "不再把它称为“本地银行”。"
                ),
                "sources": [HANDMSG, SINA_2024, BLOGCHINA, MEIPIAN_JCY, GOV_MEIFENG, PLAN],
            },
            {
                "key": "story_inflation",
                "kind": "story",
                "position": 3,
                "slug": t("tonghuo-pengzhang", "inflation"),
                "title": t("通货膨胀", "Inflation"),
                "intro": t(
                    "从1935年的法币到1948年的金圆券，钞票越印越多，币值一落千丈。",
                    "From the fabi of 1935 to the gold yuan of 1948, ever more notes were printed "
                    "and their value collapsed.",
                ),
                "body": {
                    "zh": [
                        "1935年11月法币改革：中央、中国、交通三家银行（后来加上中国农民银行）"
                        "发行的钞票成为法定货币，白银收归国有，法币1元合英镑1先令2.5便士。",
                        "此后法币越发越多。一篇通俗文章称，到抗战结束时法币发行额达5569亿元，"
                        "约为战前的400倍（此数字待核实）。民间还流传一种说法："
                        "1937年的100元能买两头牛，到1948年却只够买一小把米——这只是一种说法，"
                        "没有确切出处。",
                        "1948年8月19日实行金圆券改革：1金圆券兑换法币300万元，"
                        "发行总额以20亿元为限，民间持有的黄金、白银和外币必须交出兑换。",
                        "1949年11月30日重庆解放。12月5日起，金融接管人员接管了“四行”及省、"
                        "市银行等18个单位，至1950年1月20日完成。"
                        "解放后上海按10万元金圆券兑换1元人民币的比率收兑旧币，重庆的比率尚待核实。",
                    ],
                    "en": [
                        "The currency reform of November 1935 made the notes of the Central Bank, "
                        "the Bank of China and the Bank of Communications — later also the "
                        "Farmers Bank — legal tender, nationalised silver, and fixed one yuan at "
                        "1 shilling 2.5 pence.",
                        "After that, more and more fabi were issued. A popular article puts the "
                        "total at 556.9 billion yuan by the end of the war, about 400 times the "
                        "pre-war level (a figure awaiting curator review). There is also a saying "
                        "that 100 yuan bought two oxen in 1937 but barely a handful of rice in "
                        "1948 — a saying only, with no firm source.",
                        "The gold yuan reform of 19 August 1948 set one gold yuan to three "
                        "million fabi, capped the issue at two billion, and obliged people to "
                        "surrender their gold, silver and foreign currency.",
                        "Chongqing was liberated on 30 November 1949, and from 5 December the new "
                        "authorities took over 18 financial institutions, including the 'Big "
                        "Four' banks, finishing on 20 January 1950. Shanghai redeemed gold yuan "
                        "at 100,000 to one renminbi; the Chongqing rate is not yet confirmed.",
                    ],
                },
                "period_start_year": 1935,
                "period_end_year": 1950,
                "period_label": t("1935—1950年", "1935–1950"),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "法币发行5569亿元、约为战前400倍的数字，以及“两头牛、一把米”的说法，来自一篇通"
                    "俗文章（flbearing.cn，可信度低），正文均已注明未经证实。重庆的金圆券兑换比率"
                    "待核实（上海10万比1来自zjwz.cnepaper.com，中等）。导语中的“币值一落千丈”是本"
                    "站对几次币制改革和兑换比率的概括。"
                ),
                "sources": [BZSZX, FLBEARING, RANFIN, ZJWZ, JUHE, PLAN],
            },
            {
                "key": "story_fire_0902",
                "kind": "story",
                "position": 4,
                "slug": t("jiu-er-dahuo", "great-fire-of-1949"),
                "title": t("九二大火", "The Great Fire of 2 September 1949"),
                "intro": t(
                    "1949年9月2日，重庆下半城燃起大火，一直烧到次日早晨，数千人罹难。",
                    "On 2 September 1949 fire swept through Chongqing's lower town, burning until "
                    "the next morning and killing thousands.",
                ),
                "body": {
                    "zh": [
                        "大火约在下午3时40分从下半城燃起。起火地点一说在余家巷、陕西街一带，"
                        "市志则记为赣江街17号的协合油蜡铺。",
                        {
                            "type": "timeline_event",
                            "date_label": "1949年8月26日—9月2日",
                            "year": 1949,
                            "title": "连日晴热，江水上涨",
                            "description": "起火前一周多天天放晴，气温高于常年，江水正值汛期。",
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "1949年9月2日 约15:40",
                            "year": 1949,
                            "title": "下半城起火",
                            "description": (
                                "火势在东水门、朝天门、千厮门一带蔓延，"
                                "燃烧的船只和一艘油驳让江面也燃起了大火。"
                            ),
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "1949年9月3日早晨",
                            "year": 1949,
                            "title": "大火熄灭",
                            "description": "美丰、中国银行和川盐银行等钢筋混凝土大楼挡住了火势。",
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "1959年",
                            "year": 1959,
                            "title": "公安部门复查",
                            "description": "重庆市公安部门复查认定，大火属意外失火，并无政治动机。",
                        },
                        "据警方调查，大火波及39条街道、7所学校、10处机关、33家银行和钱庄、"
                        "22座仓库，受灾9601户、41425人；登记死亡2568人，掩埋尸体2874具，"
                        "受伤4000余人；为了隔断火路，还拆除了236户房屋。",
                        "起火原因至今说法不一。当时国民党方面指称是共产党纵火，"
                        "2025年仍有海外作者持此说；1959年重庆市公安部门复查后的正式结论是："
                        "这是一场意外火灾，没有政治动机。",
                        "挡住火势的“中国银行”究竟是新华路41号的大楼，还是今重庆饭店东楼，"
                        "各来源说法不一，尚待核实。",
                    ],
                    "en": [
                        "The fire broke out in the lower town at about 3.40 pm. Some accounts "
                        "place its start around Yujia Lane and Shaanxi Street; the city chronicle "
                        "names an oil and candle shop, Xiehe, at 17 Ganjiang Street.",
                        {
                            "type": "timeline_event",
                            "date_label": "26 August – 2 September 1949",
                            "year": 1949,
                            "title": "A week of hot, sunny days, with the rivers in flood",
                            "description": (
                                "Every day in the week before the fire was sunny and hotter than "
                                "usual, and the rivers were in flood."
                            ),
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "2 September 1949, about 3.40 pm",
                            "year": 1949,
                            "title": "Fire breaks out in the lower town",
                            "description": (
                                "The blaze spread between Dongshuimen, Chaotianmen and Qiansimen; "
                                "burning boats and an oil barge set the river itself alight."
                            ),
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "Morning of 3 September 1949",
                            "year": 1949,
                            "title": "The fire burns out",
                            "description": (
                                "Concrete bank buildings — Meifeng, the Bank of China and the "
                                "Sichuan Salt Bank — held back the flames."
                            ),
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "1959",
                            "year": 1959,
                            "title": "Official review",
                            "description": (
                                "A review by Chongqing's public security authorities found the "
                                "fire accidental, with no political motive."
                            ),
                        },
                        "A police survey counted 39 streets, 7 schools, 10 government offices, 33 "
                        "banks and money shops and 22 warehouses affected, with 9,601 households "
                        "and 41,425 people hit. It recorded 2,568 registered deaths and 2,874 "
                        "bodies buried, and more than 4,000 people injured; 236 households' homes "
                        "were pulled down to make firebreaks.",
                        "The cause is still disputed. At the time the Nationalists blamed the "
                        "Communists, and some overseas writers still claimed arson in 2025. The "
                        "official finding, from the 1959 review by Chongqing's public security "
                        "authorities, is that the fire was an accident with no political motive.",
                        "Sources differ on which 'Bank of China' building stopped the fire: the "
                        "one at 41 Xinhua Road or the east block of today's Chongqing Hotel.",
                    ],
                },
                "period_start_year": 1949,
                "period_end_year": 1949,
                "period_label": t("1949年9月2日—3日", "2–3 September 1949"),
                "location_in_museum": t("", ""),
                "audio_transcript": t(
                    "1949年9月2日下午3点40分左右，重庆下半城燃起大火，一直烧到第二天早晨。"
                    "火势在东水门、朝天门、千厮门一带蔓延，燃烧的船只和油驳让江面也燃起大火。"
                    "据警方调查，受灾的有39条街道、4万多人，登记死亡2568人。美丰、"
                    "川盐等钢筋混凝土银行大楼挡住了火势。起火原因至今仍有争议；"
                    "1959年重庆市公安部门复查认定，这是一场意外火灾，没有政治动机。",
                    "At about 3.40 on the afternoon of 2 September 1949, fire broke out in "
                    "Chongqing's lower town and burned until the next morning. It spread between "
                    "Dongshuimen, Chaotianmen and Qiansimen, and burning boats and an oil barge "
                    "set even the river alight. A police survey counted 39 streets and more than "
                    "41,000 people affected, and 2,568 registered deaths. Concrete bank "
                    "buildings, Meifeng among them, held back the flames. The cause is still "
                    "disputed; a 1959 review by the city's public security authorities found it "
                    "accidental, with no political motive.",
                ),
                "fact_check_notes": (
                    "起火时间、地点和损失数字来自ttnews.xyz和maigoo.com（可信度高）；两种起火地点"
                    "说法（余家巷、陕西街一带与赣江街17号协合油蜡铺）都已列出。火势蔓延和挡住火势"
                    "的建筑来自novel.qq.com（中等）。按资料的要求，起火原因写作“有争议”，并给出"
                    "1959年的官方结论；2025年的纵火说来自大纪元（仅用来说明存在争议）——请馆员决定"
                    "，以区政府规划为依据的网站是否应引用这篇文章。挡住火势的是哪座中国银行大楼，"
                    "来源冲突。“Xiehe”是“协合”的拼音。语音稿是未正式录音的草稿。"
                ),
                "sources": [TTNEWS, MAIGOO, NOVEL_QQ, EPOCH, MBJI, PLAN],
            },
            {
                "key": "story_zheshi_savings",
                "kind": "story",
                "position": 5,
                "slug": t("zheshi-chuxu", "commodity-indexed-savings"),
                "title": t("折实储蓄", "Commodity-Indexed Savings"),
                "intro": t(
                    "1949年前后物价动荡，折实储蓄让存款按实物折算，以保住购买力。",
                    "When prices were unstable around 1949, commodity-indexed savings tied "
                    "deposits to everyday goods so that they kept their buying power.",
                ),
                "body": {
                    "zh": [
                        "折实储蓄的做法是：存款当天按一组生活必需品的价格折算成若干“折实单位”，"
                        "取款时再按当天的单位价格付还。这样设计，是为了让存款在物价上涨时保住购买"
                        "力。",
                        "这项业务由中国人民银行天津分行于1949年3月1日首先开办，"
                        "连同后来的保本保值储蓄，前后实行了三年多。上海的折实单位由中等白米、"
                        "花生油、煤球和龙头细布组成；华东地区共有37个城市开办。",
                        "随着物价趋于稳定，各地陆续停办，例如山东在1951年停止办理。重庆何时开办、"
                        "用哪些商品折算、吸收了多少存款，目前均未查到资料，尚待馆员核实。",
                    ],
                    "en": [
                        "The idea was simple. On the day of deposit the money was converted into "
                        "a number of 'units', each priced from a basket of everyday necessities; "
                        "on withdrawal it was paid back at that day's unit price. The scheme was "
                        "designed so that savings held their value as prices rose.",
                        "The People's Bank of China's Tianjin branch first offered the scheme on "
                        "1 March 1949, and together with its successor, 'principal- and "
                        "value-guaranteed savings', it ran for a little over three years. In "
                        "Shanghai a unit was made up of medium white rice, peanut oil, coal "
                        "briquettes and Longtou fine cloth; 37 cities in East China took part.",
                        "As prices settled the scheme was wound down — Shandong, for example, "
                        "stopped it in 1951. When Chongqing introduced it, which goods its unit "
                        "contained and how much was saved are all still awaiting curator review.",
                    ],
                },
                "period_start_year": 1949,
                "period_end_year": None,
                "period_label": t(
                    "1949年起，前后三年多",
                    "From 1949, for a little over three years",
                ),
                "location_in_museum": t("", ""),
                "audio_transcript": t(
                    "在物价动荡的年代，钱存进银行，很可能越存越不值钱。折实储蓄的办法是："
                    "存款当天按几种生活必需品的价格折算成“单位”，取款时再按当天的单位价格付还，"
                    "让储蓄保住购买力。1949年3月1日，中国人民银行天津分行率先开办这项业务；"
                    "连同后来的保本保值储蓄，前后实行了三年多，随着物价稳定逐步停办。"
                    "重庆当年何时开办、怎样折算，尚待馆员核实。",
                    "In a time of unstable prices, money left in the bank could quickly lose its "
                    "value. Commodity-indexed savings offered a way round this. On the day of "
                    "deposit the money was converted into units priced from a basket of everyday "
                    "necessities, and on withdrawal it was repaid at that day's unit price, so "
                    "its buying power held. The People's Bank's Tianjin branch began the scheme "
                    "on 1 March 1949; it ran for a little over three years. How Chongqing ran it "
                    "awaits curator review.",
                ),
                "fact_check_notes": (
                    "重庆何时开办、折实单位含哪些商品、吸收多少存款，均待核实。运作方式和上海的折"
                    "实单位来自ptwbs.net（可信度高或中等）；天津开办日期和实行时长来自"
                    "scholarmate.com（中等）；山东1951年停办来自山东地方志数据库（中等）。上海的存"
                    "款余额数字（73万到400万）单位不明，未采用。语音稿开头关于物价动荡的一句是概括"
                    "性说法，没有具体来源。"
                ),
                "sources": [PTWBS, SCHOLARMATE, SHANDONG, PLAN],
            },
            {
                "key": "story_share_subscription",
                "kind": "story",
                "position": 6,
                "slug": t("gupiao-rengou", "share-subscription"),
                "title": t("股票认购", "Share Subscription"),
                "intro": t(
                    "“股票认购”讲的是哪个年代，馆方尚未确认；这里先介绍重庆证券史上的两段往事。",
                    "Which era the museum's share-subscription story covers is not yet confirmed, "
                    "so here are two episodes from Chongqing's securities history.",
                ),
                "body": {
                    "zh": [
                        "1932年4月，重庆证券交易所成立，是当时中国西部唯一的证券交易所，"
                        "主要买卖政府公债。1937年全面抗战爆发后交易停止；"
                        "战时虽曾讨论在大后方重设交易所，但始终未能实现。",
                        "1992年5月26日至27日，重庆以发售股票认购证的方式，"
                        "进行了1949年以后的首次公开发行：西南药业1720万股、渝开发1800万股、"
                        "渝钛白3600万股。这三家公司的股票于1993年7月上市，人称“老三股”。",
                        "本故事具体讲述哪一段历史、展出哪些实物，尚待馆员补充。",
                    ],
                    "en": [
                        "The Chongqing Securities Exchange opened in April 1932, the only "
                        "securities exchange in western China at the time, and dealt mainly in "
                        "government "
                        "bonds. Trading stopped when full-scale war broke out in 1937; a wartime "
                        "exchange for the rear areas was debated but never set up.",
                        "On 26–27 May 1992 Chongqing held its first public share offering since "
                        "1949, sold through share-subscription certificates: 17.2 million shares "
                        "in Southwest Pharmaceutical, 18 million in Yukaifa and 36 million in "
                        "Yutaibai. The three, known as the 'old three', were listed in July 1993.",
                        "Which of these episodes the museum tells, and what objects it shows, are "
                        "still to be supplied by its curators.",
                    ],
                },
                "period_start_year": 1932,
                "period_end_year": 1993,
                "period_label": t(
                    "1932年、1992年（所指年代待核实）",
                    "1932 and 1992 (era not yet confirmed)",
                ),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "故事讲的是哪个年代待核实（1932年的交易所还是1992年的认购证），两段都作为背景"
                    "列出。交易所史实来自whu.edu.cn和cqnews.net（中等）；1992年发行来自新浪财经"
                    "2023年2月27日的报道（中等）。三家公司的英文名是拼音或本站自译，请核对。“重庆"
                    "证券交易所”的英文当年是否叫Stock Exchange，待确认。1993年解放碑街头股票交易（"
                    "可信度中低）未采用。"
                ),
                "sources": [WHU, CQNEWS_EXCH, SINA_2023, PLAN],
            },
        ],
    },
    {
        "key": "judicial_finance",
        "slug": t("sifa-jinrong-bowuguan", "judicial-finance-museum"),
        "title": t("司法金融博物馆", "Judicial Finance Museum"),
        "short_name": t("", ""),
        "intro": t(
            "司法金融博物馆是渝中区规划中主题金融馆群的一员，展览分为六个单元，"
            "讲述金融审判的发展历程。",
            "Part of the district's planned group of finance museums, the Judicial Finance Museum "
            "tells, in six sections, how the courts came to specialise in financial cases.",
        ),
        "body": {
            "zh": [
                "按照渝中区规划，本馆展览依次分为六个单元：从无到有，金融审判庭破茧而出；"
                "民商合一，民事审判第二庭的时代担当；时代弄潮，金融审判庭应运而生；集中管辖，"
                "金融法庭发展完善；国家战略，金融发展展现风采；司法文明，司法器物中的进步。",
                "目前尚未找到关于本馆的公开资料，馆址、开放时间和主办单位都有待核实。"
                "从单元标题看，展览内容与渝中区人民法院的金融审判历史相吻合，"
                "但本馆是否由该院主办只是推测。各单元页面引用的法院史实均来自公开报道，"
                "它们与单元的对应关系属于编者推断。",
            ],
            "en": [
                "The district plan divides the exhibition into six sections, in this order: a "
                "financial trial division emerges; the Second Civil Division's role in civil and "
                "commercial cases; a financial trial division for its time; centralised "
                "jurisdiction and the financial tribunal's coming of age; finance and national "
                "strategy; and the progress of justice told through court objects.",
                "No public information about the museum itself has been found, so its address, "
                "opening arrangements and operator are all still to be confirmed. The section "
                "titles fit the history of financial trials at the Yuzhong District People's "
                "Court, but that the court runs the museum is only an assumption. The court "
                "history quoted on the section pages comes from news reports; matching it to the "
                "sections is our own inference.",
            ],
        },
        "address": t("", ""),
        "opening_hours": t("", ""),
        "admission": t("", ""),
        "accessibility": t("", ""),
        "contact_notes": t("", ""),
        "latitude": None,
        "longitude": None,
        "location_certainty": "rough",
        "location_note": t(
            "馆址尚未确认，暂不标注地图坐标",
            "Address not yet confirmed, so no map position is given",
        ),
        "building": None,
        "fact_check_notes": (
            "未找到公开资料：本馆是否存在、地址、主办单位、开馆日期和开放时间均待核实。由渝中区人"
            "民法院主办只是推断。英文名Judicial Finance Museum是本站建议的译名，没有来源。第2、3、"
            "5单元与法院史的对应关系都是推断。线索：规划原文第三章提到“重庆金融历史（司法）博物馆”"
            "，第4框又给美丰大楼定了“金融法治教育”的主题，说明本馆可能属于金博或设在美丰大楼内，请"
            "馆员核实。英文术语统一为：金融审判庭 = financial trial division，金融法庭 = financial "
            "tribunal，金融法院 = Financial Court。"
        ),
        "sources": [PLAN, CNCMRN],
        "exhibits": [
            {
                "key": "section_origins",
                "kind": "timeline_section",
                "position": 1,
                "slug": t("jinrong-shenpanting-pojian-erchu", "origins-of-the-trial-division"),
                "title": t(
                    "从无到有，金融审判庭破茧而出",
                    "From Nothing: A Financial Trial Division Emerges",
                ),
                "intro": t(
                    "第一单元讲述金融审判庭从无到有的起步阶段。",
                    "The first section is about how a specialised financial trial division came "
                    "into being.",
                ),
                "body": {
                    "zh": [
                        "目前没有找到关于这一单元的公开资料。从标题推断，"
                        "它讲述的是金融审判庭的起源，但具体涉及哪家法院、哪一时期，都还不清楚。"
                        "本展区的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "No public information on this section has been found. Its title suggests "
                        "it tells how a financial trial division began, but which court and which "
                        "period it covers are not known. The details of this section are still to "
                        "be supplied by the museum's curators.",
                    ],
                },
                "period_start_year": None,
                "period_end_year": None,
                "period_label": t("", ""),
                "location_in_museum": t("", ""),
                "fact_check_notes": "单元内容待核实；只知道规划第10框中的标题。英文标题是意译。",
                "sources": [PLAN],
            },
            {
                "key": "section_second_civil",
                "kind": "timeline_section",
                "position": 2,
                "slug": t("minshang-heyi-min-er-ting", "second-civil-division"),
                "title": t(
                    "民商合一，民事审判第二庭的时代担当",
                    "Civil and Commercial Together: The Second Civil Division's Role",
                ),
                "intro": t(
                    "第二单元聚焦民事审判第二庭（民二庭）审理金融案件的时期。",
                    "The second section looks at the period when the Second Civil Division heard "
                    "financial cases.",
                ),
                "body": {
                    "zh": [
                        "在没有设立专门金融审判机构的地方，金融案件通常由民事审判第二庭（民二庭）"
                        "或金融法庭审理。从标题推断，"
                        "这一单元讲述的正是金融案件由民二庭审理的阶段——这只是推断，尚待馆员确认。"
                        "本展区的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "Where there is no specialised financial division, financial cases usually "
                        "go to a court's Second Civil Division, which handles commercial "
                        "disputes, or to a financial tribunal. Judging by its title, this section "
                        "covers the years when the Second Civil Division heard such cases — an "
                        "inference still to be confirmed. The details of this section are still "
                        "to be supplied by the museum's curators.",
                    ],
                },
                "period_start_year": None,
                "period_end_year": None,
                "period_label": t("", ""),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "单元内容待核实。关于民二庭的一般背景来自cfr.swupl.edu.cn（中等）；本单元讲哪"
                    "家法院、哪些年份，是根据标题推断的。"
                ),
                "sources": [SWUPL, PLAN],
            },
            {
                "key": "section_tribunal",
                "kind": "timeline_section",
                "position": 3,
                "slug": t(
                    "jinrong-shenpanting-yingyun-ersheng", "financial-trial-division-founded"
                ),
                "title": t(
                    "时代弄潮，金融审判庭应运而生",
                    "Riding the Tide: A Financial Trial Division for Its Time",
                ),
                "intro": t(
                    "第三单元很可能讲述2010年渝中区人民法院设立金融审判庭的经过（推断，待确认）。",
                    "The third section probably covers the financial trial division set up by the "
                    "Yuzhong District People's Court in 2010 (an inference, still to be "
                    "confirmed).",
                ),
                "body": {
                    "zh": [
                        "2010年7月1日，经最高人民法院批准，"
                        "渝中区人民法院设立了中国西部第一个金融审判庭，审理涉及银行、保险、证券、"
                        "基金和信托的民商事、行政和刑事案件。",
                        {
                            "type": "timeline_event",
                            "date_label": "2010年7月1日",
                            "year": 2010,
                            "title": "渝中区人民法院金融审判庭成立",
                            "description": "中国西部第一个金融审判庭，经最高人民法院批准设立。",
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "2010年7月—2020年6月",
                            "year": 2020,
                            "title": "十年收结案情况",
                            "description": "渝中区人民法院共受理金融案件79844件，审结78072件。",
                        },
                        "本单元与这段历史的对应关系是根据标题作出的推断，尚待馆员确认。"
                        "本展区的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "On 1 July 2010, with the approval of the Supreme People's Court, the "
                        "Yuzhong District People's Court set up the first financial trial division "
                        "in western China. It hears civil and commercial, administrative and "
                        "criminal cases involving banking, insurance, securities, funds and "
                        "trusts.",
                        {
                            "type": "timeline_event",
                            "date_label": "1 July 2010",
                            "year": 2010,
                            "title": "Yuzhong court opens its financial trial division",
                            "description": (
                                "The first financial trial division in western China, approved by "
                                "the Supreme People's Court."
                            ),
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "July 2010 – June 2020",
                            "year": 2020,
                            "title": "Ten years of cases",
                            "description": (
                                "The Yuzhong court took in 79,844 financial cases and concluded "
                                "78,072."
                            ),
                        },
                        "That this section tells this story is an inference from its title and "
                        "still needs confirming. The details of this section are still to be "
                        "supplied by the museum's curators.",
                    ],
                },
                "period_start_year": 2010,
                "period_end_year": 2020,
                "period_label": t("2010—2020年", "2010–2020"),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "本单元与2010年7月1日渝中区法院设立金融审判庭的对应关系是推断（研究资料如此标"
                    "注）。金融审判庭的史实来自cncmrn.com（中等）；案件数字来自"
                    "guoqing.china.com.cn（中等）。由哪家法院主办本馆待核实。"
                ),
                "sources": [CNCMRN, GUOQING, PLAN],
            },
            {
                "key": "section_centralised",
                "kind": "timeline_section",
                "position": 4,
                "slug": t("jizhong-guanxia-jinrong-fating", "centralised-jurisdiction"),
                "title": t(
                    "集中管辖，金融法庭发展完善",
                    "Centralised Jurisdiction: The Financial Tribunal Comes of Age",
                ),
                "intro": t(
                    "第四单元的主题是金融案件的集中管辖。",
                    "The fourth section is about bringing financial cases under centralised "
                    "jurisdiction.",
                ),
                "body": {
                    "zh": [
                        "这里所说的“集中管辖”具体指哪一次改革、始于何时，目前尚未查明。"
                        "本展区的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "Which reform 'centralised jurisdiction' refers to here, and when it "
                        "began, has not yet been established. The details of this section are "
                        "still to be supplied by the museum's curators.",
                    ],
                },
                "period_start_year": None,
                "period_end_year": None,
                "period_label": t("", ""),
                "location_in_museum": t("", ""),
                "fact_check_notes": "单元内容和年份待核实；“集中管辖”指哪一步改革，未找到来源。",
                "sources": [PLAN],
            },
            {
                "key": "section_national_strategy",
                "kind": "timeline_section",
                "position": 5,
                "slug": t("guojia-zhanlue-jinrong-fazhan", "national-strategy"),
                "title": t(
                    "国家战略，金融发展展现风采", "National Strategy: Finance Takes Centre Stage"
                ),
                "intro": t(
                    "第五单元很可能与成渝地区双城经济圈和成渝金融法院有关（推断，待确认）。",
                    "The fifth section probably relates to the Chengdu–Chongqing twin-city "
                    "economic circle and the Chengdu–Chongqing Financial Court (an inference, "
                    "still to be confirmed).",
                ),
                "body": {
                    "zh": [
                        "重庆并没有单独的“重庆金融法院”：2022年1月的一份市级规划曾提出设立，"
                        "最终设立的是成渝金融法院。它是继上海、北京之后全国第三家金融法院，"
                        "也是第一家跨省域管辖的法院。",
                        {
                            "type": "timeline_event",
                            "date_label": "2018年8月20日",
                            "year": 2018,
                            "title": "上海金融法院成立",
                            "description": "全国第一家金融法院。",
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "2021年3月18日",
                            "year": 2021,
                            "title": "北京金融法院成立",
                            "description": "全国第二家金融法院。",
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "2022年2月28日",
                            "year": 2022,
                            "title": "全国人大常委会决定设立成渝金融法院",
                            "description": "",
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "2022年9月28日",
                            "year": 2022,
                            "title": "成渝金融法院揭牌",
                            "description": "全国第三家金融法院，第一家跨省域管辖的法院。",
                        },
                        "成渝金融法院设在重庆，与中级人民法院同级，在重庆和成都设有办公场所，"
                        "审理重庆以及成渝地区双城经济圈四川部分依法应由中级法院受理的金融民商事案"
                        "件和涉金融行政案件，上诉案件由重庆市高级人民法院审理。"
                        "本单元与这段历史的对应关系是推断，具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "There is no separate 'Chongqing Financial Court'. A city plan of January "
                        "2022 proposed one, but the court actually created was the "
                        "Chengdu–Chongqing Financial Court — China's third financial court after "
                        "Shanghai and Beijing, and the first with jurisdiction across a "
                        "provincial boundary.",
                        {
                            "type": "timeline_event",
                            "date_label": "20 August 2018",
                            "year": 2018,
                            "title": "Shanghai Financial Court opens",
                            "description": "China's first financial court.",
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "18 March 2021",
                            "year": 2021,
                            "title": "Beijing Financial Court opens",
                            "description": "China's second financial court.",
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "28 February 2022",
                            "year": 2022,
                            "title": (
                                "NPC Standing Committee decides to set up the Chengdu–Chongqing "
                                "court"
                            ),
                            "description": "",
                        },
                        {
                            "type": "timeline_event",
                            "date_label": "28 September 2022",
                            "year": 2022,
                            "title": "Chengdu–Chongqing Financial Court unveiled",
                            "description": (
                                "China's third financial court and the first with cross-provincial "
                                "jurisdiction."
                            ),
                        },
                        "The court sits in Chongqing at intermediate-court level, with offices in "
                        "both Chongqing and Chengdu. It hears intermediate-level financial civil "
                        "and commercial cases and finance-related administrative cases from "
                        "Chongqing and the Sichuan part of the twin-city economic circle; appeals "
                        "go to the Chongqing High People's Court. The link to this section is an "
                        "inference, and its details are still to be supplied by the museum's "
                        "curators.",
                    ],
                },
                "period_start_year": 2018,
                "period_end_year": 2022,
                "period_label": t("2018—2022年", "2018–2022"),
                "location_in_museum": t("", ""),
                "fact_check_notes": (
                    "本单元与成渝金融法院的对应关系是推断（研究资料如此标注）。法院史实来自"
                    "cqnews.net、caixin.com和yexian114.com（可信度高）。2022年1月提出设立“重庆金融"
                    "法院”的市级规划，资料没有给出名称。法院在重庆的办公地址待核实。2018—2022年这"
                    "一时段是本站的划分。"
                ),
                "sources": [CQNEWS_COURT, CAIXIN, YEXIAN, PLAN],
            },
            {
                "key": "section_artefacts",
                "kind": "timeline_section",
                "position": 6,
                "slug": t("sifa-qiwu-zhong-de-jinbu", "judicial-artefacts"),
                "title": t(
                    "司法文明，司法器物中的进步",
                    "The Progress of Justice, Told Through Court Objects",
                ),
                "intro": t(
                    "最后一个单元通过司法器物展现司法文明的进步。",
                    "The last section traces the progress of justice through the objects used in "
                    "court.",
                ),
                "body": {
                    "zh": [
                        "展出哪些器物、来自哪些法院和年代，目前都没有资料。"
                        "本展区的具体展陈内容尚待馆员补充。",
                    ],
                    "en": [
                        "Which objects are shown, and from which courts and periods, is not yet "
                        "known. The details of this section are still to be supplied by the "
                        "museum's curators.",
                    ],
                },
                "period_start_year": None,
                "period_end_year": None,
                "period_label": t("", ""),
                "location_in_museum": t("", ""),
                "fact_check_notes": "单元内容待核实；尚未找到展品清单。",
                "sources": [PLAN],
            },
        ],
    },
    {
        "key": "boc_history",
        "slug": t("zhongguo-yinhang-hangshi-bowuguan", "bank-of-china-history-museum"),
        "title": t("中国银行行史博物馆", "Bank of China History Museum"),
        "short_name": t("", ""),
        "intro": t(
            "按照渝中区规划，中国银行行史博物馆将讲述中国银行在抗战时期的历史，"
            "以及那一时期的重庆金融。",
            "Under the district plan, the Bank of China History Museum is to tell the bank's "
            "wartime story and that of Chongqing's finance at the time.",
        ),
        "body": {
            "zh": [
                "目前尚未找到关于本馆的公开资料。它是否设在新华路41号的中国银行旧址内，"
                "还没有得到证实；馆址、开放时间等信息均待确认。",
                "可作参考的史实是：抗战期间，中国银行总管理处迁到重庆，胜利后迁回上海；"
                "1939年至1945年，中国银行为支持抗战吸收海外侨汇约2.3亿美元。"
                "更多内容见“中国银行旧址”页面。",
            ],
            "en": [
                "No public information about the museum has been found yet. Whether it will be in "
                "the former Bank of China building at 41 Xinhua Road is unconfirmed, and its "
                "address and opening arrangements are still to be announced.",
                "For background: in wartime the Bank of China's head office moved to Chongqing, "
                "returning to Shanghai after victory, and between 1939 and 1945 the bank gathered "
                "some US$230 million in overseas remittances for the war effort. See the page on "
                "the former Bank of China building for more.",
            ],
        },
        "address": t("", ""),
        "opening_hours": t("", ""),
        "admission": t("", ""),
        "accessibility": t("", ""),
        "contact_notes": t("", ""),
        "latitude": None,
        "longitude": None,
        "location_certainty": "rough",
        "location_note": t(
            "馆址尚未确认，暂不标注地图坐标",
            "Address not yet confirmed, so no map position is given",
        ),
        "building": None,
        "fact_check_notes": (
            "未找到本馆的页面：是否存在、地址（可能在新华路41号，未确认）、开馆日期和开放时间均待"
            "核实。英文名是建议译名。背景史实与“中国银行旧址”页面相同（总管理处迁渝日期待核实；2.3"
            "亿美元来自accscience.com，中等）。"
        ),
        "sources": [PLAN, HUXI, BASTILLE, ACCSCIENCE],
        "exhibits": [],
    },
    {
        "key": "cqbank_branch",
        "slug": t("chongqing-yinhang-wenlv-zhihang", "bank-of-chongqing-culture-tourism-branch"),
        "title": t("重庆银行文旅支行", "Bank of Chongqing Culture and Tourism Sub-branch"),
        "short_name": t("", ""),
        "intro": t(
            "重庆银行文旅支行是渝中区规划中主题金融馆群的一员，定位为服务文化旅游产业的平台。",
            "Part of the district's planned group of finance museums, the Bank of Chongqing's "
            "culture-and-tourism sub-branch is meant to serve the cultural-tourism sector.",
        ),
        "body": {
            "zh": [
                "按照规划，这家支行将承担四项平台功能：文旅企业交流平台、文旅资源共享平台、"
                "文旅网点展示平台，以及文旅金融人才培训平台。",
                "目前尚未找到关于这家支行的公开资料，地址、营业时间和对外开放安排均待确认。",
            ],
            "en": [
                "The plan gives the sub-branch four roles: a meeting place for cultural-tourism "
                "businesses, a way to share cultural-tourism resources, a showcase of "
                "cultural-tourism outlets, and a platform for training cultural-tourism finance "
                "professionals.",
                "No public information on the sub-branch has been found yet; its address, opening "
                "hours and arrangements for visitors are still to be confirmed.",
            ],
        },
        "address": t("", ""),
        "opening_hours": t("", ""),
        "admission": t("", ""),
        "accessibility": t("", ""),
        "contact_notes": t("", ""),
        "latitude": None,
        "longitude": None,
        "location_certainty": "rough",
        "location_note": t(
            "馆址尚未确认，暂不标注地图坐标",
            "Address not yet confirmed, so no map position is given",
        ),
        "building": None,
        "fact_check_notes": (
            "未找到这家支行的任何资料：是否存在、地址、开业日期和营业时间均待核实。英文名是建议译"
            "名。重庆银行的注册总部（江北区永平门街6号，2020年招股书）不是这家支行的地址，特意没有"
            "采用。"
        ),
        "sources": [PLAN],
        "exhibits": [],
    },
]


# The Datong Street–Baixiang Street walk
TRAIL = {
    "slug": t(
        "datongjie-baixiangjie-jinrong-yichan-budao",
        "datong-street-baixiang-street-heritage-trail",
    ),
    "title": t(
        "打铜街—白象街金融遗产步道",
        "Datong Street–Baixiang Street Financial Heritage Trail",
    ),
    "intro": t(
        "从小什字沿打铜街一路向下走到白象街，沿途经过六处老银行旧址和开埠时期的老街。",
        "Walk from Xiaoshizi down Datong Street to Baixiang Street, past six old bank buildings "
        "and into the lanes of the treaty-port era.",
    ),
    "body": {
        "zh": [
            "打铜街因清代街上的铜匠铺而得名，南北走向，北起小什字，南端下到东水门码头，宽不到8米，"
            "全长最多约400米。抗战时期，这条街及周边街巷聚集的银行和钱庄一度多达约150家，"
            "有战时中国“华尔街”之称。",
            "步道从小什字站出发，先看新华路上的美丰、川盐和中国银行旧址，再沿打铜街经过交通银行、"
            "川康平民商业银行，走到南端的中央银行旧址；可绕行东水门、湖广会馆，"
            "然后往西南经望龙门、白象居下到白象街，最后在解放东路、较场口一带结束。",
            "白象街位于望龙门与太平门之间。1891年重庆开埠后，这里成为最早的洋行和金融聚集区；"
            "2014年起，白象街作为下半城第一个城市更新项目开始修复。",
            "页面上的全程和各段距离，是按各站地图位置之间的直线距离，再加上绕路和走台阶的余量估算的。"
            "路线尚未实地测量，各站的地图位置也都是估算的。",
        ],
        "en": [
            "Datong Street is named after the coppersmiths' shops that lined it in the Qing "
            "dynasty. It runs north–south, from Xiaoshizi down to the Dongshuimen wharf, and is "
            "less than 8 m wide and no more than about 400 m long. During the war up to about 150 "
            "banks and money shops clustered in and around it, earning it the nickname 'China's "
            "wartime Wall Street'.",
            "The walk starts at Xiaoshizi station with the Meifeng, Sichuan Salt Bank and Bank of "
            "China buildings on Xinhua Road, then follows Datong Street past the Bank of "
            "Communications and the Chuankang bank to the Central Bank at its southern end. After "
            "an optional detour to Dongshuimen and the Huguang Guild Hall, it heads south-west "
            "via Wanglongmen and Baixiangju down to Baixiang Street, finishing near Jiefang East "
            "Road and Jiaochangkou.",
            "Baixiang Street runs between Wanglongmen and Taipingmen. After Chongqing opened as a "
            "treaty port in 1891 it became the city's first quarter of foreign firms and finance; "
            "its restoration began in 2014 as the lower town's first urban renewal project.",
            "The length of the walk and of each leg shown on these pages are estimates: the "
            "straight-line distance between the stops' map positions, with an allowance for "
            "bends and steps. No route has been measured, and all map positions are estimates, "
            "not surveyed points.",
        ],
    },
    "start_point": t(
        "轨道交通1号线、6号线小什字站（具体出口待核实）",
        "Xiaoshizi station, Metro Lines 1 and 6 (exit not yet confirmed)",
    ),
    "end_point": t(
        "解放东路、较场口一带（至较场口站出口的步行距离待核实）",
        "Jiefang East Road / Jiaochangkou area (walking distance to Jiaochangkou station not yet "
        "confirmed)",
    ),
    "accessibility": t(
        "上半城（新华路）与下半城（白象街、长滨路）之间有陡峭的坡道和台阶，"
        "目前没有无障碍路线的资料。打铜街宽不到8米。",
        "There are steep slopes and flights of steps between the upper town (Xinhua Road) and the "
        "lower town (Baixiang Street, Changbin Road), and no step-free route has been identified. "
        "Datong Street is less than 8 m wide.",
    ),
    "fact_check_notes": (
        "路线、顺序和各段距离都是估算，没有做过路线计算，也没有人为本站实地走过。页面显示的距离按"
        "各站地图位置直线计算；研究笔记曾估计全程约1.5至2.5公里、各段误差约±30%，正文不再引用这些"
        "数字。小什字站的出口，以及从终点到较场口站（1号线、2号线）的步行距离，均待核实。街道史实"
        "来自hahacn.com和新浪财经（中等）；白象街史实来自cqupb.gov.cn（中等）。无障碍：只知道有陡"
        "峭台阶——请馆员实地走一遍，写明无台阶的走法。所有坐标都是估算，需按OpenStreetMap核准。规划"
        "提到的“打铜街金融文化风貌街”尚未写入导语，可考虑补充。"
    ),
    "sources": [HAHACN, SINA_2024, EGDLX, CQUPB, JIUFANJU, WIKI_LINE1, XING528],
    "stops": [
        {
            "position": 1,
            "slug": t("xiaoshizi-zhan", "xiaoshizi-station"),
            "title": t("小什字站", "Xiaoshizi Station"),
            "intro": t(
                "步道起点：轨道交通1号线和6号线小什字站。",
                "The trail starts at Xiaoshizi station on Metro Lines 1 and 6.",
            ),
            "body": {
                "zh": [
                    "小什字站有1号线和6号线经过，1号线从朝天门经小什字开往较场口方向。"
                    "东水门长江大桥（2014年3月31日通车，全长1124米）的北桥头就落在打铜街、"
                    "小什字一带，南岸通往上新街。",
                ],
                "en": [
                    "Xiaoshizi is served by Lines 1 and 6; Line 1 runs from Chaotianmen through "
                    "Xiaoshizi towards Jiaochangkou. The north end of the Dongshuimen Yangtze "
                    "River Bridge (opened 31 March 2014, 1,124 m long) comes down at Datong "
                    "Street and Xiaoshizi; its south end is at Shangxinjie station.",
                ],
            },
            "linked": None,
            "latitude": 29.5603,
            "longitude": 106.5839,
            "location_certainty": "approximate",
            "location_note": t(
                "车站各出口的中心位置，取自公开的地铁出口数据；坐标系推定为WGS-84，未经实测",
                "Centre of the station exits, from a public metro-exit dataset; WGS-84 inferred, "
                "not surveyed",
            ),
            "directions_to_next": t(
                "出站后步行前往新华路74号美丰银行旧址。",
                "From the station, walk to the former Meifeng Bank at 74 Xinhua Road.",
            ),
            "fact_check_notes": (
                "该用哪个出口待核实。车站坐标取自公开地铁出口数据中各出口的中心点；其坐标系为"
                "WGS-84是通过交叉核对推断的（sagapedia、aroundus），并无文件说明。大桥史实来自"
                "chinatripedia.com（中等）。"
            ),
            "sources": [WIKI_LINE1, TRIPEDIA],
        },
        {
            "position": 2,
            "slug": t("meifeng-yinhang-jinbo", "meifeng-bank-and-museum"),
            "title": t(
                "美丰银行旧址（重庆金融历史博物馆）",
                "Former Meifeng Bank (Chongqing Financial History Museum)",
            ),
            "intro": t(
                "1935年落成的美丰银行大楼，如今是重庆金融历史博物馆（金博）。",
                "Completed in 1935, the Meifeng Bank building now houses the Chongqing Financial "
                "History Museum.",
            ),
            "body": {
                "zh": [
                    "美丰银行1922年开业，最初是中美合资，1927年起全部股份归中方所有。"
                    "大楼由杨廷宝设计，为七层钢筋混凝土结构，1949年“九二大火”时曾帮助挡住火势。",
                    "大楼现为金博，参观路线包括地下金库。开放时间和门票信息尚待确认。",
                ],
                "en": [
                    "Meifeng opened in 1922 as a Sino-American venture and was wholly "
                    "Chinese-owned from 1927. Designed by Yang Tingbao, the seven-storey concrete "
                    "building helped hold back the great fire of 2 September 1949.",
                    "Today it is the Jinbo museum, and the visit includes the underground vault. "
                    "Opening hours and admission are not yet confirmed.",
                ],
            },
            "linked": ("site", "meifeng"),
            "latitude": 29.5606,
            "longitude": 106.5832,
            "location_certainty": "approximate",
            "location_note": t(
                "根据门牌地址和小什字站位置估算，误差约±150米，未经实测",
                "Estimated from the street address and Xiaoshizi station; about ±150 m, not "
                "surveyed",
            ),
            "directions_to_next": t(
                "川盐银行旧址（重庆饭店）就在新华路对面。",
                "The former Sichuan Salt Bank (Chongqing Hotel) is just across Xinhua Road.",
            ),
            "fact_check_notes": (
                "博物馆开放时间和门票不详。坐标为估算，误差约±150米。本站链接到美丰银行旧址页面，"
                "正文中提到了博物馆。"
            ),
            "sources": [GOV_MEIFENG, YZB_2025, NOVEL_QQ],
        },
        {
            "position": 3,
            "slug": t("chuanyan-yinhang-chongqing-fandian", "salt-bank-chongqing-hotel"),
            "title": t("川盐银行旧址（重庆饭店）", "Former Sichuan Salt Bank (Chongqing Hotel)"),
            "intro": t(
                "与美丰隔街相对的川盐银行旧址，如今是重庆饭店。",
                "Facing Meifeng across the road, the former Sichuan Salt Bank is now the "
                "Chongqing Hotel.",
            ),
            "body": {
                "zh": [
                    "1938年7月31日，国民政府经济部借用这里办公。1949年大火中，"
                    "它也是挡住火势的混凝土大楼之一。",
                    "这座楼的门牌号和文物保护级别尚待核实。",
                ],
                "en": [
                    "On 31 July 1938 the Nationalist Ministry of Economic Affairs moved into the "
                    "bank's premises. In the 1949 fire it was one of the concrete buildings that "
                    "stopped the flames.",
                    "Its street number and heritage status are not yet confirmed.",
                ],
            },
            "linked": ("site", "chuanyan"),
            "latitude": 29.5608,
            "longitude": 106.5836,
            "location_certainty": "rough",
            "location_note": t(
                "根据街道位置估算，误差约±150米，来源可信度低，未经实测",
                "Estimated from the street; about ±150 m but from low-confidence data, not "
                "surveyed",
            ),
            "directions_to_next": t(
                "沿新华路前往41号中国银行旧址（路线未核实）。",
                "Follow Xinhua Road to the former Bank of China at No. 41 (route not checked).",
            ),
            "fact_check_notes": "门牌号和保护级别待核实。坐标可信度低。到下一站的距离待核实。",
            "sources": [EGDLX, NOVEL_QQ],
        },
        {
            "position": 4,
            "slug": t("xinhualu-zhongguo-yinhang", "bank-of-china-xinhua-road"),
            "title": t("中国银行旧址", "Former Bank of China"),
            "intro": t(
                "新华路41号，中国银行重庆分行旧址。",
                "No. 41 Xinhua Road, once the Bank of China's Chongqing branch.",
            ),
            "body": {
                "zh": [
                    "抗战期间中国银行总管理处迁到重庆；1939年至1945年，"
                    "中国银行为支持抗战吸收海外侨汇约2.3亿美元。这座大楼的建成年份尚待核实。",
                ],
                "en": [
                    "In wartime the Bank of China moved its head office to Chongqing, and between "
                    "1939 and 1945 it gathered some US$230 million in overseas remittances for "
                    "the war effort. The year this building was completed is not yet confirmed.",
                ],
            },
            "linked": ("site", "boc"),
            "latitude": 29.5601,
            "longitude": 106.5843,
            "location_certainty": "rough",
            "location_note": t(
                "根据门牌地址估算，误差约±200米，未经实测",
                "Estimated from the street address; about ±200 m, not surveyed",
            ),
            "directions_to_next": t(
                "转入打铜街向南，前往14号交通银行旧址。",
                "Turn into Datong Street and head south to the former Bank of Communications at "
                "No. 14.",
            ),
            "fact_check_notes": (
                "建成年份待核实。挡住1949年大火的是否就是这座中国银行大楼，尚无定论（见旧址页面）"
                "。坐标误差约±200米。"
            ),
            "sources": [HUXI, ACCSCIENCE, HAHACN],
        },
        {
            "position": 5,
            "slug": t("datongjie-jiaotong-yinhang", "bank-of-communications-datong-street"),
            "title": t("交通银行旧址", "Former Bank of Communications"),
            "intro": t(
                "打铜街14号，一座欧洲古典风格的银行大楼。",
                "No. 14 Datong Street, a bank in the European classical style.",
            ),
            "body": {
                "zh": [
                    "入口有15级台阶，立面饰以罗马柱，大拱窗装有铁栅。据介绍，"
                    "这座楼原本拟作豪华饭店，后来才由交通银行使用。",
                ],
                "en": [
                    "Fifteen steps lead up to the entrance, past Roman columns and large arched "
                    "windows behind iron grilles. The building was reportedly designed as a "
                    "luxury hotel and only later taken over by the Bank of Communications.",
                ],
            },
            "linked": ("site", "bocom"),
            "latitude": 29.5599,
            "longitude": 106.5849,
            "location_certainty": "rough",
            "location_note": t(
                "根据门牌地址估算，误差约±200米，未经实测",
                "Estimated from the street address; about ±200 m, not surveyed",
            ),
            "directions_to_next": t(
                "隔壁16号就是川康平民商业银行旧址。",
                "The former Chuankang bank is next door, at No. 16.",
            ),
            "fact_check_notes": (
                "建筑细节来自一位文物工作者的介绍，经《重庆日报》报道的镜像页转述（中等）。坐标误"
                "差约±200米。"
            ),
            "sources": [KWGFWS],
        },
        {
            "position": 6,
            "slug": t("datongjie-chuankang-yinhang", "chuankang-bank-datong-street"),
            "title": t("川康平民商业银行旧址", "Former Chuankang Commercial Bank"),
            "intro": t(
                "打铜街16号，一座仿巴洛克风格的折衷主义建筑。",
                "No. 16 Datong Street, an eclectic building in a simulated Baroque style.",
            ),
            "body": {
                "zh": [
                    "川康平民商业银行1937年由三家银行合并组建。据一些资料，抗战时期部分故宫文物曾"
                    "存放在它的保险库里，另有说法为川盐银行。"
                    "大楼现由邮政部门使用。",
                ],
                "en": [
                    "The Chuankang Commercial Bank was formed from three banks in 1937. Some "
                    "sources say part of the Palace Museum's treasures were kept in its "
                    "strong-room in wartime, though another names the Sichuan Salt Bank. The "
                    "building "
                    "is now used by the postal service.",
                ],
            },
            "linked": ("site", "chuankang"),
            "latitude": 29.5598,
            "longitude": 106.585,
            "location_certainty": "rough",
            "location_note": t(
                "根据门牌地址估算，误差约±200米，未经实测",
                "Estimated from the street address; about ±200 m, not surveyed",
            ),
            "directions_to_next": t(
                "继续沿打铜街往南，走到街道南端的道门口。",
                "Carry on south along Datong Street to Daomenkou at its southern end.",
            ),
            "fact_check_notes": (
                "故宫文物存放地有冲突（川康还是川盐）。建成年份待核实。坐标误差约±200米。"
            ),
            "sources": [RHS, WIKIM_CK, NEWSFLASH],
        },
        {
            "position": 7,
            "slug": t("daomenkou-zhongyang-yinhang", "central-bank-daomenkou"),
            "title": t("中央银行旧址", "Former Central Bank of China"),
            "intro": t(
                "打铜街南端的道门口9号，1938年建成。",
                "No. 9 Daomenkou, at the southern end of Datong Street, built in 1938.",
            ),
            "body": {
                "zh": [
                    "中央银行总行1938年8月西迁抵渝，1942年7月起独家发行法币。"
                    "大楼的两层地下室曾用作金库，据报道金库中发现了两扇装饰考究的金库门。",
                ],
                "en": [
                    "The Central Bank's head office reached Chongqing in August 1938, and from "
                    "July 1942 it alone issued the national currency. The building's two basement "
                    "levels were vaults, where, according to a press report, two ornate vault "
                    "doors were found.",
                ],
            },
            "linked": ("site", "central_bank"),
            "latitude": 29.5594,
            "longitude": 106.5856,
            "location_certainty": "rough",
            "location_note": t(
                "根据门牌地址估算，误差约±250米，未经实测",
                "Estimated from the street address; about ±250 m, not surveyed",
            ),
            "directions_to_next": t(
                "可选：沿台阶下到长江边的东水门、湖广会馆一带（第8站）。不绕行的话，可直接往西南前"
                "往白象居（第9站）。",
                "Optional: take the steps down to Dongshuimen and the Huguang Guild Hall on the "
                "Yangtze bank (stop 8). Otherwise head south-west straight to Baixiangju (stop 9).",
            ),
            "fact_check_notes": "金库门的报道日期待核实（可信度中低）。坐标误差约±250米。",
            "sources": [XING528, BZSZX, KWGFWS],
        },
        {
            "position": 8,
            "slug": t("dongshuimen-huguang-huiguan", "dongshuimen-huguang-guild-hall"),
            "title": t("东水门、湖广会馆（可选）", "Dongshuimen and Huguang Guild Hall (optional)"),
            "intro": t(
                "可选的绕行点，位于长江边、东水门长江大桥之下。",
                "An optional detour to the Yangtze bank, beneath the Dongshuimen Yangtze River "
                "Bridge.",
            ),
            "body": {
                "zh": [
                    "打铜街南端一直通到东水门码头；东水门城门和湖广会馆在长江边，位于东水门长江大"
                    "桥之下。"
                    "本站的历史介绍尚待馆员补充。",
                ],
                "en": [
                    "Datong Street leads down to the old Dongshuimen wharf; the gate and the "
                    "Huguang Guild Hall lie on the Yangtze bank beneath the Dongshuimen Yangtze "
                    "River Bridge. A "
                    "history of this stop is still to be supplied by the curators.",
                ],
            },
            "linked": None,
            "latitude": None,
            "longitude": None,
            "location_certainty": "rough",
            "location_note": t(
                "位于长江边、东水门长江大桥之下；原估算坐标有误，待按实地位置核准，暂不标注地图位"
                "置",
                "On the Yangtze bank beneath the Dongshuimen Yangtze River Bridge; the earlier "
                "estimate was wrong, so no map position is shown until it is checked",
            ),
            "directions_to_next": t(
                "返回后往西南，沿新华路、长滨路经望龙门前往白象居和长江索道北站，途中有陡坡和台阶"
                "。",
                "Head back and go south-west along Xinhua Road and Changbin Road via Wanglongmen "
                "to Baixiangju and the cableway's north station, with steep slopes and steps on "
                "the way.",
            ),
            "fact_check_notes": (
                "研究笔记给出的坐标（约29.5608, 106.5832，可信度中等）是错的：它离美丰银行的估算位"
                "置只有约22米，在小什字站西北的新华路上，经度与美丰完全相同，像是抄错了行。资料本"
                "身说东水门码头在打铜街南端；公开网页（见2026年12月的内容审核）说湖广会馆在长江边"
                "、东水门长江大桥之下，从小什字要走一长段陡峭台阶下去。因此暂不标注地图坐标，待按"
                "OpenStreetMap上湖广会馆或东水门城门的位置核准后再填，并同时更正研究资料。研究笔记"
                "中没有关于湖广会馆或东水门的历史介绍。"
            ),
            "sources": [HAHACN, TRIPEDIA],
        },
        {
            "position": 9,
            "slug": t("baixiangju-suodao-beizhan", "baixiangju-cableway-station"),
            "title": t(
                "白象居与长江索道北站", "Baixiangju and the Yangtze River Cableway North Station"
            ),
            "intro": t(
                "从上半城下到白象街之前，会经过白象居和长江索道北站一带。",
                "On the way down from the upper town to Baixiang Street you pass Baixiangju and "
                "the north station of the Yangtze River Cableway.",
            ),
            "body": {
                "zh": [
                    "长江索道北站位于新华路151号，靠近白象居，"
                    "可乘索道过江到南岸的上新街（轨道交通6号线）。白象居本身的介绍尚待馆员补充。",
                ],
                "en": [
                    "The cableway's north station, at 151 Xinhua Road near Baixiangju, links "
                    "across the river to Shangxinjie on the south bank (Metro Line 6). A "
                    "description of Baixiangju itself is still to be supplied by the curators.",
                ],
            },
            "linked": None,
            "latitude": 29.5589,
            "longitude": 106.5818,
            "location_certainty": "approximate",
            "location_note": t(
                "白象居的大致位置（研究笔记，可信度中等），未经实测；索道北站约在其北面150米",
                "Approximate position of Baixiangju (research notes, medium confidence), not "
                "surveyed; the cableway station is roughly 150 m to its north",
            ),
            "directions_to_next": t(
                "下到白象街，由东向西（从望龙门往太平门、储奇门方向）游览，距离未测算。",
                "Go down to Baixiang Street and walk it from east to west, from Wanglongmen "
                "towards Taipingmen and Chuqimen (distance not measured).",
            ),
            "fact_check_notes": (
                "地图标记用的是白象居的坐标（约29.5589, 106.5818，中等）；索道北站另有坐标约"
                "29.5602, 106.5813（中等），在其北面约150米。索道运营时间和票价不详。研究笔记中没"
                "有关于白象居本身的介绍。"
            ),
            "sources": [WIKI_LINE1],
        },
        {
            "position": 10,
            "slug": t("baixiangjie", "baixiang-street"),
            "title": t("白象街", "Baixiang Street"),
            "intro": t(
                "重庆开埠后最早的洋行和金融街区，步道的终点。",
                "Chongqing's first quarter of foreign firms and finance after 1891, and the end "
                "of the trail.",
            ),
            "body": {
                "zh": [
                    "白象街位于望龙门与太平门之间，街区东至四方街，南至长滨路，西至储奇门，"
                    "北至解放东路。相传街名来自一尊白色石象，与江对岸的青狮相对，"
                    "有“青狮白象锁大江”之说；南宋余玠的府衙就设在街头。",
                    "沿街可以看到：1896年建成、仿照英国人开办的“重庆信局”设立的大清邮局；"
                    "1850年的江全泰号；李耀庭的宅第卜凤居，"
                    "1906年11月25日重庆第一批电灯在这里亮起；药材公会（1926年6月，"
                    "位于储奇门羊子坝15号）；1935年创办的私立兴华小学；以及1930年设立、"
                    "原为山西商人会馆的反省院，如今是地名陈列馆。",
                    "据2020年的一篇探访记，聚兴诚银行旧址也在解放东路、白象街一带，"
                    "但确切位置尚未确认。步道在解放东路、较场口一带结束；"
                    "较场口站有1号线和2号线经过，步行距离待核实。",
                ],
                "en": [
                    "Baixiang Street runs between Wanglongmen and Taipingmen, in a district "
                    "bounded by Sifang Street to the east, Changbin Road to the south, Chuqimen "
                    "to the west and Jiefang East Road to the north. Its name — 'White Elephant "
                    "Street' — is said to come from a white stone elephant that faced green lions "
                    "across the river, as in the phrase 'the green lion and white elephant lock "
                    "the great river'. The prefecture office of Yu Jie, in the Southern Song, "
                    "stood at its head.",
                    "Along the street: the Qing post office, built in 1896 and modelled on the "
                    "British-run 'Chongqing post agency'; the Jiangquantai shop of 1850; "
                    "Bufengju, the mansion of Li Yaoting, where Chongqing's first electric lights "
                    "were lit on 25 November 1906; the Medicinal Herbs Guild (June 1926, at 15 "
                    "Yangziba, Chuqimen); the private Xinghua Primary School, founded in 1935; "
                    "and the Fanxingyuan ('self-examination institute', 1930), once a guild hall "
                    "of "
                    "Shanxi merchants and now a place-names exhibition hall.",
                    "A 2020 visitor's note places the former Juxingcheng Bank near Jiefang East "
                    "Road and Baixiang Street, but its exact location is not yet confirmed. The "
                    "trail ends around Jiefang East Road and Jiaochangkou, where Lines 1 and 2 "
                    "stop; the walking distance to the station is not yet confirmed.",
                ],
            },
            "linked": None,
            "latitude": None,
            "longitude": None,
            "location_certainty": "rough",
            "location_note": t(
                "研究笔记没有给出白象街的坐标，暂不标注地图位置",
                "The research notes give no coordinates for Baixiang Street, so no map position "
                "is shown",
            ),
            "directions_to_next": t("", ""),
            "fact_check_notes": (
                "研究笔记中没有白象街的坐标。地标年份来自csylym.com、boafoda.net和jiufanju.com（中"
                "等）；药材公会的1926年6月指成立还是建楼，不清楚。反省院的确切功能和英译“"
                "Fanxingyuan”的释义需要核对。聚兴诚的位置待核实，因此本站不链接到它的旧址页面。到"
                "较场口站的步行距离待核实。1945年12月16日民建在这里成立一事未写入：资料只说“某公开"
                "数据集引用cndca.org.cn”，没有网址。"
            ),
            "sources": [CQUPB, JIUFANJU, CSYLYM, BOAFODA, BLOGCHINA],
        },
    ],
}


# Documentary films. The district plan asks for short films on financial culture; none has
# been delivered, so the seed has one placeholder, generated by exhibits.seed.film and
# labelled as such everywhere (title, page, video, captions).
FILM_INDEX = {
    "slug": t("jilu-duanpian", "films"),
    "title": t("纪录短片", "Documentary films"),
    "intro": t(
        "区里规划拍摄金融文化纪录短片。正式影片上传之前，这里只有一部占位影片。",
        "The district plans short documentaries on financial culture. Until the first one "
        "is uploaded, a placeholder film stands here.",
    ),
    "fact_check_notes": "占位内容：区里尚未交付纪录短片；首部影片上传后请改写简介。",
}
PLACEHOLDER_FILM = {
    "key": "placeholder_film",
    "slug": t("zhanwei-yingpian", "placeholder-film"),
    "title": t("占位影片（示例）", "Placeholder film (example)"),
    "intro": t(
        "本网站生成的占位影片，用来试用播放器和中英文字幕，不是纪录片，内容待馆方替换。",
        "A placeholder made by this site to try the player and the captions in Chinese and "
        "English. It is not a documentary; the museums will replace it.",
    ),
    "credits": t("制作：本网站自动生成（占位）", "Made by: generated by this site (placeholder)"),
    "fact_check_notes": "占位影片：由系统生成，不含任何史实；正式影片上传后删除或替换。",
    # The museum and the building the film links to (keys of MUSEUMS and SITES); the
    # museum's screen loops it.
    "related": (("museum", "jinbo"), ("site", "meifeng")),
}
