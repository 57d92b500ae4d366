"""Errors the user can act on. The CLI prints `str(error)` as one line and exits 2."""

from __future__ import annotations


class CheckerError(Exception):
    """Unusable input, catalogue or output location: one line, what is wrong and what to do."""


class CatalogueError(CheckerError):
    def __init__(self, file: str, line: int | None, field: str, message: str) -> None:
        self.file, self.line, self.field, self.message = file, line, field, message
        where = f"{file}:{line}" if line else file
        super().__init__(f"指标目录错误 {where}：" + (f"字段 {field}：" if field != "-" else "") + message)


class InputError(CheckerError):
    pass


OS_REASONS = {
    "EACCES": "没有权限", "EPERM": "没有权限", "EEXIST": "已存在同名文件", "ENOENT": "路径不存在",
    "ENOTDIR": "路径中有一段不是文件夹", "EISDIR": "这是一个文件夹", "ENOSPC": "磁盘空间不足",
    "EROFS": "位于只读的磁盘", "EBUSY": "文件被占用", "ENAMETOOLONG": "文件名过长", "EDQUOT": "超出磁盘配额",
    "EINVAL": "文件名不合法", "ETXTBSY": "文件被占用", "EMFILE": "打开的文件过多",
}


def os_reason(exc: OSError) -> str:
    """The cause of an OS error in Chinese (the system's own text is English)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    return OS_REASONS.get(name, "系统拒绝了此操作" + (f"，错误码 {exc.errno}" if exc.errno else ""))


# SQLite's result codes (sqlite3.Error.sqlite_errorname) in words; its own message text is English.
DB_REASONS = {
    "SQLITE_FULL": "磁盘空间不足", "SQLITE_IOERR": "读写磁盘出错", "SQLITE_CORRUPT": "文件已损坏",
    "SQLITE_NOTADB": "不是数据库文件", "SQLITE_BUSY": "正被另一个程序使用", "SQLITE_LOCKED": "正被另一个程序使用",
    "SQLITE_READONLY": "文件是只读的", "SQLITE_CANTOPEN": "无法打开文件", "SQLITE_PERM": "没有权限",
    "SQLITE_AUTH": "没有权限", "SQLITE_NOMEM": "内存不足", "SQLITE_TOOBIG": "记录过大", "SQLITE_PROTOCOL": "文件锁定出错",
}


def db_reason(exc: BaseException) -> str:
    """The cause of a database error in Chinese, from SQLite's result code."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    for code, reason in DB_REASONS.items():
        if name == code or name.startswith(code + "_"):  # SQLITE_IOERR_WRITE is an SQLITE_IOERR
            return reason
    return "数据库操作失败"


MEMORY_MESSAGE = "内存不足，文件过大（请拆分文件后再检查）"


def failure_text(exc: BaseException, limit: int = 200) -> str:
    """One line for any error while checking a file: the user's own, or a bug named briefly."""
    if isinstance(exc, CheckerError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return MEMORY_MESSAGE
    if isinstance(exc, OSError):  # the system refused: the user's disk, permissions or path, not a bug
        where = f" {exc.filename}" if exc.filename else "文件"
        return f"无法读写{where}（{os_reason(exc)}；请检查路径、权限和磁盘空间）"
    return f"内部错误 {type(exc).__name__}: {str(exc)[:limit]}"
