"""checker.figures."""
