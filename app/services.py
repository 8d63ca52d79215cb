"""Wiring: the services of one station, built over one store. Holds no logic of its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.auth import AuthService
from app.billing import BillingService
from app.branch_settings import BranchSettings
from app.card_sales import CardSales
from app.catalogue import CatalogueService
from app.checkout import CheckoutService
from app.customers import CustomerService
from app.estimates import EstimateService
from app.findings import FindingsService
from app.job_clock import JobClockService
from app.opname import StockCountService
from app.overrides import OverrideService
from app.pickslips import PickSlipService
from app.purchasing import PurchasingService
from app.qc import QCService
from app.receivables import ReceivableService
from app.reception import ReceptionService
from app.shifts import ShiftService
from app.voids import VoidService
from app.stock_ledger import StockLedger
from app.store import Store
from app.workorders import WorkOrderService


@dataclass
class Services:
    store: Store
    auth: AuthService
    customers: CustomerService
    catalogue: CatalogueService
    stock: StockLedger
    workorders: WorkOrderService
    billing: BillingService
    estimates: EstimateService
    reception: ReceptionService
    settings: BranchSettings
    overrides: OverrideService
    shifts: ShiftService
    receivables: ReceivableService
    checkout: CheckoutService
    card_sales: CardSales
    voids: VoidService
    pickslips: PickSlipService
    purchasing: PurchasingService
    opname: StockCountService
    clock: JobClockService
    findings: FindingsService
    qc: QCService

    @classmethod
    def over(cls, store: Store) -> "Services":
        customers = CustomerService(store)
        catalogue = CatalogueService(store)
        stock = StockLedger(store, catalogue)
        workorders = WorkOrderService(store, customers, catalogue, stock)
        auth, billing, settings = AuthService(store), BillingService(store, workorders), BranchSettings(store)
        clock = JobClockService(store)
        shifts = ShiftService(store, settings)
        receivables = ReceivableService(store, shifts)
        return cls(store=store, auth=auth, customers=customers, catalogue=catalogue, stock=stock,
                   workorders=workorders, billing=billing, settings=settings, overrides=OverrideService(auth),
                   shifts=shifts, receivables=receivables,
                   checkout=CheckoutService(store, workorders, billing, shifts, receivables, settings),
                   card_sales=CardSales(store, billing, shifts, receivables), voids=VoidService(store, billing, shifts),
                   estimates=EstimateService(store, workorders, billing.tax_rule),
                   reception=ReceptionService(store, customers, workorders),
                   pickslips=PickSlipService(store, catalogue, stock), purchasing=PurchasingService(store, catalogue, stock),
                   opname=StockCountService(store, catalogue, stock, auth), clock=clock,
                   findings=FindingsService(store, catalogue), qc=QCService(store, workorders, clock))

    @classmethod
    def open(cls, path: Path, key: str) -> "Services":
        return cls.over(Store.open(path, key))

    def close(self) -> None:
        self.store.close()
