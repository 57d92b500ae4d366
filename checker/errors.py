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


MEMORY_MESSAGE = "内存不足，文件过大（请拆分文件后再检查）"


def failure_text(exc: BaseException, limit: int = 200) -> str:
    """One line for any error while checking a file: the user's own, or a bug named briefly."""
    if isinstance(exc, CheckerError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return MEMORY_MESSAGE
    return f"内部错误 {type(exc).__name__}: {str(exc)[:limit]}"
