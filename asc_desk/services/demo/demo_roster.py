"""Demo children: Chinese names, parent workers by workshop, siblings, allergies, leavers."""

from __future__ import annotations

import datetime as dt
import random

from asc_desk.domain.program import MONDAY_TO_FRIDAY, weekday_mask
from asc_desk.domain.roster import (
    ChildDraft,
    EnrollmentDraft,
    Gender,
    GuardianDraft,
    PickupDraft,
    ShiftPattern,
)
from asc_desk.domain.school_grades import GRADE_ORDER, age_on, grade_key

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余"
    "于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单"
)
BOYS = ["子轩", "浩然", "宇航", "俊杰", "梓豪", "一鸣", "嘉乐", "思远", "博文", "天佑", "明轩",
        "晨阳", "家豪", "志强", "文博", "睿", "涛", "鑫"]
GIRLS = ["欣怡", "梓涵", "雨桐", "诗琪", "佳怡", "可馨", "紫萱", "思彤", "若曦", "雅婷", "梦琪",
         "晓雪", "静怡", "婷", "芳", "丹"]
PARENTS_M = ["建国", "志明", "国强", "伟", "勇", "军", "海波", "永红", "小兵", "德华"]
PARENTS_F = ["秀英", "桂兰", "丽娟", "春燕", "红梅", "玉兰", "小芳", "海燕", "金凤", "翠花"]
DEPARTMENTS = [("注塑车间", "A线"), ("注塑车间", "B线"), ("喷油车间", "1线"), ("装配车间", "一线"),
               ("装配车间", "二线"), ("包装车间", ""), ("品检部", ""), ("仓库", "")]
SCHOOLS = ["华彩小学", "镇中心小学", "东坑第二小学", "实验幼儿园"]
KINDERGARTEN = "实验幼儿园"
PRIMARY = [school for school in SCHOOLS if school != KINDERGARTEN]
MIDDLE_SCHOOL = "镇第一中学"
# The grades a child is in by age on 1 September: 3 小班 ... 5 大班, 6 一年级 ... 11 六年级,
# 12 初一 (学前班 is skipped: few places have it).
GRADES_BY_AGE = {3: "小班", 4: "中班", 5: "大班", **{6 + i: g for i, g in enumerate(
    GRADE_ORDER[GRADE_ORDER.index("一年级"):])}}
ALLERGIES = ["花生", "牛奶", "海鲜", "鸡蛋", "芒果"]
SHIFTS = [ShiftPattern.DAY, ShiftPattern.DAY, ShiftPattern.TWO_SHIFT, ShiftPattern.NIGHT]


def school_and_grade(birth: dt.date, today: dt.date, picked: str, number: int
                     ) -> tuple[str, str]:
    """A school and grade that fit the child's age (no 实验幼儿园 四年级): the grade by age on
    1 September of the school year; `picked` (a random school) is kept when it fits."""
    school_year = today.year if today.month >= 9 else today.year - 1
    age = age_on(birth, dt.date(school_year, 9, 1)) or 0
    grade = GRADES_BY_AGE[min(max(age, min(GRADES_BY_AGE)), max(GRADES_BY_AGE))]
    if grade_key(grade) < grade_key("一年级"):
        return KINDERGARTEN, grade
    if grade_key(grade) >= grade_key("初一"):
        return MIDDLE_SCHOOL, grade
    return (picked if picked in PRIMARY else PRIMARY[number % len(PRIMARY)]), grade


def demo_children(count: int, rng: random.Random, program_id: int, first_day: dt.date,
                  today: dt.date) -> tuple[list[ChildDraft], list[int]]:
    """The children, all enrolled in the program running today (`program_id`, from its
    `first_day`), and the indexes of those who have left (to withdraw after adding)."""
    year = first_day.year
    children: list[ChildDraft] = []
    used_ids = 0
    while len(children) < count:
        surname = rng.choice(SURNAMES)
        mother = GuardianDraft(
            rng.choice("李王张刘陈杨黄赵吴周") + rng.choice(PARENTS_F), "母亲",
            f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}",
            f"E{rng.randint(10000, 99999)}", *rng.choice(DEPARTMENTS),
            shift_pattern=rng.choice(SHIFTS))
        father = GuardianDraft(
            surname + rng.choice(PARENTS_M), "父亲",
            f"15{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}",
            f"E{rng.randint(10000, 99999)}", *rng.choice(DEPARTMENTS),
            shift_pattern=rng.choice(SHIFTS))
        guardians = (mother, father) if rng.random() < 0.6 else (rng.choice((mother, father)),)
        siblings = 2 if rng.random() < 0.15 else 1
        grandma = PickupDraft(rng.choice("李王张刘陈") + rng.choice(PARENTS_F), "外婆",
                              f"13{rng.randint(100000000, 999999999)}",
                              f"{rng.randint(1000, 9999)}")
        for _ in range(siblings):
            if len(children) >= count:
                break
            girl = rng.random() < 0.5
            birth = _years_before(today, rng.randint(5, 12)) - dt.timedelta(
                days=rng.randint(0, 364))
            used_ids += 1
            # A few have insurance that ran out two months after they started.
            enrollments = [EnrollmentDraft(
                program_id, first_day, None,
                MONDAY_TO_FRIDAY if rng.random() < 0.85 else weekday_mask([0, 2, 4]),
                first_day - dt.timedelta(days=7), f"PICC-{year}-{used_ids:05d}",
                dt.date(year + 1, 8, 31) if rng.random() < 0.95
                else first_day + dt.timedelta(days=60))]
            name = surname + rng.choice(GIRLS if girl else BOYS)
            # One draw from the same list as before: the rest of the demo stays the same.
            school, grade = school_and_grade(birth, today, rng.choice(SCHOOLS), used_ids)
            children.append(ChildDraft(
                name, f"{year * 1000 + used_ids}",
                Gender.FEMALE if girl else Gender.MALE, birth, school, grade,
                rng.choice(ALLERGIES) if rng.random() < 0.08 else "",
                "哮喘，随身带喷雾" if rng.random() < 0.03 else "", guardians,
                (grandma,) if rng.random() < 0.5 else (), tuple(enrollments)))
    leavers = [i for i in range(len(children)) if rng.random() < 0.04]
    return children, leavers


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
