"""The ProcessKG service: settings, the FastAPI application and its wiring."""
