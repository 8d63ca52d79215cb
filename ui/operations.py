"""The public name of the operations module: everything lives in `ui.kit.operations`."""

from ui.kit.operations import (  # noqa: F401 - re-exported
    CancelToken, Cancelled, CommandOp, DeviceOp, Job, Lane, Operation, QueryOp, TaskManager, task_manager,
)

__all__ = ["CancelToken", "Cancelled", "CommandOp", "DeviceOp", "Job", "Lane", "Operation", "QueryOp",
           "TaskManager", "task_manager"]
