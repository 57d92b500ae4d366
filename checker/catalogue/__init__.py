"""checker.catalogue.loader."""
