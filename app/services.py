"""Wiring: the services of one station, built over one store. Holds no logic of its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.auth import AuthService
from app.billing import BillingService
from app.catalogue import CatalogueService
from app.customers import CustomerService
from app.findings import FindingsService
from app.job_clock import JobClockService
from app.opname import StockCountService
from app.pickslips import PickSlipService
from app.purchasing import PurchasingService
from app.qc import QCService
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
        auth = AuthService(store)
        clock = JobClockService(store)
        return cls(store=store, auth=auth, customers=customers, catalogue=catalogue, stock=stock,
                   workorders=workorders, billing=BillingService(store, workorders),
                   pickslips=PickSlipService(store, catalogue, stock), purchasing=PurchasingService(store, catalogue, stock),
                   opname=StockCountService(store, catalogue, stock, auth), clock=clock,
                   findings=FindingsService(store, catalogue), qc=QCService(store, workorders, clock))

    @classmethod
    def open(cls, path: Path, key: str) -> "Services":
        return cls.over(Store.open(path, key))

    def close(self) -> None:
        self.store.close()
