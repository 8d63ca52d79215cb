"""Checkout on the simulated EDC terminal through the real flow and the station's journal:
a split sale's receipt decoded and checked against the invoice, the drawer kick only with cash,
and a restart while a card sale is unresolved resolved by status with one charge."""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from app.billing import PaymentIn
from app.card_errors import CardUnresolved
from app.device_journal import DeviceJournal
from app.money import format_rupiah
from app.roles import Role
from app.services import Services
from hardware.edc.interface import SerialEdcTerminal
from hardware.edc.journal_store import StorePaymentJournal
from hardware.edc.payment import PaymentPendingError
from hardware.printing.escpos_decode import PrintedDrawerKick, PrintedLine, decode_escpos
from hardware.printing.from_invoice import receipt_from_invoice
from hardware.printing.spool import PrintStation
from tests.cashier.conftest import complete_wo
from tests.core.conftest import KEY, seeded_template  # noqa: F401

from .conftest import pty_only
from .test_printing import Shop

pytestmark = pty_only


@pytest.fixture
def station(tmp_path, seeded_template):  # noqa: F811
    path, cast = seeded_template
    copy = tmp_path / "station.db"
    shutil.copyfile(path, copy)
    services = Services.open(copy, KEY)
    yield services, cast, copy
    services.close()


def _terminal(services: Services, port: str, **kw: Any) -> SerialEdcTerminal:
    opts = {"ack_timeout": 0.3, "response_timeout": 3.0, "status_backoff": (0.05,), "status_response_timeout": 0.5}
    return SerialEdcTerminal(port, StorePaymentJournal(DeviceJournal(services.store)), **(opts | kw))


def _printed(services: Services, cashier, invoice_id: str, open_drawer: bool) -> bytes:
    shop = Shop({1: b"\x12", 4: b"\x12"})
    printer = PrintStation("serial:/dev/ttyS9", paper_mm=58, printer_factory=shop.factory)
    invoice = services.billing.get(invoice_id)
    data = receipt_from_invoice(invoice, services.catalogue.branch(), cashier.name,
                                services.checkout.tax_rule_of(invoice_id))
    printer.print_receipt(data, kick_drawer=open_drawer)
    [sent] = shop.printed
    return sent


def test_split_card_and_cash_receipt_matches_the_invoice(station, simulator) -> None:
    services, cast, _ = station
    cashier = cast.actors[Role.CASHIER]
    services.shifts.open(cashier, 500_000)
    wo = complete_wo(services, cast, jobs=("service", "brake"), parts=(("oil", 1), ("pads", 1)))
    inv = services.checkout.start(cashier, wo.id, discount=50_000)
    terminal = _terminal(services, simulator.port)
    try:
        card = services.card_sales.charge(cashier, inv.id, 1_000_000, terminal)
    finally:
        terminal.close()
    rest = card.invoice.balance
    tendered = -(-rest // 50_000) * 50_000
    cash = services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=rest, tendered=tendered)])
    inv = cash.invoice
    assert inv.balance == 0 and len(simulator.charges) == 1 and simulator.charges[0].amount == 1_000_000

    items = decode_escpos(_printed(services, cashier, inv.id, cash.open_drawer))
    lines = [x.text for x in items if isinstance(x, PrintedLine)]

    def amount_on(label: str) -> str:
        found = [t[len(label):].strip() for t in lines if t.startswith(label)]
        assert len(found) == 1, (label, lines)
        return found[0]

    assert amount_on("Subtotal") == format_rupiah(inv.labour_total + inv.parts_total)
    assert amount_on("Diskon") == format_rupiah(-inv.discount)
    assert amount_on("DPP 11/12") == format_rupiah(inv.dpp)
    assert amount_on("PPN 12%") == format_rupiah(inv.ppn)
    assert amount_on("TOTAL") == format_rupiah(inv.total)
    assert amount_on("Kartu (EDC)") == format_rupiah(1_000_000)
    assert amount_on("Tunai") == format_rupiah(tendered)
    assert amount_on("Kembalian") == format_rupiah(tendered - rest) == format_rupiah(inv.change)
    body = [t for t in lines if t.startswith("  ") and "x Rp" in t]  # "  qty x price   amount"
    assert len(body) == len(inv.lines)
    assert sum(int(t.rsplit("Rp", 1)[1].replace(".", "")) for t in body) == inv.labour_total + inv.parts_total
    text = "\n".join(lines)
    assert simulator.charges[0].approval_code in text and inv.plate in text
    assert [type(x) for x in items].count(PrintedDrawerKick) == 1  # cash changed hands


def test_card_only_receipt_never_opens_the_drawer(station, simulator) -> None:
    services, cast, _ = station
    cashier = cast.actors[Role.CASHIER]
    services.shifts.open(cashier, 0)
    inv = services.checkout.start(cashier, complete_wo(services, cast).id)
    terminal = _terminal(services, simulator.port)
    try:
        result = services.card_sales.charge(cashier, inv.id, inv.total, terminal)
    finally:
        terminal.close()
    assert result.invoice.balance == 0 and not result.open_drawer
    items = decode_escpos(_printed(services, cashier, inv.id, result.open_drawer))
    assert not any(isinstance(x, PrintedDrawerKick) for x in items)


def test_restart_while_a_card_sale_is_unresolved_resolves_by_status_with_one_charge(station, simulator) -> None:
    services, cast, path = station
    cashier = cast.actors[Role.CASHIER]
    services.shifts.open(cashier, 0)
    inv = services.checkout.start(cashier, complete_wo(services, cast).id)
    other = services.checkout.start(cashier, complete_wo(services, cast, vehicle=1).id)
    simulator.faults.lose_responses = 1000  # the cable is cut after the terminal took the sale
    terminal = _terminal(services, simulator.port, response_timeout=1.0, status_give_up=0.6)
    with pytest.raises(CardUnresolved, match="checking with the terminal"):
        services.card_sales.charge(cashier, inv.id, inv.total, terminal)
    assert services.billing.get(inv.id).payments == []  # nothing recorded while unknown
    with pytest.raises(PaymentPendingError, match="still unresolved"):  # no second card sale meanwhile
        services.card_sales.charge(cashier, other.id, other.total, terminal)
    assert simulator.wait_idle(timeout=5) and len(simulator.charges) == 1  # the card was charged
    terminal.close()
    services.close()

    # the app starts again: recovery asks the terminal, then the approved sale is recorded once
    simulator.faults.lose_responses = 0
    services = Services.open(path, KEY)
    try:
        terminal = _terminal(services, simulator.port)
        [recovered] = terminal.recover()
        assert recovered.status == "approved" and recovered.amount == inv.total
        [done] = services.card_sales.reconcile(cashier)
        assert done.invoice.id == inv.id and done.invoice.balance == 0
        assert services.card_sales.reconcile(cashier) == []  # once
        # the cashier presses "card" again: nothing due, nothing sent
        with pytest.raises(Exception, match="due"):
            services.card_sales.charge(cashier, inv.id, inv.total, terminal)
        # and the other customer's card sale may go now
        services.card_sales.charge(cashier, other.id, other.total, terminal)
        terminal.close()
        assert len(simulator.charges) == 2
        [card] = services.billing.get(inv.id).payments
        assert card.reference == recovered.ecr_ref and card.amount == inv.total
    finally:
        services.close()
