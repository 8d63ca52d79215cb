"""The kit's name for the operations module: everything lives in `ui.operations` (the one place
in `ui/` that starts threads)."""

from ui.operations import (  # noqa: F401 - re-exported
    CancelToken, Cancelled, CommandOp, DeviceOp, Job, Lane, Operation, QueryOp, TaskManager, owner_origin, task_manager,
)

__all__ = ["CancelToken", "Cancelled", "CommandOp", "DeviceOp", "Job", "Lane", "Operation", "QueryOp",
           "TaskManager", "owner_origin", "task_manager"]
