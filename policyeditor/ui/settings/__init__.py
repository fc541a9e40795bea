"""Settings and the About box."""
