"""Pinyin and initials keys of Chinese names, and one precomputed search text per child."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

# Cannot be typed into a search box, so a query never matches across two fields.
FIELD_SEPARATOR = "\x1f"
# Enough for the likely readings of a name, few enough that 10,000 names build fast.
MAX_ALTERNATIVES = 8
# A given-name character's first readings are its usual ones; the rest are mostly noise.
_MAX_READINGS_PER_CHARACTER = 3

# Surnames pypinyin reads with their common-word sound. Each surname maps to one tuple of
# readings per character: the surname reading first, then the common-word reading(s), so
# search finds the child whichever way the coordinator says the name. Compound surnames are
# listed even where pypinyin already reads them right, so that their second character is
# read as part of the surname and not as the first character of the given name.
SURNAME_READINGS: dict[str, tuple[tuple[str, ...], ...]] = {
    "单": (("shan", "dan"),), "曾": (("zeng", "ceng"),), "仇": (("qiu", "chou"),),
    "解": (("xie", "jie"),), "区": (("ou", "qu"),), "朴": (("piao", "pu"),),
    "查": (("zha", "cha"),), "盖": (("ge", "gai"),), "缪": (("miao", "mou"),),
    "覃": (("qin", "tan"),), "乐": (("yue", "le"),), "车": (("che",),),
    "种": (("chong", "zhong"),), "秘": (("bi", "mi"),), "翟": (("zhai", "di"),),
    "召": (("shao", "zhao"),), "折": (("she", "zhe"),), "繁": (("po", "fan"),),
    "员": (("yun", "yuan"),), "句": (("gou", "ju"),), "阚": (("kan", "han"),),
    "黑": (("he", "hei"),), "薄": (("bo", "bao"),), "郇": (("xun", "huan"),),
    "隗": (("wei", "kui"),), "洗": (("xian", "xi"),), "能": (("nai", "neng"),),
    "重": (("chong", "zhong"),), "藏": (("zang", "cang"),), "都": (("du", "dou"),),
    "祭": (("zhai", "ji"),), "佴": (("nai", "er"),), "颉": (("xie", "jie"),),
    "蕃": (("pi", "fan"),), "乜": (("nie", "mie"),), "长": (("chang", "zhang"),),
    "角": (("jue", "jiao"),), "粘": (("nian", "zhan"),), "贲": (("ben", "bi"),),
    "炅": (("gui", "jiong"),), "朝": (("chao", "zhao"),), "柏": (("bai", "bo"),),
    "尉迟": (("yu", "wei"), ("chi",)), "万俟": (("mo", "wan"), ("qi", "si")),
    "长孙": (("zhang", "chang"), ("sun",)), "澹台": (("tan", "dan"), ("tai",)),
    "欧阳": (("ou",), ("yang",)), "司马": (("si",), ("ma",)), "诸葛": (("zhu",), ("ge",)),
    "上官": (("shang",), ("guan",)), "令狐": (("ling",), ("hu",)),
    "皇甫": (("huang",), ("fu",)), "宇文": (("yu",), ("wen",)), "夏侯": (("xia",), ("hou",)),
    "公孙": (("gong",), ("sun",)), "慕容": (("mu",), ("rong",)),
    "端木": (("duan",), ("mu",)), "淳于": (("chun",), ("yu",)), "司徒": (("si",), ("tu",)),
    "司空": (("si",), ("kong",)), "东方": (("dong",), ("fang",)),
    "轩辕": (("xuan",), ("yuan",)), "呼延": (("hu",), ("yan",)), "赫连": (("he",), ("lian",)),
    "独孤": (("du",), ("gu",)), "南宫": (("nan",), ("gong",)), "钟离": (("zhong",), ("li",)),
    "闻人": (("wen",), ("ren",)), "拓跋": (("tuo",), ("ba",)), "申屠": (("shen",), ("tu",)),
    "太史": (("tai",), ("shi",)), "左丘": (("zuo",), ("qiu",)),
    "宗政": (("zong",), ("zheng",)), "濮阳": (("pu",), ("yang",)),
    "公羊": (("gong",), ("yang",)), "西门": (("xi",), ("men",)),
}
_LONGEST_SURNAME = max(len(surname) for surname in SURNAME_READINGS)

# CJK unified ideographs (basic, extension A, compatibility, and the supplementary planes).
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


@cache
def _token() -> re.Pattern[str]:
    # Compiled when first used (a name's keys are made): the Chinese character class takes
    # some 6 ms to compile, and the window imports this module before its first paint.
    return re.compile(rf"[{_HAN}]+|[a-z]+|[0-9]+")


# Separators people type or leave out at will: spaces, apostrophes (xi'an), the middle dot
# of minority names in its look-alike forms (and the full stop typed for it: NFKC makes
# U+FF0E and U+FF65 "." and "･"), and hyphens in phone numbers and ids.
_IGNORED_IN_QUERY = re.compile(
    r"[\s'\u2018\u2019`.\u00b7\u30fb\uff65\u2022\u2027\u2219\u22c5\-\u2010-\u2015]+")

# A position in a name: its possible (reading, initial, cost) choices, most likely first.
_Choice = tuple[str, str, int]
_Position = tuple[_Choice, ...]
# A given name's second reading costs more than a surname's, so both readings of a surname
# (单 shan and dan) stay among the alternatives however many heteronyms the given name has.
_SURNAME_STEP = 1
_GIVEN_NAME_STEP = 2


def normalize_query(text: str) -> str:
    """Fold what the user typed (or a field to search) to the form search texts hold."""
    folded = unicodedata.normalize("NFKC", text).lower()
    # NFKC turns full-width letters, digits and spaces into their ASCII forms first.
    folded = _IGNORED_IN_QUERY.sub("", folded)
    return "".join(ch for ch in folded if ch.isprintable())


# Rosters repeat names (张子轩, and siblings' surnames): each distinct name is read once.
@lru_cache(maxsize=20_000)
def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of a name, each '|'-separated alternatives: 张三 → (zhangsan, zs)."""
    positions = _positions(_fold(name))
    if all(len(position) == 1 for position in positions):
        # Most names have one reading a character: one combination, nothing to rank.
        return ("".join(position[0][0] for position in positions),
                "".join(position[0][1] for position in positions))
    combos = _best_combinations(positions)
    full = _unique("".join(choice[0] for choice in combo) for combo in combos)
    initials = _unique("".join(choice[1] for choice in combo) for combo in combos)
    return "|".join(full), "|".join(initials)


def pinyin_order(name: str, stored: str | None = None) -> tuple[str, str]:
    """How lists of people are ordered everywhere (desk, dialogs, CLI, print): by the name's
    pinyin with the surname read as a surname (the stored reading when there is one), then
    by the name itself, not by code point (于 付 任 ... before 陈)."""
    return (stored or name_keys(name)[0]).split("|")[0], name


def search_text(name: str, extra_fields: Iterable[str | None] = (),
                keys: tuple[str, str] | None = None) -> str:
    """One lowercase string holding a child's name, its pinyin keys and the extra fields.

    `keys`: name_keys(name) as stored with the child, so loading a roster of thousands does
    not read every name's pinyin again."""
    full, initials = keys if keys and keys[0] else name_keys(name)
    fields = [normalize_query(name), *full.split("|"), *initials.split("|")]
    fields.extend(normalize_query(field) for field in extra_fields if field)
    return FIELD_SEPARATOR.join(field for field in fields if field)


def matches(query: str, haystack: str) -> bool:
    """Whether a query finds a search text; an empty query finds everything.

    Filtering many children: normalize the query once, then `q in text` for each text.
    """
    return normalize_query(query) in haystack


def _fold(name: str) -> str:
    # Full-width letters to ASCII, and accents off Latin letters (José → jose).
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return unicodedata.normalize("NFC", "".join(
        ch for ch in decomposed if not unicodedata.combining(ch)))


def _positions(name: str) -> list[_Position]:
    positions: list[_Position] = []
    for index, match in enumerate(_token().finditer(name)):
        token = match.group()
        if token.isascii():
            # Latin words count by their first letter in initials; numbers stay whole.
            initial = token if token.isdigit() else token[0]
            positions.append(((token, initial, 0),))
            continue
        given = token
        if index == 0:
            # Only a name that begins with Chinese characters begins with a surname.
            surname = _surname_at_start(token)
            given = token[len(surname):]
            positions.extend(_surname_positions(surname))
        positions.extend(_given_name_positions(given))
    return [position for position in positions if position]


def _surname_at_start(token: str) -> str:
    for length in range(min(_LONGEST_SURNAME, len(token) - 1), 1, -1):
        if token[:length] in SURNAME_READINGS:
            return token[:length]
    # A one-character name (rare, but a nickname on an import) is still read as a surname.
    return token[:1]


@lru_cache(maxsize=2_000)
def _surname_positions(surname: str) -> tuple[_Position, ...]:
    # A roster has a few hundred surnames at most: each is read once.
    if surname in SURNAME_READINGS:
        return tuple(_choices(readings, _SURNAME_STEP) for readings in SURNAME_READINGS[surname])
    # Other surnames have one reading: 王 is wang, never its rare yu.
    return (_choices(_readings(surname, _usual(surname), 1), _SURNAME_STEP),)


@lru_cache(maxsize=20_000)
def _given_name_positions(given: str) -> tuple[_Position, ...]:
    # Popular given names (梓涵, 子轩) repeat across a roster: each is read once.
    # Read in context (长江 is chang jiang), never merged with the surname into a phrase.
    context = _lazy_pinyin(given) if len(given) > 1 else [_usual(ch) for ch in given]
    return tuple(
        _choices(_readings(ch, usual, _MAX_READINGS_PER_CHARACTER), _GIVEN_NAME_STEP)
        for ch, usual in zip(given, context, strict=True)
    )


def _readings(character: str, usual: str, limit: int) -> tuple[str, ...]:
    if not usual:
        return ()  # no reading known (𠮷): the character is found by the name field alone
    others = [reading for reading in _heteronyms(character) if reading != usual]
    return _with_u_for_v((usual, *others)[:limit])


@cache
def _pypinyin():
    # A quarter of a second to load its dictionaries: only when a name's keys are made,
    # not when the window starts and lists the keys already stored.
    import pypinyin

    return pypinyin


def _lazy_pinyin(text: str) -> list[str]:
    pp = _pypinyin()
    return pp.lazy_pinyin(text, style=pp.Style.NORMAL, errors=_no_reading)


def _no_reading(chars: str) -> list[str]:
    return [""] * len(chars)


@lru_cache(maxsize=20_000)
def _usual(character: str) -> str:
    return _lazy_pinyin(character)[0]


@lru_cache(maxsize=20_000)
def _heteronyms(character: str) -> tuple[str, ...]:
    # Names reuse a few thousand characters, so each is looked up in pypinyin once.
    return tuple(_pypinyin().pinyin(character, style=_pypinyin().Style.NORMAL,
                                 heteronym=True)[0])


def _with_u_for_v(readings: tuple[str, ...]) -> tuple[str, ...]:
    # pypinyin and pinyin IMEs write ü as v (lv 吕); people also type lu, so offer both.
    spellings = [spelling for r in readings for spelling in (r, r.replace("v", "u"))]
    return tuple(_unique(spellings))


def _choices(readings: Iterable[str], step: int) -> _Position:
    return tuple((reading, reading[0], index * step) for index, reading in enumerate(readings))


def _best_combinations(positions: list[_Position]) -> list[tuple[_Choice, ...]]:
    """The MAX_ALTERNATIVES combinations that use the most likely readings (a beam search).

    Costs add up along the name, so keeping the best few prefixes keeps the best wholes,
    without building the full product (a long minority name would have thousands).
    """
    beam: list[tuple[int, tuple[_Choice, ...]]] = [(0, ())]
    for position in positions:
        extended = [(cost + choice[2], combo + (choice,)) for cost, combo in beam
                    for choice in position]
        extended.sort(key=lambda item: item[0])  # stable: ties keep the usual reading first
        beam = extended[:MAX_ALTERNATIVES]
    return [combo for _, combo in beam] if positions else []


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))
