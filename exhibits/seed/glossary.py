"""The glossary's seed terms: the financial-history terms the seed content uses, in the
English the content gives them (content.py, after the December 2026 review: the court
terms follow its §5.3 #6).

Notes say only what the content already says. Variants the sources attest are marked
forbidden where the review found them clashing with another term; the others are forms
the content does not use (word-for-word or bare pinyin renderings, other romanisations),
marked discouraged with that plain reason.
"""

from exhibits.models import GlossaryTerm, GlossaryVariant, VariantStatus

FORBIDDEN, DISCOURAGED = VariantStatus.FORBIDDEN, VariantStatus.DISCOURAGED


def t(zh, en):
    return {"zh": zh, "en": en}


def variant(text, status, reason):
    return {"text": text, "status": status, "reason": reason}


# Reasons shared by several variants.
COURT_TERMS = t(
    "三种法院机构的英文各有所指：金融审判庭 = financial trial division，"
    "金融法庭 = financial tribunal，金融法院 = Financial Court。",
    "Each court body has its own English: 金融审判庭 financial trial division, "
    "金融法庭 financial tribunal, 金融法院 Financial Court.",
)
PINYIN = t(
    "只是拼音，外国读者看不懂；本站用意译名。",
    "Bare pinyin that English readers cannot parse; the site translates the name.",
)
ONE_WORD = t(
    "本站把名称的拼音连写为一个词。",
    "The site writes the romanised name as one word.",
)
STREET = t(
    "本站街名写作“拼音 + Street”。",
    "The site writes street names as '<name> Street'.",
)
WORD_FOR_WORD = t(
    "逐字直译；本站用该行的通行英文名。",
    "Word for word; the site uses the bank's usual English name.",
)
NOT_OUR_USAGE = t("不是本站用法。", "Not the site's usage.")

TERMS = [
    {
        "chinese": "金融审判庭",
        "english": "financial trial division",
        "note": t(
            "法院内专门审理金融案件的审判庭。2010年7月1日，渝中区人民法院设立了中国西部第一个"
            "金融审判庭。",
            "A division of a court that hears financial cases. On 1 July 2010 the Yuzhong "
            "District People's Court set up the first in western China.",
        ),
        "variants": [
            variant("financial tribunal", FORBIDDEN, COURT_TERMS),
            variant("financial court", FORBIDDEN, COURT_TERMS),
        ],
    },
    {
        "chinese": "金融法庭",
        "english": "financial tribunal",
        "note": t(
            "没有金融法院的地方，金融案件通常由民二庭或金融法庭审理。",
            "Where there is no financial court, financial cases usually go to the Second "
            "Civil Division or to a financial tribunal.",
        ),
        "variants": [
            variant("financial court", FORBIDDEN, COURT_TERMS),
            variant("financial trial division", FORBIDDEN, COURT_TERMS),
        ],
    },
    {
        "chinese": "金融法院",
        "english": "Financial Court",
        "note": t(
            "专门审理金融案件的法院。成渝金融法院2022年9月28日揭牌，是继上海、北京之后全国第三家"
            "金融法院。",
            "A court for financial cases. The Chengdu–Chongqing Financial Court, unveiled on "
            "28 September 2022, is China's third, after Shanghai and Beijing.",
        ),
        "variants": [variant("financial tribunal", FORBIDDEN, COURT_TERMS)],
    },
    {
        "chinese": "四联总处",
        "english": "Joint Head Office",
        "note": t(
            "1939年9月8日，中央、中国、交通、农民四家银行设立四联总处，作为战时最高金融机构。",
            "Set up on 8 September 1939 by the Central Bank, Bank of China, Bank of "
            "Communications and Farmers Bank of China as the top wartime financial body.",
        ),
        "variants": [variant("Silian Zongchu", DISCOURAGED, PINYIN)],
    },
    {
        "chinese": "折实储蓄",
        "english": "commodity-indexed savings",
        "note": t(
            "存款按一组生活必需品的价格折算成“折实单位”，取款时按当天的单位价格付还，让存款保住"
            "购买力。1949年3月1日由中国人民银行天津分行首先开办。",
            "Deposits were converted into 'units' priced from a basket of everyday "
            "necessities and repaid at that day's unit price, so that savings kept their "
            "value. The People's Bank of China's Tianjin branch first offered it on 1 March "
            "1949.",
        ),
        "variants": [variant("zheshi savings", DISCOURAGED, PINYIN)],
    },
    {
        "chinese": "钱庄",
        "english": "money shop",
        "note": t(
            "现代银行出现以前的传统金融机构。1896年汤子敬开设的同生福被认为是重庆第一家钱庄。",
            "A traditional financial house from before modern banks. Tongshengfu, opened by "
            "Tang Zijing in 1896, is counted as Chongqing's first.",
        ),
        "variants": [
            variant(
                "native bank",
                DISCOURAGED,
                t("本站通篇用 money shop。", "The site says 'money shop' throughout."),
            )
        ],
    },
    {
        "chinese": "票号",
        "english": "remittance house",
        "note": t(
            "现代银行出现以前重庆的传统金融机构之一。老重庆有一种说法：先有当铺，后有票号，"
            "再后才是钱庄。",
            "One of Chongqing's traditional financial houses before modern banks. An old "
            "saying puts pawnshops first, then remittance houses, then money shops.",
        ),
        "variants": [
            variant(
                "draft bank",
                DISCOURAGED,
                t("本站通篇用 remittance house。", "The site says 'remittance house' throughout."),
            )
        ],
    },
    {
        "chinese": "美丰银行",
        "english": "Meifeng Bank",
        "note": t(
            "中美合资银行，1922年在重庆开业；1935年落成的新华路74号大楼如今是重庆金融历史博物馆。",
            "A Sino-American bank that opened in Chongqing in 1922; its 1935 building at "
            "74 Xinhua Road now houses the Chongqing Financial History Museum.",
        ),
        "variants": [
            variant(
                "American-Oriental Bank of Szechuan",
                DISCOURAGED,
                t(
                    "据说是当年的英文行名，但尚未核实，核实前不用。",
                    "Believed to be the bank's historic English name, but not verified; "
                    "not used until it is.",
                ),
            ),
            variant("Mei Feng Bank", DISCOURAGED, ONE_WORD),
        ],
    },
    {
        "chinese": "中国银行",
        "english": "Bank of China",
        "note": t(
            "抗战时期总管理处迁到重庆。新华路41号的重庆分行大楼旧址，属于全国重点文物保护单位"
            "“重庆抗战金融机构旧址群”。",
            "Its head office moved to Chongqing in the war. The former Chongqing branch "
            "building at 41 Xinhua Road is one of the Former Sites of Chongqing's Wartime "
            "Financial Institutions, a national heritage site.",
        ),
        "variants": [variant("China Bank", DISCOURAGED, WORD_FOR_WORD)],
    },
    {
        "chinese": "中央银行",
        "english": "Central Bank of China",
        "note": t(
            "1928年开业；总行1938年8月迁抵重庆，1942年7月起独家发行法币。旧址在打铜街南端的道门口9号。",
            "Opened in 1928; its head office reached Chongqing in August 1938, and from July "
            "1942 it alone issued the fabi. Its former building is at 9 Daomenkou, the south "
            "end of Datong Street.",
        ),
        "variants": [variant("Zhongyang Bank", DISCOURAGED, PINYIN)],
    },
    {
        "chinese": "交通银行",
        "english": "Bank of Communications",
        "note": t(
            "旧址在打铜街14号，欧洲古典风格，与川康平民商业银行旧址相邻。",
            "Its former building at 14 Datong Street, in European classical style, stands "
            "next to the former Chuankang Commercial Bank.",
        ),
        "variants": [variant("Jiaotong Bank", DISCOURAGED, PINYIN)],
    },
    {
        "chinese": "川康平民商业银行",
        "english": "Chuankang Commercial Bank",
        "note": t(
            "1937年9月由川康殖业银行、重庆平民银行和四川商业银行合并而成，旧址在打铜街16号。"
            "银行的正式英文名尚未确认。",
            "Formed in September 1937 from three banks; its former building is at 16 Datong "
            "Street. The bank's official English name is not yet confirmed.",
        ),
        "variants": [
            variant(
                "Chuan-Kang Commercial Bank",
                DISCOURAGED,
                t(
                    "研究笔记里的连字符写法；本站把 Chuankang 连写。",
                    "The hyphenated form of the research notes; the site writes Chuankang "
                    "as one word.",
                ),
            )
        ],
    },
    {
        "chinese": "川盐银行",
        "english": "Sichuan Salt Bank",
        "note": t(
            "旧址今为重庆饭店，与美丰银行隔新华路相望，不属于2013年公布的旧址群。",
            "Its former building, now the Chongqing Hotel, faces Meifeng across Xinhua "
            "Road; it is not part of the group listed in 2013.",
        ),
        "variants": [
            variant(
                "Chuanyan Bank",
                DISCOURAGED,
                t(
                    "研究笔记里的拼音写法；本站用意译名。",
                    "The pinyin form of the research notes; the site translates the name.",
                ),
            )
        ],
    },
    {
        "chinese": "聚兴诚银行",
        "english": "Juxingcheng Bank",
        "note": t(
            "1915年4月由杨希仲、杨粲三创办，是重庆最早的本地现代银行，有“川帮银行之首”之称。",
            "Founded in April 1915 by Yang Xizhong and Yang Cansan; Chongqing's earliest "
            "home-grown modern bank.",
        ),
        "variants": [variant("Ju Xing Cheng Bank", DISCOURAGED, ONE_WORD)],
    },
    {
        "chinese": "中国农民银行",
        "english": "Farmers Bank of China",
        "note": t(
            "四联总处的四家银行之一。1938年西迁来渝后，曾与中央银行一同使用美丰银行大楼。",
            "One of the four banks of the Joint Head Office. After moving to Chongqing it "
            "used the Meifeng building with the Central Bank in 1938.",
        ),
        "variants": [variant("China Farmers Bank", DISCOURAGED, WORD_FOR_WORD)],
    },
    {
        "chinese": "打铜街",
        "english": "Datong Street",
        "note": t(
            "街名来自清代街上的铜匠铺。抗战期间，打铜街及周边聚集的银行和钱庄一度多达约150家，"
            "有战时中国“华尔街”之称。",
            "Named after the coppersmiths' shops of the Qing dynasty. In the war up to about "
            "150 banks and money shops clustered around it, earning it the nickname 'China's "
            "wartime Wall Street'.",
        ),
        "variants": [
            variant("Datongjie", DISCOURAGED, STREET),
            variant("Datong Jie", DISCOURAGED, STREET),
        ],
    },
    {
        "chinese": "白象街",
        "english": "Baixiang Street",
        "note": t(
            "位于望龙门与太平门之间。1891年重庆开埠后，这里成为最早的洋行和金融街区。",
            "Runs between Wanglongmen and Taipingmen. After Chongqing opened as a treaty "
            "port in 1891 it became the city's first quarter of foreign firms and finance.",
        ),
        "variants": [
            variant("Baixiangjie", DISCOURAGED, STREET),
            variant("Baixiang Jie", DISCOURAGED, STREET),
        ],
    },
]


def load_glossary():
    """Create the seed terms that are missing; terms curators already have are kept."""
    created = []
    for entry in TERMS:
        if GlossaryTerm.objects.filter(chinese=entry["chinese"]).exists():
            continue
        term = GlossaryTerm(
            chinese=entry["chinese"],
            english=entry["english"],
            note_zh_hans=entry["note"]["zh"],
            note_en=entry["note"]["en"],
        )
        term.variants = [
            GlossaryVariant(
                text=item["text"],
                status=item["status"],
                reason_zh_hans=item["reason"]["zh"],
                reason_en=item["reason"]["en"],
            )
            for item in entry["variants"]
        ]
        term.save()
        created.append(term)
    return created
