"""Data-layer commands: seed, stats, show, search, serve, demo."""
