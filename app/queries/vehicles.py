"""The vehicle card: owner, the car, its last odometer, open work orders and its service
timeline from every branch (the replica holds them), newest first, with warranty links."""

from __future__ import annotations

from pydantic import BaseModel

from app.errors import NotFoundError
from app.store import Store
from app.wo_states import OPEN_STATES

_CHUNK = 500


class WoRef(BaseModel):
    id: str
    number: str


class TimelineEntry(BaseModel):
    wo_id: str
    number: str
    status: str
    opened_at: str | None
    branch: str  # the branch's name, else its code
    odometer_km: int | None
    complaints: list[str]
    jobs: list[str]
    invoice_total: int | None
    parent: WoRef | None = None  # the work order this one reworks under warranty
    reworks: list[WoRef] = []  # warranty reworks opened from this one

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATES


class Owner(BaseModel):
    id: str
    name: str
    phone: str | None
    email: str | None
    address: str | None


class VehicleCard(BaseModel):
    vehicle_id: str
    plate: str
    vin: str | None
    make: str | None
    model: str | None
    year: int | None
    owner: Owner
    last_odometer_km: int | None
    timeline: list[TimelineEntry]  # newest first, every branch

    @property
    def open_wos(self) -> list[TimelineEntry]:
        return [t for t in self.timeline if t.is_open]


def _in(ids: list[str]) -> str:
    return ",".join("?" * len(ids))


def vehicle_card(store: Store, vehicle_id: str) -> VehicleCard:
    with store.read() as conn:
        row = conn.execute(
            "SELECT v.id, v.plate, v.vin, v.make, v.model, v.year, c.id, c.name, c.phone, c.email, c.address"
            " FROM vehicles v LEFT JOIN customers c ON c.id = v.customer_id WHERE v.id = ? AND v._del IS NULL",
            (vehicle_id,)).fetchone()
        if row is None or row[1] is None:
            raise NotFoundError(f"no vehicle {vehicle_id}")
        odo = conn.execute(
            "SELECT km FROM odometer_readings WHERE vehicle_id = ? AND _del IS NULL AND km IS NOT NULL"
            " ORDER BY read_at DESC, id DESC LIMIT 1", (vehicle_id,)).fetchone()
        wos = conn.execute(
            "SELECT w.id, w.number, w.status, w.opened_at, coalesce(b.name, b.code, ''), w.odometer_km,"
            " w.parent_wo_id, (SELECT total FROM invoices i WHERE i.wo_id = w.id AND i._del IS NULL LIMIT 1)"
            " FROM workorders w LEFT JOIN branches b ON b.id = w.branch_id"
            " WHERE w.vehicle_id = ? AND w._del IS NULL AND w.number IS NOT NULL"
            " ORDER BY w.opened_at DESC, w.number DESC", (vehicle_id,)).fetchall()
        entries = _entries(conn, wos)
    return VehicleCard(
        vehicle_id=row[0], plate=row[1], vin=row[2], make=row[3], model=row[4], year=row[5],
        owner=Owner(id=row[6] or "", name=row[7] or "", phone=row[8], email=row[9], address=row[10]),
        last_odometer_km=odo[0] if odo else None, timeline=entries)


def _entries(conn, wos: list[tuple]) -> list[TimelineEntry]:  # type: ignore[no-untyped-def]
    ids = [w[0] for w in wos]
    complaints: dict[str, list[str]] = {}
    jobs: dict[str, list[str]] = {}
    children: dict[str, list[WoRef]] = {}
    numbers = {w[0]: w[1] for w in wos}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for wo_id, text in conn.execute(
                f"SELECT wo_id, text FROM wo_complaints WHERE wo_id IN ({_in(chunk)}) AND _del IS NULL ORDER BY id",
                chunk):
            complaints.setdefault(wo_id, []).append(text or "")
        for wo_id, desc in conn.execute(
                f"SELECT wo_id, description FROM wo_jobs WHERE wo_id IN ({_in(chunk)}) AND _del IS NULL"
                " AND coalesce(decision, '') != 'declined' ORDER BY id", chunk):
            jobs.setdefault(wo_id, []).append(desc or "")
        for child_id, number, parent in conn.execute(
                f"SELECT id, number, parent_wo_id FROM workorders WHERE parent_wo_id IN ({_in(chunk)})"
                " AND _del IS NULL AND number IS NOT NULL ORDER BY number", chunk):
            children.setdefault(parent, []).append(WoRef(id=child_id, number=number))
    parents = [w[6] for w in wos if w[6] and w[6] not in numbers]
    if parents:  # a parent on another vehicle record (rare) still shows its number
        for pid, number in conn.execute(
                f"SELECT id, number FROM workorders WHERE id IN ({_in(parents)})", parents):
            numbers[pid] = number
    return [
        TimelineEntry(wo_id=w[0], number=w[1], status=w[2] or "", opened_at=w[3], branch=w[4], odometer_km=w[5],
                      complaints=complaints.get(w[0], []), jobs=jobs.get(w[0], []), invoice_total=w[7],
                      parent=WoRef(id=w[6], number=numbers.get(w[6]) or "?") if w[6] else None,
                      reworks=children.get(w[0], []))
        for w in wos
    ]


class WoLinks(BaseModel):
    parent: WoRef | None
    reworks: list[WoRef]


def warranty_links(store: Store, wo_id: str) -> WoLinks:
    """The work order this one reworks, and the reworks opened from it."""
    with store.read() as conn:
        row = conn.execute("SELECT parent_wo_id FROM workorders WHERE id = ?", (wo_id,)).fetchone()
        parent = None
        if row and row[0]:
            p = conn.execute("SELECT id, number FROM workorders WHERE id = ?", (row[0],)).fetchone()
            if p:
                parent = WoRef(id=p[0], number=p[1] or "?")
        reworks = [WoRef(id=i, number=n) for i, n in conn.execute(
            "SELECT id, number FROM workorders WHERE parent_wo_id = ? AND _del IS NULL AND number IS NOT NULL"
            " ORDER BY number", (wo_id,))]
    return WoLinks(parent=parent, reworks=reworks)
