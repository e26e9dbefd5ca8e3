"""The spellings a typed name may be stored under, for a lookup by name (REF, --pickup)."""

from __future__ import annotations

from asc_desk.domain.roster import canonical_name

# The middle dot's look-alikes (and with spaces round it): names saved before they were
# made canonical may still hold one of them.
_OTHER_DOTS = ("\u2022", "\u30fb", "\uff65", "\u2027", "\uff0e", "\u2219", "\u22c5", " \u00b7 ",
               ".")


def name_spellings(typed: str) -> list[str]:
    """The name as typed (spaces made single), in the roster's canonical form (迪丽努尔•艾山 →
    迪丽努尔·艾山, 白 若曦 → 白若曦), and that form with the other dots."""
    typed = " ".join((typed or "").split())
    name = canonical_name(typed)
    forms = {typed, name}
    if "\u00b7" in name:
        forms.update(name.replace("\u00b7", dot) for dot in _OTHER_DOTS)
    return sorted(f for f in forms if f)


def same_person(a: str, b: str) -> bool:
    """Two spellings of one name, by the roster's rule."""
    return canonical_name(a or "") == canonical_name(b or "")
