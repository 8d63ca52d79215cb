"""The cashier's screens: one module per screen (view + view-model). See docs/cashier.md."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.cashier.checkout import CheckoutScreen
from ui.cashier.receipts import ReceiptsScreen
from ui.cashier.receivables import ReceivablesScreen
from ui.cashier.shift import ShiftScreen
from ui.kit.screen import ScreenSpec

SCREENS: list[ScreenSpec] = [
    ScreenSpec("cashier.checkout", QT_TRANSLATE_NOOP("Screens", "Checkout"), CheckoutScreen,
               permission="payment.take", icon="₨"),
    ScreenSpec("cashier.shift", QT_TRANSLATE_NOOP("Screens", "Shift"), ShiftScreen, permission="shift.run", icon="◷"),
    ScreenSpec("cashier.receipts", QT_TRANSLATE_NOOP("Screens", "Receipts"), ReceiptsScreen,
               permission="payment.take", icon="≡"),
    ScreenSpec("cashier.receivables", QT_TRANSLATE_NOOP("Screens", "Receivables"), ReceivablesScreen,
               permission="receivable.collect", icon="∑"),
]
