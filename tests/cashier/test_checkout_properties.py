"""Property: any split of what is due across cash (over-tendered), card and on account adds up —
the invoice is paid, the till entries equal the payments, expected cash = float + cash, and the
change is what was tendered over the cash part."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.billing import PaymentIn
from app.roles import Role
from app.services import Services
from tests.cashier.conftest import KEY, complete_wo
from tests.cashier.fakes import FakeTerminal

_counter = itertools.count()


@pytest.fixture(scope="module")
def template(seeded_template, tmp_path_factory):  # noqa: ANN001, ANN201
    """The seeded station with a fleet account and a completed WO, copied per example."""
    path, cast = seeded_template
    base = tmp_path_factory.mktemp("props") / "base.db"
    shutil.copyfile(path, base)
    services = Services.open(base, KEY)
    wo = complete_wo(services, cast, jobs=("service", "brake"), parts=(("oil", 1), ("pads", 1)))
    services.receivables.set_account(cast.actors[Role.SUPERVISOR], wo.customer_id, 10**9, 30)
    services.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    services.close()
    return base, cast, wo.id


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(card_share=st.integers(0, 100), account_share=st.integers(0, 100), over=st.integers(0, 200_000),
       discount=st.integers(0, 75_000), opening=st.integers(0, 2_000_000))
def test_any_split_adds_up(template, card_share, account_share, over, discount, opening) -> None:  # noqa: ANN001
    base, cast, wo_id = template
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"p{next(_counter)}.db"
        shutil.copyfile(base, path)
        services = Services.open(path, KEY)
        try:
            cashier = cast.actors[Role.CASHIER]
            shift = services.shifts.open(cashier, opening)
            inv = services.checkout.start(cashier, wo_id, discount)
            card = inv.total * card_share // 100
            on_account = (inv.total - card) * account_share // 100
            cash = inv.total - card - on_account
            if card:
                services.card_sales.charge(cashier, inv.id, card, FakeTerminal())
            parts = []
            if cash:
                parts.append(PaymentIn(method="cash", amount=cash, tendered=cash + over))
            if on_account:
                parts.append(PaymentIn(method="on_account", amount=on_account))
            result = services.checkout.pay(cashier, inv.id, parts) if parts else None
            paid = services.billing.get(inv.id)
            assert paid.balance == 0 and paid.paid == inv.total == paid.labour_total + paid.parts_total \
                - paid.discount + paid.ppn
            entries = services.shifts.entries(shift.id)
            assert sorted((e.method, e.amount) for e in entries) == sorted((p.method, p.amount) for p in paid.payments)
            assert services.shifts.expected_cash(shift.id) == opening + cash
            if result is not None:
                assert result.change == (over if cash else 0) and result.open_drawer == bool(cash)
            assert services.receivables.outstanding(services.workorders.get(wo_id).customer_id) == on_account
        finally:
            services.close()
