"""The cashier's printouts: the PPN line names the rate of the invoice's own tax rule, a reprint from
history says it is a copy, and the Z-report adds up the closed shift (no drawer kick)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from app import tax
from app.billing import PaymentIn
from app.money import format_rupiah
from app.roles import Role
from hardware.printing.escpos_decode import PrintedCut, PrintedDrawerKick, PrintedLine, decode_escpos
from hardware.printing.from_invoice import receipt_from_invoice
from hardware.printing.preview import render_escpos_png
from hardware.printing.receipt import receipt_bytes
from hardware.printing.z_report import z_report_bytes, z_report_text
from tests.cashier.conftest import complete_wo
from tests.core.conftest import cast, seeded, seeded_template, services  # noqa: F401

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _lines(raw: bytes) -> list[str]:
    return [x.text for x in decode_escpos(raw) if isinstance(x, PrintedLine)]


def test_ppn_label_is_the_rate_of_the_rule_that_made_the_invoice(services, cast) -> None:  # noqa: F811
    cashier, boss = cast.actors[Role.CASHIER], cast.actors[Role.SUPERVISOR]
    first = services.checkout.start(cashier, complete_wo(services, cast).id)
    # HQ publishes a new rule (11% on the whole price) valid from yesterday; the next invoice uses it
    yesterday = (datetime.now(timezone.utc) - timedelta(days=1)).date().isoformat()
    with services.store.command("tax.rule", boss.user_id) as cmd:
        cmd.upsert("tax_rules", "ppn-test-11", name="PPN 11%", rate_num=11, rate_den=100, dpp_num=1, dpp_den=1,
                   valid_from=yesterday)
    second = services.checkout.start(cashier, complete_wo(services, cast, vehicle=1).id)
    assert services.checkout.tax_rule_of(first.id) == tax.DEFAULT_RULE
    assert services.checkout.tax_rule_of(second.id).id == "ppn-test-11"
    for inv, ppn, dpp in ((first, "PPN 12%", "DPP 11/12"), (second, "PPN 11%", "DPP")):
        data = receipt_from_invoice(inv, services.catalogue.branch(), cashier.name,
                                    services.checkout.tax_rule_of(inv.id))
        lines = _lines(receipt_bytes(data, 80))
        assert [t for t in lines if t.startswith(ppn + " ")] == [
            f"{ppn} ".ljust(48 - len(format_rupiah(inv.ppn))) + format_rupiah(inv.ppn)]
        assert any(t.split("  ")[0].strip() == dpp and t.endswith(format_rupiah(inv.dpp)) for t in lines)
    assert tax.percent_text(tax.TaxRule(rate_num=25, rate_den=1000).rate) == "2,5%"


def test_reprint_from_history_says_copy(services, cast) -> None:  # noqa: F811
    cashier = cast.actors[Role.CASHIER]
    services.shifts.open(cashier, 0)
    inv = services.checkout.start(cashier, complete_wo(services, cast).id)
    services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total)])
    [found] = services.checkout.history("B1234")
    assert found.id == inv.id
    data = receipt_from_invoice(found, services.catalogue.branch(), cashier.name,
                                services.checkout.tax_rule_of(found.id), reprint=True)
    lines = _lines(receipt_bytes(data, 58))
    assert lines[0].strip() == "** CETAK ULANG / COPY **"


def test_z_report_adds_up_the_shift(services, cast) -> None:  # noqa: F811
    cashier = cast.actors[Role.CASHIER]
    services.shifts.open(cashier, 300_000)
    inv = services.checkout.start(cashier, complete_wo(services, cast).id)
    services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total)])
    services.shifts.move_cash(cashier, "pay_out", 20_000, "parkir")
    expected = 300_000 + inv.total - 20_000
    counts = {100_000: expected // 100_000}
    rest = expected % 100_000
    for d in (50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500):
        counts[d], rest = divmod(rest, d)
    z = services.shifts.close(cashier, counts)
    for paper in (58, 80):
        raw = z_report_bytes(z, paper)
        items = decode_escpos(raw)
        lines = _lines(raw)
        width = {58: 32, 80: 48}[paper]
        assert all(len(t) <= width for t in lines)

        def amount_on(label: str) -> str:
            [found] = [t[len(label):].strip() for t in lines if t.startswith(label)]
            return found

        assert amount_on("Modal awal") == format_rupiah(300_000)
        assert amount_on("Kas seharusnya") == format_rupiah(z.expected_cash)
        assert amount_on("Kas dihitung") == format_rupiah(z.counted_cash)
        assert amount_on("SELISIH") == format_rupiah(z.variance)
        assert amount_on("  Tunai") == format_rupiah(inv.total)
        assert amount_on("Kas keluar") == format_rupiah(20_000)
        counted = [t for t in lines if t.startswith("  Rp ") and " x " in t]
        assert sum(int(t.rsplit("Rp", 1)[1].replace(".", "")) for t in counted) == z.counted_cash
        assert z.z_number in "\n".join(lines) or z.z_number[-width:] in "\n".join(lines)
        kinds = [type(x) for x in items]
        assert PrintedCut in kinds and PrintedDrawerKick not in kinds
        if os.environ.get("SENTRA_SCREENSHOTS"):
            SHOTS.mkdir(parents=True, exist_ok=True)
            render_escpos_png(raw, paper).save(SHOTS / f"z_report_{paper}mm.png")
    assert "LAPORAN Z" in z_report_text(z, 80)
