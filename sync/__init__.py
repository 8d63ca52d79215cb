"""Moving events: the cloud API, its client and background worker, the LAN bus, the soak tool."""
