"""Translated names for core enums and error codes (the core speaks English and codes)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import DomainError
from app.ports import DeviceMessage
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


_DEVICE_TEXT: dict[DeviceMessage, str] = {
    DeviceMessage.SENDING: QT_TRANSLATE_NOOP("Devices", "Sending to the card terminal…"),
    DeviceMessage.SENT: QT_TRANSLATE_NOOP("Devices", "Sent to the card terminal"),
    DeviceMessage.WAITING_FOR_CARD: QT_TRANSLATE_NOOP("Devices", "Waiting for the card / PIN on the terminal…"),
    DeviceMessage.CHECKING_STATUS: QT_TRANSLATE_NOOP("Devices", "Checking the payment status on the terminal…"),
    DeviceMessage.DONE: QT_TRANSLATE_NOOP("Devices", "Done"),
    DeviceMessage.EDC_NOT_CONFIGURED: QT_TRANSLATE_NOOP("Devices", "No card terminal is set up for this station"),
    DeviceMessage.EDC_SIMULATOR_NEEDS_PTY: QT_TRANSLATE_NOOP(
        "Devices", "The card terminal simulator needs a pseudo-terminal (Linux/macOS)"),
    DeviceMessage.EDC_SIMULATOR_FAILED: QT_TRANSLATE_NOOP("Devices", "The card terminal simulator could not start"),
    DeviceMessage.PRINTER_NOT_CONFIGURED: QT_TRANSLATE_NOOP("Devices", "No receipt printer is set up for this station"),
    DeviceMessage.PRINTER_BAD_URL: QT_TRANSLATE_NOOP("Devices", "The receipt printer address is not valid"),
    DeviceMessage.SCANNER_NOT_CONFIGURED: QT_TRANSLATE_NOOP("Devices", "No scanner port is set up for this station"),
}


def device_message(code: DeviceMessage | str) -> str:
    """What a device says (a `DeviceMessage` code from `app.ports`), in the user's language."""
    try:
        return QCoreApplication.translate("Devices", _DEVICE_TEXT[DeviceMessage(code)])
    except (ValueError, KeyError):
        return str(code)
