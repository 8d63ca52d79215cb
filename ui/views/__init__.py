"""Role views: what a user sees after logging in (see `ui.views.registry`)."""
