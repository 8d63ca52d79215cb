"""Translated names for core enums and error codes (the core speaks English and codes)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.errors import DomainError
from app.roles import Role
from app.wo_states import WOStatus


def role_label(role: Role | str) -> str:
    role = Role(role)
    if role is Role.ADVISOR:
        return QCoreApplication.translate("Labels", "Service advisor")
    if role is Role.MECHANIC:
        return QCoreApplication.translate("Labels", "Mechanic")
    if role is Role.STOREKEEPER:
        return QCoreApplication.translate("Labels", "Storekeeper")
    if role is Role.CASHIER:
        return QCoreApplication.translate("Labels", "Cashier")
    if role is Role.SUPERVISOR:
        return QCoreApplication.translate("Labels", "Supervisor")
    return QCoreApplication.translate("Labels", "Administrator")


def status_label(status: WOStatus | str) -> str:
    status = WOStatus(status)
    if status is WOStatus.INTAKE:
        return QCoreApplication.translate("Labels", "Intake")
    if status is WOStatus.DIAGNOSING:
        return QCoreApplication.translate("Labels", "Diagnosing")
    if status is WOStatus.WORKING:
        return QCoreApplication.translate("Labels", "Working")
    if status is WOStatus.WAITING_PARTS:
        return QCoreApplication.translate("Labels", "Waiting for parts")
    if status is WOStatus.QC_TEST:
        return QCoreApplication.translate("Labels", "QC / test drive")
    if status is WOStatus.COMPLETED:
        return QCoreApplication.translate("Labels", "Completed")
    return QCoreApplication.translate("Labels", "Cancelled")


def error_message(exc: BaseException) -> str:
    """A message for the user: translated where the code is known, the core's text otherwise."""
    if isinstance(exc, DomainError):
        code = exc.code
        if code == "forbidden":
            return QCoreApplication.translate("Labels", "You are not allowed to do this.")
        if code == "not_found":
            return QCoreApplication.translate("Labels", "Not found: %1").replace("%1", str(exc))
        return str(exc)
    return QCoreApplication.translate("Labels", "Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")


def clock_text(moment: datetime, now: datetime | None = None) -> str:
    """`14:30` today, `Sen 14:30`-style otherwise (local time)."""
    local = moment.astimezone()
    now_local = (now or datetime.now().astimezone()).astimezone()
    if local.date() == now_local.date():
        return local.strftime("%H:%M")
    return f"{local.strftime('%d/%m')} {local.strftime('%H:%M')}"
