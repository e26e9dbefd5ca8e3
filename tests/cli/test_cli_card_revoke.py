"""`asc-desk report cards --child REF --revoke --reason TEXT`: the old card revoked, the new
card printed; the desk (`attendance check-in`) then refuses the old code and says why."""

from __future__ import annotations

import pytest
from report_scenario import ZHANG, build

from asc_desk.cli import main
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.roster.roster_service import RosterService


@pytest.fixture
def database(database_url):
    db, _ = open_database(database_url)
    scenario = build(db)
    code = RosterService(db, "t").find_child(scenario.center_id, ZHANG).card_code
    db.dispose()
    return database_url, code


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_revoke_and_reprint_then_the_desk_refuses_the_old_card(capsys, database, tmp_path):
    import pdfplumber

    url, old = database
    target = tmp_path / "card.pdf"
    code, out, err = run(capsys, "report", "cards", "--child", old, "--revoke", "--reason",
                         "丢失", "-o", str(target), "--db", url)
    assert code == 0, err
    assert f"Revoked card {old} of {ZHANG}; the new card code is " in out
    new = out.split("the new card code is ")[1].split(".")[0]
    with pdfplumber.open(target) as pdf:
        text = pdf.pages[0].extract_text()
    assert new in text and old not in text and ZHANG in text
    code, _, err = run(capsys, "attendance", "check-in", old, "--db", url)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "This card was revoked on " in err and f"(丢失); use {ZHANG}'s new card." in err
    # A reprint without --revoke keeps the code.
    code, out, err = run(capsys, "report", "cards", "--child", new, "-o",
                         str(tmp_path / "again.pdf"), "--db", url)
    assert code == 0 and "Revoked" not in out, err


@pytest.mark.parametrize("args, contains", [
    (("--revoke", "--reason", "丢失"), "--revoke needs the child"),
    (("--child", ZHANG, "--revoke"), "Say why the old card is revoked"),
    (("--child", ZHANG, "--revoke", "--reason", "  "), "Say why the old card is revoked"),
    (("--child", "没有这个人", "--revoke", "--reason", "丢失"), "No child found"),
])
def test_bad_revocations_change_nothing(capsys, database, tmp_path, args, contains):
    url, old = database
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = run(capsys, "report", "cards", *args, "-o", str(out_dir / "c.pdf"),
                       "--db", url)
    assert code == 1 and contains in err and len(err.strip().splitlines()) == 1, err
    assert list(out_dir.iterdir()) == []
    db, _ = open_database(url)
    try:
        center = CenterService(db, "t").get_center()
        # The old code still finds the child: nothing was revoked.
        assert RosterService(db, "t").find_child(center.id, old).draft.name == ZHANG
    finally:
        db.dispose()
