"""Errors the user can act on. The CLI prints `str(error)` as one line and exits 2."""

from __future__ import annotations


class CheckerError(Exception):
    """Unusable input, catalogue or output location: one line, what is wrong and what to do."""


class CatalogueError(CheckerError):
    def __init__(self, file: str, line: int | None, field: str, message: str) -> None:
        self.file, self.line, self.field, self.message = file, line, field, message
        where = f"{file}:{line}" if line else file
        super().__init__(f"指标目录错误 {where}: 字段 {field}: {message}")


class InputError(CheckerError):
    pass
