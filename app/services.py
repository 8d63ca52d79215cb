"""Wiring: the services of one station, built over one store. Holds no logic of its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.auth import AuthService
from app.billing import BillingService
from app.catalogue import CatalogueService
from app.customers import CustomerService
from app.estimates import EstimateService
from app.reception import ReceptionService
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

    @classmethod
    def over(cls, store: Store) -> "Services":
        customers = CustomerService(store)
        catalogue = CatalogueService(store)
        stock = StockLedger(store, catalogue)
        workorders = WorkOrderService(store, customers, catalogue, stock)
        billing = BillingService(store, workorders)
        return cls(store=store, auth=AuthService(store), customers=customers, catalogue=catalogue, stock=stock,
                   workorders=workorders, billing=billing,
                   estimates=EstimateService(store, workorders, billing.tax_rule),
                   reception=ReceptionService(store, customers, workorders))

    @classmethod
    def open(cls, path: Path, key: str) -> "Services":
        return cls.over(Store.open(path, key))

    def close(self) -> None:
        self.store.close()
