"""HQ price lists: the price in force (branch row over every-branch row, latest date not after the
day, deleted rows ignored), and new work-order lines taking it on the branch's business day while
lines already on the work order keep theirs."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.events.replicate import apply_batch
from app.price_lists import business_day, price_id, price_on, price_op
from app.roles import Role
from tests.sync.helpers import BASE_MS, event

DAY = "2027-01-01"


def _row(branch: str | None, start: str, price: int, *, kind: str = "part", item: str = "p1",
         deleted: bool = False, row_id: str | None = None) -> dict:
    return {"id": row_id or uuid.uuid4().hex, "branch_id": branch, "item_kind": kind, "item_id": item,
            "unit_price": price, "valid_from": start, "_del": "x" if deleted else None}


def test_the_branch_row_wins_over_every_branch_and_the_latest_date_not_after_the_day() -> None:
    rows = [_row(None, "2026-01-01", 100), _row("", "2026-06-01", 150), _row("br1", "2026-03-01", 120),
            _row("br1", "2027-02-01", 999), _row("br2", "2026-12-01", 777)]
    assert price_on(rows, "part", "p1", "br1", DAY) == 120  # its own row, though the HQ row is later
    assert price_on(rows, "part", "p1", "br2", DAY) == 777
    assert price_on(rows, "part", "p1", "br3", DAY) == 150  # no row of its own: every branch's latest
    assert price_on(rows, "part", "p1", "br3", "2026-05-31") == 100
    assert price_on(rows, "part", "p1", "br1", "2027-02-01") == 999  # in force on its first day
    assert price_on(rows, "part", "p1", "br1", "2025-12-31") is None  # nothing yet: the catalogue's price
    assert price_on(rows, "labour", "p1", "br1", DAY) is None  # another kind
    assert price_on(rows, "part", "p2", "br1", DAY) is None


def test_deleted_rows_and_rows_without_a_date_or_price_are_ignored() -> None:
    rows = [_row(None, "2026-01-01", 100), _row("br1", "2026-06-01", 50, deleted=True),
            {**_row("br1", "2026-07-01", 60), "valid_from": None}, {**_row("br1", "2026-08-01", 70), "unit_price": None}]
    assert price_on(rows, "part", "p1", "br1", DAY) == 100


def test_a_bad_day_is_refused() -> None:
    with pytest.raises(ValueError):
        price_on([], "part", "p1", "br1", "01/01/2027")


_rows = st.lists(st.builds(
    _row, st.sampled_from([None, "", "br1", "br2"]),
    st.dates(date(2025, 1, 1), date(2028, 12, 31)).map(date.isoformat), st.integers(0, 10**9),
    kind=st.sampled_from(["part", "labour"]), item=st.sampled_from(["p1", "p2"]), deleted=st.booleans(),
    row_id=st.text("abcdef0123", min_size=1, max_size=4)), max_size=12)


@settings(max_examples=200, deadline=None)
@given(_rows, st.randoms(use_true_random=False), st.sampled_from(["br1", "br2", "br3"]),
       st.dates(date(2025, 1, 1), date(2028, 12, 31)))
def test_the_order_of_the_rows_does_not_matter(rows, rnd, branch, day) -> None:  # noqa: ANN001
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    for kind in ("part", "labour"):
        assert price_on(shuffled, kind, "p1", branch, day.isoformat()) == price_on(rows, kind, "p1", branch,
                                                                                   day.isoformat())


@settings(max_examples=200, deadline=None)
@given(_rows, st.sampled_from(["br1", "br2", "br3"]), st.dates(date(2025, 1, 1), date(2028, 12, 1)),
       st.integers(1, 400), st.sampled_from([None, "", "br1", "br2", "br3"]), st.integers(0, 10**9))
def test_a_row_starting_after_today_never_applies_today(rows, branch, today, ahead, scope, price) -> None:  # noqa: ANN001
    day = today.isoformat()
    later = _row(scope, (today + timedelta(days=ahead)).isoformat(), price)
    assert price_on([*rows, later], "part", "p1", branch, day) == price_on(rows, "part", "p1", branch, day)


@settings(max_examples=100, deadline=None)
@given(_rows, st.sampled_from(["br1", "br2"]), st.dates(date(2025, 1, 1), date(2028, 12, 31)))
def test_the_answer_is_a_live_row_in_force_for_the_branch(rows, branch, day) -> None:  # noqa: ANN001
    got = price_on(rows, "part", "p1", branch, day.isoformat())
    live = [r for r in rows if r["item_kind"] == "part" and r["item_id"] == "p1" and r["_del"] is None
            and r["valid_from"] <= day.isoformat() and (r["branch_id"] or "") in ("", branch)]
    if not live:
        assert got is None
    else:
        own = [r for r in live if r["branch_id"] == branch]
        best = max(own or live, key=lambda r: (r["valid_from"], r["id"]))
        assert got == best["unit_price"]


def test_the_business_day_is_the_branch_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENTRA_TZ", "Asia/Jakarta")
    assert business_day(datetime(2026, 12, 31, 17, 30, tzinfo=timezone.utc)) == "2027-01-01"  # 00:30 WIB
    assert business_day(datetime(2026, 12, 31, 16, 30, tzinfo=timezone.utc)) == "2026-12-31"
    monkeypatch.setenv("SENTRA_TZ", "Asia/Jayapura")  # WIT, UTC+9
    assert business_day(datetime(2026, 12, 31, 15, 30, tzinfo=timezone.utc)) == "2027-01-01"


def test_a_price_op_is_checked_and_its_id_is_stable() -> None:
    op = price_op(None, "part", "p1", 125_000, " 2027-01-01 ")
    assert op["fields"] == {"branch_id": "", "item_kind": "part", "item_id": "p1", "unit_price": 125_000,
                            "valid_from": DAY}
    assert op["id"] == price_op("", "part", "p1", 99, DAY)["id"] == price_id("", "part", "p1", DAY)
    assert op["id"] != price_op("br1", "part", "p1", 99, DAY)["id"]
    for bad in ((None, "oil", "p1", 1, DAY), (None, "part", "", 1, DAY), (None, "part", "p1", -1, DAY),
                (None, "part", "p1", 10**13, DAY), (None, "part", "p1", True, DAY), (None, "part", "p1", 1, "2027-13-01")):
        with pytest.raises(ValidationError):
            price_op(*bad)


# -- work-order lines ------------------------------------------------------------------------------
def _publish(store, *ops: dict) -> None:  # noqa: ANN001
    """Price rows as the cloud publishes them (authority 1), merged like any pulled event."""
    apply_batch(store, [event("cloud", random.randrange(1, 10**6), BASE_MS, list(ops), authority=1, branch="global")])


def test_new_wo_lines_take_the_list_price_of_the_business_day_and_old_lines_keep_theirs(
        services, cast, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("SENTRA_TZ", "Asia/Jakarta")
    store, wos, sa = services.store, services.workorders, cast.actors[Role.ADVISOR]
    oil, brake = cast.part_ids["oil"], cast.labour_ids["brake"]
    catalogue_oil = services.catalogue.part(oil).unit_price
    catalogue_rate = services.catalogue.labour(brake).rate_per_hour
    branch = store.identity.branch_id
    _publish(store, price_op(None, "part", oil, 90_000, DAY), price_op(branch, "part", oil, 95_000, "2027-01-02"),
             price_op(None, "labour", brake, 200_000, DAY), price_op("elsewhere", "labour", brake, 1, "2026-01-01"))
    monkeypatch.setattr(wos, "now", lambda: datetime(2026, 12, 31, 16, 59, tzinfo=timezone.utc))  # 23:59 WIB
    wo = wos.open(sa, cast.vehicle_ids[0], ["Servis"])
    before = wos.add_part(sa, wo.id, oil, 1)
    job_before = wos.add_job(sa, wo.id, brake)
    assert (before.unit_price, job_before.rate_per_hour) == (catalogue_oil, catalogue_rate)
    monkeypatch.setattr(wos, "now", lambda: datetime(2026, 12, 31, 17, 0, tzinfo=timezone.utc))  # 00:00 WIB
    assert wos.add_part(sa, wo.id, oil, 1).unit_price == 90_000
    assert wos.add_job(sa, wo.id, brake).rate_per_hour == 200_000
    monkeypatch.setattr(wos, "now", lambda: datetime(2027, 1, 2, 3, 0, tzinfo=timezone.utc))
    assert wos.add_part(sa, wo.id, oil, 1).unit_price == 95_000  # the branch's own row from its date
    lines = {p.id: p.unit_price for p in wos.get(wo.id).parts}
    assert lines[before.id] == catalogue_oil  # no repricing of lines already there
    jobs = {j.id: j.rate_per_hour for j in wos.get(wo.id).jobs}
    assert jobs[job_before.id] == catalogue_rate
    assert services.catalogue.part(oil).unit_price == catalogue_oil  # the catalogue itself is untouched


def test_a_recommended_job_and_a_pick_slip_line_take_the_list_price(services, cast) -> None:  # noqa: ANN001
    from app.wo_states import WOStatus

    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    oil, brake = cast.part_ids["oil"], cast.labour_ids["brake"]
    _publish(services.store, price_op(None, "part", oil, 91_000, "2020-01-01"),
             price_op(services.store.identity.branch_id, "labour", brake, 210_000, "2020-01-01"))
    wo = services.workorders.open(sa, cast.vehicle_ids[0], ["Servis berkala"])
    services.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
    services.workorders.move(mech, wo.id, WOStatus.WORKING)
    found = services.findings.record(mech, wo.id, "BRAKE_WORN", "kampas 2 mm", recommend_labour_id=brake)
    slip = services.pickslips.request_parts(mech, wo.id, [(oil, 1)])
    current = services.workorders.get(wo.id)
    assert next(j for j in current.jobs if j.id == found.recommended_job_id).rate_per_hour == 210_000
    assert next(p for p in current.parts if p.id == slip.lines[0].wo_part_id).unit_price == 91_000

