"""HQ parts catalogue import: 100,000 CSV rows checked whole, staged on an in-process cloud in
batches of 500 and published in one transaction (sentra admin import-parts without the network).

Prints one JSON line: rows/s for the check, the upload + commit, and end to end.
Target: ≥ 20,000 rows/s end to end.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from sync.master_import import publish, read_parts
from tests.sync.cloudkit import ADMIN, make_kit

N = int(os.environ.get("SENTRA_BENCH_PARTS", "100000"))
TARGET = 20_000


def write_csv(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write("sku,name,unit_price,unit,barcode,has_expiry\n")
        for i in range(n):
            out.write(f"SKU-{i:07d},Suku cadang nomor {i} untuk Avanza/Xenia,{(i % 900 + 100) * 1000},pcs,"
                      f"899{i:010d},{'ya' if i % 7 == 0 else 'tidak'}\n")


def test_import_100k_parts(tmp_path: Path) -> None:
    path = tmp_path / "parts.csv"
    write_csv(path, N)
    kit = make_kit(f"sqlite:///{tmp_path / 'cloud.db'}")
    start = time.perf_counter()
    parsed = read_parts(path)
    checked = time.perf_counter()
    assert parsed.ok and len(parsed.ops) == N
    out = publish(kit.client, ADMIN, parsed.ops)
    done = time.perf_counter()
    assert out["ops"] == N and out["events"] == -(-N // 500)
    check_s, upload_s, total_s = checked - start, done - checked, done - start
    figure = {"bench": "master_import_parts", "rows": N, "check_s": round(check_s, 3),
              "upload_commit_s": round(upload_s, 3), "total_s": round(total_s, 3),
              "check_rows_per_s": round(N / check_s), "upload_rows_per_s": round(N / upload_s),
              "rows_per_s": round(N / total_s), "target_rows_per_s": TARGET, "cloud": "sqlite file, in-process",
              "met": N / total_s >= TARGET}
    print(json.dumps(figure))
