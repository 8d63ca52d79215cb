"""The minimal multi-branch cloud API (FastAPI over SQLAlchemy): see `sync.cloud.app.create_app`."""
