"""HQ master-data rules without Qt: tax rules' rate bounds and effective dates, warehouse codes."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.master_rules import parse_fraction, rule_in_force, tax_rule_op, warehouse_op


def test_a_tax_rule_becomes_an_upsert_with_exact_fractions() -> None:
    op = tax_rule_op("PPN", "12", "11/12", "2025-01-01")
    assert op["table"] == "tax_rules" and op["op"] == "upsert"
    assert op["fields"] == {"name": "PPN", "rate_num": 3, "rate_den": 25, "dpp_num": 11, "dpp_den": 12,
                            "valid_from": "2025-01-01"}


@pytest.mark.parametrize(("rate", "code"), [("0", "master.rate_bounds"), ("101", "master.rate_bounds"),
                                            ("3/2", "master.rate_bounds"), ("1/0", "master.fraction"),
                                            ("abc", "master.fraction"), ("-5", "master.fraction")])
def test_a_rate_out_of_bounds_is_refused(rate: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        tax_rule_op("PPN", rate, "100", "2025-01-01")
    assert err.value.code == code


def test_two_rules_of_one_name_may_not_take_effect_on_the_same_day() -> None:
    first = tax_rule_op("PPN", "11", "100", "2022-04-01")
    existing = [{"id": first["id"], **first["fields"]}]
    with pytest.raises(ValidationError) as err:
        tax_rule_op("ppn", "12", "11/12", "2022-04-01", existing, rule_id="other")
    assert err.value.code == "master.tax_overlap"
    # editing the rule itself is not a clash; another date or another name is fine
    assert tax_rule_op("PPN", "12", "100", "2022-04-01", existing, rule_id=first["id"])["id"] == first["id"]
    assert tax_rule_op("PPN", "12", "11/12", "2025-01-01", existing)["fields"]["valid_from"] == "2025-01-01"
    assert tax_rule_op("PPN-BM", "10", "100", "2022-04-01", existing)


def test_a_bad_date_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        tax_rule_op("PPN", "11", "100", "2025-02-30")
    assert err.value.code == "master.date"


def test_the_rule_in_force_is_the_latest_that_started() -> None:
    rules = [{"name": "PPN", "valid_from": "2022-04-01", "id": "a"},
             {"name": "PPN", "valid_from": "2025-01-01", "id": "b"}]
    assert rule_in_force(rules, "PPN", "2021-12-31") is None
    assert rule_in_force(rules, "PPN", "2024-12-31")["id"] == "a"
    assert rule_in_force(rules, "ppn", "2025-01-01")["id"] == "b"


@given(st.integers(1, 1000), st.integers(1, 1000))
def test_any_fraction_inside_bounds_round_trips(num: int, den: int) -> None:
    value = Fraction(num, den)
    if value <= 1:
        assert parse_fraction(f"{num}/{den}", "x") == value
    else:
        with pytest.raises(ValidationError):
            parse_fraction(f"{num}/{den}", "x")


def test_warehouse_codes_are_unique_in_a_branch() -> None:
    op = warehouse_op("b1", " gd-1 ", "Gudang Utama")
    assert op["fields"] == {"branch_id": "b1", "code": "GD-1", "name": "Gudang Utama"}
    existing = [{"id": op["id"], **op["fields"]}]
    with pytest.raises(ValidationError) as err:
        warehouse_op("b1", "GD-1", "Lagi", existing, warehouse_id="x")
    assert err.value.code == "master.duplicate"
    assert warehouse_op("b2", "GD-1", "Gudang Cabang 2", existing)["fields"]["branch_id"] == "b2"
    with pytest.raises(ValidationError):
        warehouse_op("b1", "gudang utama!", "x")


@given(st.text(max_size=80))
def test_stable_ids_are_the_uuid5_they_always_were(name: str) -> None:
    """Ids of imported rows must not change between versions: the fast form equals uuid.uuid5."""
    import uuid

    from app.master_rules import uuid5_hex

    for namespace in (uuid.NAMESPACE_URL, uuid.UUID("6b1f5a8e-2a7c-4f0e-9d51-5e3c8f1a7b20")):
        assert uuid5_hex(namespace, name) == uuid.uuid5(namespace, name).hex
