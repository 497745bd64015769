"""Example programmes of the kinds the district plan names (ch. 6 §5: regular exhibitions
and public-interest training; occasional finance lectures 金融大讲堂, salons 金融沙龙 and
company roadshows 企业路演; box 10: the Bank of Chongqing sub-branch as a platform for
cultural-tourism enterprises and for training).

Every one is marked as an example awaiting curator review, on the page and in its
title; none names a speaker, topic, price or venue the plan does not give. Dates are
relative to the day of seeding, set when the page is first made, and the pages say
they are not real dates.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from exhibits.models import ProgrammeOccurrence, ProgrammePage
from exhibits.programme_dates import EVENT_TIME_ZONE
from exhibits.seed.content import PLAN
from exhibits.seed.values import localized


def t(zh, en):
    return {"zh": zh, "en": en}


EXAMPLE_NOTE = t(
    "本页为示例，等待馆方审核：日期按种子内容生成之日推算，并非真实安排；主讲人、主题、地点和报名方式待馆方确定。",
    "This page is an example awaiting curator review: its dates are counted from the day "
    "the seed content was loaded and are not a real schedule; speakers, topics, venue and "
    "registration are for the museum to confirm.",
)
# For curators (in Chinese, the admin's language): what to do with an example.
CURATOR_NOTE = (
    "示例活动：日期、主讲人、主题、地点和报名方式均为空缺或示意，"
    "请按实际活动填写后取消“示例”标记，或删除本页。"
)
VENUE_TBC = t("地点待馆方确定", "Venue to be confirmed by the museum")
PLAN_SOURCE = [
    {**PLAN, "note": "示例活动依据第六章第五节（馆群功能）和第10框（文旅支行的平台定位）。"}
]

# (parent key: "home" or a museum key, page data). "dates": (days from the seeding day,
# start "HH:MM" or None for all day, length in minutes or days, repeat, repetitions).
PROGRAMMES = [
    (
        "jinbo",
        {
            "key": "example_lecture",
            "slug": t("shili-jinrong-dajiangtang", "example-finance-lecture"),
            "title": t("金融大讲堂（示例）", "Finance lecture (example)"),
            "intro": t(
                "区规划第六章第五节提出，馆群适时开设“金融大讲堂”。",
                "Chapter 6, section 5 of the district plan asks the museums to hold finance "
                "lectures (金融大讲堂) from time to time.",
            ),
            "kind": "lecture",
            "dates": (14, "14:30", 90, "", 0),
        },
    ),
    (
        "jinbo",
        {
            "key": "example_salon",
            "slug": t("shili-jinrong-shalong", "example-finance-salon"),
            "title": t("金融沙龙（示例）", "Finance salon (example)"),
            "intro": t(
                "区规划第六章第五节提出，馆群适时开设“金融沙龙”。此示例显示延期活动的样子。",
                "Chapter 6, section 5 of the district plan asks the museums to hold finance "
                "salons (金融沙龙) from time to time. This example shows how a postponed "
                "programme looks.",
            ),
            "kind": "salon",
            "status": "postponed",
            "status_note": t("示例：新日期待定。", "Example: the new date is to be announced."),
            "dates": (21, "19:00", 90, "", 0),
        },
    ),
    (
        "jinbo",
        {
            "key": "example_exhibition",
            "slug": t("shili-xilie-zhanlan", "example-exhibition-series"),
            "title": t("系列展览（示例）", "Exhibition series (example)"),
            "intro": t(
                "区规划第六章第五节提出，馆群定期举办系列展览等公益活动。",
                "Chapter 6, section 5 of the district plan asks the museums to hold regular "
                "exhibition series and other public-interest programmes.",
            ),
            "kind": "exhibition",
            "dates": (-3, None, 60, "", 0),
        },
    ),
    (
        "cqbank_branch",
        {
            "key": "example_training",
            "slug": t("shili-gongyi-peixun", "example-public-training"),
            "title": t("公益培训（示例）", "Public-interest training (example)"),
            "intro": t(
                "区规划第六章第五节提出定期举办培训等公益活动；第10框将重庆银行文旅支行定位为"
                "文旅金融人才培训平台。",
                "The district plan asks for regular public-interest training (ch. 6 §5) and "
                "names this sub-branch a platform for training cultural-tourism finance "
                "talent (box 10).",
            ),
            "kind": "training",
            "dates": (7, "10:00", 90, "weekly", 3),
        },
    ),
    (
        "cqbank_branch",
        {
            "key": "example_roadshow",
            "slug": t("shili-qiye-luyan", "example-company-roadshow"),
            "title": t("企业路演（示例）", "Company roadshow (example)"),
            "intro": t(
                "区规划第六章第五节提出，馆群适时开设“企业路演”；第10框将重庆银行文旅支行定位为"
                "文旅企业交流平台。",
                "The district plan asks the museums to hold company roadshows (企业路演) from "
                "time to time (ch. 6 §5) and names this sub-branch a platform for exchange "
                "among cultural-tourism enterprises (box 10).",
            ),
            "kind": "roadshow",
            "dates": (28, "15:00", 120, "", 0),
        },
    ),
    (
        "home",
        {
            "key": "example_walk",
            "slug": t("shili-jiequ-daolan", "example-guided-walk"),
            "title": t("街区导览（示例）", "Guided walk (example)"),
            "intro": t(
                "区规划第六章第五节提出，馆群与其他金融文化景点联动。此示例为沿打铜街—白象街步道的导览。",
                "Chapter 6, section 5 of the district plan asks the museums to link up with "
                "the other financial-culture sights. This example is a walk along the "
                "Datong St – Baixiang St trail.",
            ),
            "kind": "guided_walk",
            "venue_text": t("打铜街—白象街步道起点", "Start of the Datong St – Baixiang St trail"),
            "dates": (10, "09:30", 90, "weekly", 4),
        },
    ),
]


def occurrence(dates, today):
    """The occurrence of a seed programme: ``dates`` counted from ``today``."""
    days, start, length, repeat, repetitions = dates
    day = today + timedelta(days=days)
    if start is None:
        starts = datetime.combine(day, time(0, 0), tzinfo=EVENT_TIME_ZONE)
        values = {"starts_at": starts, "ends_at": starts + timedelta(days=length), "all_day": True}
    else:
        hour, minute = (int(part) for part in start.split(":"))
        starts = datetime.combine(day, time(hour, minute), tzinfo=EVENT_TIME_ZONE)
        values = {"starts_at": starts, "ends_at": starts + timedelta(minutes=length)}
    if repeat:
        values.update(repeat=repeat, repeat_until=day + timedelta(weeks=repetitions))
    return ProgrammeOccurrence(**values)


def load_programmes(loader, home, museums):
    """Create the example programmes that are missing; existing ones keep their dates."""
    today = timezone.localdate()
    for parent_key, data in PROGRAMMES:
        parent = home if parent_key == "home" else museums.get(parent_key)
        if parent is None:
            continue
        body = {short: [text] for short, text in EXAMPLE_NOTE.items()}
        data = {**data, "body": body, "sources": PLAN_SOURCE, "fact_check_notes": CURATOR_NOTE}
        extra = {
            "kind": data["kind"],
            "status": data.get("status", "scheduled"),
            "is_example": True,
            **localized("status_note", data.get("status_note", {})),
            **localized("venue_text", data.get("venue_text", VENUE_TBC if parent == home else {})),
        }
        exists = ProgrammePage.objects.child_of(parent).filter(slug_zh_hans=data["slug"]["zh"])
        is_new = not exists.exists()
        page = loader.upsert(parent, ProgrammePage, data, extra)
        if is_new:
            page.occurrences = [occurrence(data["dates"], today)]
            page.save_revision().publish()
