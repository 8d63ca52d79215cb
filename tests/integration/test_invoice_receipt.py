"""The printed receipt of a real invoice: decode the ESC/POS bytes and compare with the invoice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app import demo
from app.money import format_rupiah
from app.services import Services
from app.store import Store
from hardware.printing.escpos_decode import PrintedCut, PrintedDrawerKick, PrintedLine, PrintedQr, decode_escpos
from hardware.printing.from_invoice import receipt_from_invoice
from hardware.printing.preview import render_escpos_png
from hardware.printing.receipt import receipt_bytes

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    services = Services.over(Store.create(tmp_path_factory.mktemp("rcpt") / "s.db", "ab" * 32,
                                          branch_code="KGD", station_code="K1"))
    result = demo.scripted_day(services, demo.seed(services))
    yield services, result
    services.close()


@pytest.mark.parametrize("paper", [58, 80])
def test_printed_receipt_is_the_invoice(day, paper):
    services, result = day
    inv = result.invoice
    data = receipt_from_invoice(inv, services.catalogue.branch(), result.cashier_name,
                                services.checkout.tax_rule_of(inv.id))
    raw = receipt_bytes(data, paper, kick_drawer=True)
    items = decode_escpos(raw)
    lines = [x.text for x in items if isinstance(x, PrintedLine)]

    def amount_on(label: str) -> str:
        found = [t[len(label):].strip() for t in lines if t.startswith(label)]
        assert len(found) == 1, (label, lines)
        return found[0]

    assert amount_on("Subtotal") == format_rupiah(inv.labour_total + inv.parts_total)
    assert amount_on("Diskon") == format_rupiah(-inv.discount)
    assert amount_on("DPP 11/12") == format_rupiah(inv.dpp)  # the rule that made the invoice
    assert amount_on("PPN 12%") == format_rupiah(inv.ppn)
    assert amount_on("TOTAL") == format_rupiah(inv.total)
    card = next(p for p in inv.payments if p.method == "card")
    cash = next(p for p in inv.payments if p.method == "cash")
    assert amount_on("Kartu (EDC)") == format_rupiah(card.amount)
    assert amount_on("Tunai") == format_rupiah(cash.tendered)
    assert amount_on("Kembalian") == format_rupiah(inv.change)
    text = "\n".join(lines)
    assert card.masked_pan in text and card.approval_code in text and inv.plate in text
    assert [q.data for q in items if isinstance(q, PrintedQr)] == [inv.number]
    kinds = [type(x) for x in items]
    assert PrintedCut in kinds and PrintedDrawerKick in kinds
    image = render_escpos_png(raw, paper)
    assert image.width == {58: 384, 80: 576}[paper] + 32
    if os.environ.get("SENTRA_SCREENSHOTS"):  # refresh the README's pictures
        SHOTS.mkdir(parents=True, exist_ok=True)
        image.save(SHOTS / f"receipt_demo_{paper}mm.png")


@pytest.mark.parametrize("paper", [58, 80])
def test_document_numbers_are_never_broken(day, paper):
    services, result = day
    data = receipt_from_invoice(result.invoice, services.catalogue.branch(), result.cashier_name,
                                services.checkout.tax_rule_of(result.invoice.id))
    lines = [x.text for x in decode_escpos(receipt_bytes(data, paper)) if isinstance(x, PrintedLine)]
    assert any(result.invoice.number in t for t in lines)
    assert any(result.invoice.wo_number in t for t in lines)
    long_no = data.model_copy(update={"invoice_no": "INV/KELAPAGADING/KASIR-DEPAN/2611/00001"})
    lines = [x.text for x in decode_escpos(receipt_bytes(long_no, paper)) if isinstance(x, PrintedLine)]
    assert long_no.invoice_no in "".join(t.strip() for t in lines)  # wrapped, nothing cut off
