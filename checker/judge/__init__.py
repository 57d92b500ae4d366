"""checker.judge."""
