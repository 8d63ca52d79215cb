"""The tour's opening: the advisor logs in through the real PIN pad and looks at the board."""

from __future__ import annotations

from app.roles import Role
from ui.tour.kit import Step, Tour, TourFailure


def login_advisor(t: Tour) -> None:
    t.login_as(Role.ADVISOR)


def board_overview(t: Tour) -> None:
    t.tap("Nav.board")
    t.wait_visible("BoardView")
    t.wait_until("the board to load", lambda: "·" in t.text_of("BoardSummary"))
    columns = t.all("ColumnTitle")
    if len(columns) != 5:
        raise TourFailure(f"the board shows {len(columns)} columns, not 5")


STEPS: list[Step] = [
    Step("advisor", "login", login_advisor),
    Step("advisor", "board-overview", board_overview),
]
