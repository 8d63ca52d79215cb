"""SentraAuto Care core: domain, services, storage and the event log. Imports no Qt."""

__version__ = "0.1.0"
