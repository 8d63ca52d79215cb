"""The receipt of an app invoice: maps `app.billing.Invoice` onto `ReceiptData`."""

from __future__ import annotations

from decimal import Decimal

from app.billing import Invoice
from app.catalogue import Branch
from app.settings import local_time
from app.tax import TaxRule, dpp_label, ppn_label
from hardware.printing.receipt_model import ReceiptData, ReceiptLine, ReceiptPayment


def receipt_from_invoice(invoice: Invoice, branch: Branch, cashier_name: str, rule: TaxRule, *,
                         reprint: bool = False) -> ReceiptData:
    """Cash is printed as tendered, so payments − change = total, as on any struk.

    `rule` is the tax rule that made the invoice (`CheckoutService.tax_rule_of`): the PPN and DPP
    lines say its rate and fraction. A reprint says so at the top."""
    return ReceiptData(
        branch_name=branch.name or branch.code or "SentraAuto Care",
        branch_address=branch.address or "",
        npwp=branch.npwp or "",
        invoice_no=invoice.number,
        wo_no=invoice.wo_number,
        plate=invoice.plate,
        issued_at=local_time(invoice.issued_at),
        cashier=cashier_name,
        lines=[ReceiptLine(description=l.description, qty=Decimal(l.qty), unit_price=l.unit_price, amount=l.amount)
               for l in invoice.lines],
        subtotal=invoice.labour_total + invoice.parts_total,
        discount=invoice.discount,
        dpp=invoice.dpp,
        ppn=invoice.ppn,
        ppn_label=ppn_label(rule),
        dpp_label=dpp_label(rule),
        total=invoice.total,
        payments=[
            ReceiptPayment(
                method=p.method,
                amount=(p.tendered or p.amount) if p.method == "cash" else p.amount,
                card_label=p.card_label or "", masked_pan=p.masked_pan or "", approval_code=p.approval_code or "",
            )
            for p in invoice.payments
        ],
        change=invoice.change,
        reprint=reprint,
    )
