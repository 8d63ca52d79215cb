"""QRIS charges: asked for by a cashier station, made at the provider, settled by its webhook.

- `create()` makes a charge for an invoice: the order id is unique per invoice and attempt
  (`Q<invoice id>-<attempt>`); a pending, unexpired charge is returned again instead of a second
  QR; an expired one lets the cashier start another.
- A settled payment (Midtrans `settlement`/`capture` with a valid `signature_key`; Xendit
  `qr.payment` SUCCEEDED with the account's callback token) becomes a cloud-authored `payments`
  row for the invoice's branch, in the same transaction that marks the charge paid: every
  station sees it through sync. A duplicate or replayed notification changes nothing (the
  receipt id is stored once, and a paid charge stays paid); a forged one is refused (401).
- `status()` is what the station polls while its QR is on screen; for Midtrans it also asks the
  provider, in case a webhook was lost.
Amounts are integer Rupiah end to end.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Connection, Engine, func, select, update

from app.events.models import UpsertOp
from sync.cloud.service import CloudError, CloudService, StationAuth
from sync.integrations.http import ProviderError
from sync.integrations.midtrans import FAILED, PAID, MidtransClient, valid_notification, whole_rupiah
from sync.integrations.settings import IntegrationSettings
from sync.integrations.xendit import XenditClient, valid_callback_token
from sync.notify import tables as t
from sync.notify.sqlutil import insert_once

QR_MINUTES = 15
Provider = Literal["midtrans", "xendit"]
_SAFE = re.compile(r"[^A-Za-z0-9]")


class QrisIn(BaseModel):
    invoice_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")
    amount: int = Field(gt=0, le=10_000_000_000, strict=True)
    provider: Provider | None = None


class QrisOut(BaseModel):
    order_id: str
    invoice_id: str
    amount: int
    provider: str
    qr_string: str | None
    expires_at: str | None
    status: Literal["pending", "paid", "expired", "failed"]


@dataclass
class Providers:
    midtrans: MidtransClient | None = None
    xendit: XenditClient | None = None

    @classmethod
    def from_settings(cls, s: IntegrationSettings) -> "Providers":
        return cls(midtrans=MidtransClient(s.midtrans_api_base, s.midtrans_server_key or "") if s.midtrans_on else None,
                   xendit=XenditClient(s.xendit_api_base, s.xendit_secret_key or "") if s.xendit_on else None)


def _out(row: Any) -> QrisOut:
    return QrisOut(order_id=row.order_id, invoice_id=row.invoice_id, amount=row.amount, provider=row.provider,
                   qr_string=row.qr_string if row.status == "pending" else None, expires_at=row.expires_at,
                   status=row.status)


class PaymentAccountsIn(BaseModel):
    """A branch's own merchant keys (a chain with several accounts); None leaves a key as it is."""

    midtrans_server_key: str | None = Field(default=None, min_length=1, max_length=200)
    xendit_secret_key: str | None = Field(default=None, min_length=1, max_length=200)
    xendit_callback_token: str | None = Field(default=None, min_length=1, max_length=200)


class PaymentAccountsOut(BaseModel):
    branch_id: str
    midtrans: bool
    xendit: bool


class QrisService:
    def __init__(self, cloud: CloudService, settings: IntegrationSettings, providers: Providers) -> None:
        self.cloud = cloud
        self.engine: Engine = cloud.engine
        self.settings = settings
        self.providers = providers

    # -- per-branch merchant accounts ----------------------------------------------------------
    def set_accounts(self, branch_id: str, body: PaymentAccountsIn) -> PaymentAccountsOut:
        from sync.cloud import db  # noqa: PLC0415
        from sync.notify.sqlutil import upsert  # noqa: PLC0415

        given = body.model_dump(exclude_none=True)
        with self.engine.begin() as conn:
            if not conn.execute(select(db.branches.c.id).where(db.branches.c.id == branch_id)).first():
                raise CloudError(404, f"no branch {branch_id}")
            upsert(conn, t.branch_payment_accounts, ["branch_id"],
                   {"branch_id": branch_id, **given, "updated_at_ms": self.cloud.clock()},
                   update=[*given, "updated_at_ms"])
        s = self.branch_settings(branch_id)
        return PaymentAccountsOut(branch_id=branch_id, midtrans=s.midtrans_on, xendit=s.xendit_on)

    def branch_settings(self, branch_id: str) -> IntegrationSettings:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.branch_payment_accounts)
                               .where(t.branch_payment_accounts.c.branch_id == branch_id)).first()
        if row is None:
            return self.settings
        own = {k: getattr(row, k) for k in ("midtrans_server_key", "xendit_secret_key", "xendit_callback_token")
               if getattr(row, k)}
        return self.settings.model_copy(update=own)

    def _providers(self, branch_id: str) -> Providers:
        s = self.branch_settings(branch_id)
        if s is self.settings:
            return self.providers
        base = self.providers
        return Providers(
            midtrans=MidtransClient(s.midtrans_api_base, s.midtrans_server_key or "") if s.midtrans_on else base.midtrans,
            xendit=XenditClient(s.xendit_api_base, s.xendit_secret_key or "") if s.xendit_on else base.xendit)

    def _branch_of(self, order_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(t.qris_charges.c.branch_id)
                                .where(t.qris_charges.c.order_id == order_id[:50])).scalar()

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self.cloud.clock() / 1000, timezone.utc)

    def _expired(self, row: Any) -> bool:
        return bool(row.expires_at) and _parse_time(row.expires_at) <= self._now()

    def create(self, auth: StationAuth, body: QrisIn) -> QrisOut:
        providers = self._providers(auth.branch_id)
        provider = body.provider or ("midtrans" if providers.midtrans else "xendit")
        client = providers.midtrans if provider == "midtrans" else providers.xendit
        if client is None:
            raise CloudError(409, f"QRIS through {provider} is not configured on the cloud; take another method")
        with self.engine.begin() as conn:
            rows = conn.execute(select(t.qris_charges).where(t.qris_charges.c.invoice_id == body.invoice_id)
                                .order_by(t.qris_charges.c.created_at_ms)).all()
            if any(r.branch_id != auth.branch_id for r in rows):
                raise CloudError(403, "that invoice belongs to another branch")
            if any(r.status == "paid" for r in rows):
                raise CloudError(409, "this invoice is already paid by QRIS")
            for r in rows:
                if r.status == "pending" and not self._expired(r):
                    if r.amount != body.amount:
                        raise CloudError(409, "a QR for another amount is still open for this invoice; let it expire")
                    return _out(r)
                if r.status == "pending":
                    conn.execute(update(t.qris_charges).where(t.qris_charges.c.order_id == r.order_id)
                                 .values(status="expired"))
            order_id = f"Q{_SAFE.sub('', body.invoice_id)[:40]}-{len(rows) + 1}"
        expires = self._now() + timedelta(minutes=QR_MINUTES)
        try:
            if provider == "midtrans":
                charge = providers.midtrans.charge_qris(order_id, body.amount)  # type: ignore[union-attr]
            else:
                charge = providers.xendit.create_qr(order_id, body.amount, expires)  # type: ignore[union-attr]
        except ProviderError as exc:
            raise CloudError(424, f"the QRIS provider refused: {exc.detail}") from exc
        with self.engine.begin() as conn:
            conn.execute(t.qris_charges.insert().values(
                order_id=order_id, branch_id=auth.branch_id, station_id=auth.station_id, invoice_id=body.invoice_id,
                amount=body.amount, provider=provider, provider_ref=charge.provider_ref, qr_string=charge.qr_string,
                expires_at=_normalise_time(charge.expires_at) or expires.isoformat(), status="pending",
                created_at_ms=self.cloud.clock()))
            row = conn.execute(select(t.qris_charges).where(t.qris_charges.c.order_id == order_id)).one()
        return _out(row)

    def status(self, auth: StationAuth, order_id: str) -> QrisOut:
        row = self._charge(order_id, auth.branch_id)
        midtrans = self._providers(auth.branch_id).midtrans
        if row.status == "pending" and row.provider == "midtrans" and midtrans is not None:
            try:
                answer = midtrans.status(order_id)
            except ProviderError:
                answer = {}
            state = str(answer.get("transaction_status", ""))
            if state in PAID and _amount_of(answer) == row.amount:
                self._settle(order_id, receipt=f"status:{answer.get('transaction_id', order_id)}")
            elif state in FAILED:
                self._fail(order_id, "expired" if state == "expire" else "failed")
            row = self._charge(order_id, auth.branch_id)
        if row.status == "pending" and self._expired(row):
            self._fail(order_id, "expired")
            row = self._charge(order_id, auth.branch_id)
        return _out(row)

    def _charge(self, order_id: str, branch_id: str) -> Any:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.qris_charges).where(t.qris_charges.c.order_id == order_id)).first()
        if row is None or row.branch_id != branch_id:
            raise CloudError(404, f"no QRIS charge {order_id} for this branch")
        return row

    # -- webhooks ------------------------------------------------------------------------------
    def midtrans_notification(self, body: dict[str, Any]) -> dict[str, str]:
        branch = self._branch_of(str(body.get("order_id", "")))
        key = (self.branch_settings(branch) if branch else self.settings).midtrans_server_key
        if not key or not valid_notification(body, key):
            raise CloudError(401, "notification signature does not verify")
        order_id, state = str(body.get("order_id")), str(body.get("transaction_status", ""))
        receipt = f"{order_id}:{state}:{body.get('transaction_id', '')}"
        if state in PAID:
            try:
                amount = whole_rupiah(body.get("gross_amount", ""))
            except ValueError as exc:
                raise CloudError(422, str(exc)) from exc
            return {"result": self._settle(order_id, receipt=f"midtrans:{receipt}", amount=amount)}
        if state in FAILED:
            return {"result": self._fail(order_id, "expired" if state == "expire" else "failed")}
        return {"result": "ignored"}

    def xendit_callback(self, token: str | None, body: dict[str, Any]) -> dict[str, str]:
        data = body.get("data") if isinstance(body.get("data"), dict) else {}
        branch = self._branch_of(str(data.get("reference_id", "")))
        expected = (self.branch_settings(branch) if branch else self.settings).xendit_callback_token
        if not valid_callback_token(expected, token):
            raise CloudError(401, "x-callback-token does not match")
        if body.get("event") != "qr.payment" or not data.get("id") or not data.get("reference_id"):
            raise CloudError(422, "not a qr.payment callback")
        if data.get("status") != "SUCCEEDED":
            return {"result": "ignored"}
        amount = data.get("amount")
        if type(amount) is not int:
            raise CloudError(422, "amount must be a whole number of Rupiah")
        return {"result": self._settle(str(data["reference_id"]), receipt=f"xendit:{data['id']}", amount=amount)}

    def _settle(self, order_id: str, *, receipt: str, amount: int | None = None) -> str:
        with self.engine.begin() as conn:
            row = conn.execute(select(t.qris_charges).where(t.qris_charges.c.order_id == order_id)
                               .with_for_update()).first()
            if row is None:
                raise CloudError(404, f"no QRIS charge {order_id}")
            if amount is not None and amount != row.amount:
                raise CloudError(422, f"paid amount {amount} differs from the charge {row.amount}")
            if not insert_once(conn, t.webhook_receipts, ["provider", "receipt_id"],
                               {"provider": row.provider, "receipt_id": receipt[:200], "received_at_ms": self.cloud.clock()}):
                return "duplicate"
            if row.status == "paid":
                return "already paid"
            event = self._payment_event(conn, row)
            conn.execute(update(t.qris_charges).where(t.qris_charges.c.order_id == order_id).values(
                status="paid", paid_at_ms=self.cloud.clock(), payment_event_id=event))
        return "paid"

    def _fail(self, order_id: str, status: str) -> str:
        with self.engine.begin() as conn:
            done = conn.execute(update(t.qris_charges).where(
                t.qris_charges.c.order_id == order_id, t.qris_charges.c.status == "pending").values(status=status))
        return status if done.rowcount else "unchanged"

    def _payment_event(self, conn: Connection, row: Any) -> str:
        received = datetime.fromtimestamp(self.cloud.clock() / 1000, timezone.utc).isoformat()
        count = conn.execute(select(func.count()).select_from(t.qris_charges).where(
            t.qris_charges.c.invoice_id == row.invoice_id, t.qris_charges.c.status == "paid")).scalar_one()
        op = UpsertOp(table="payments", id=uuid.uuid5(uuid.NAMESPACE_URL, f"qris:{row.order_id}").hex, fields={
            "invoice_id": row.invoice_id, "receipt_number": f"QRIS/{row.order_id}/{count + 1}", "method": "qris",
            "amount": row.amount, "reference": row.order_id, "received_at": received})
        event, _cursor = self.cloud.author_event(conn, row.branch_id, "payment.qris", [op.model_dump()])
        return event.event_id


def _amount_of(answer: dict[str, Any]) -> int | None:
    try:
        return whole_rupiah(answer.get("gross_amount", ""))
    except ValueError:
        return None


def _parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone(timedelta(hours=7)))  # Midtrans: WIB


def _normalise_time(text: str | None) -> str | None:
    return _parse_time(text).astimezone(timezone.utc).isoformat() if text else None
