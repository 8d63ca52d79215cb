"""Qt item models fed by the services through `ui.operations`."""
