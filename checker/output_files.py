"""Where outputs go, and writing them so that an interrupted run leaves no half file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, Callable

from .errors import InputError, os_reason

DEFAULT_OUT = Path("outputs")


def prepare_dir(directory: Path) -> Path:
    """Create the output folder if needed; one clear error if it cannot be written."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"无法创建输出文件夹 {directory}（{os_reason(exc)}；请指定可写的输出位置）") from None
    if not directory.is_dir() or not os.access(directory, os.W_OK | os.X_OK):
        raise InputError(f"输出文件夹不可写：{directory}（请指定可写的输出位置）")
    return directory


def output_path(directory: Path, name: str, inputs: list[Path]) -> Path:
    path = prepare_dir(directory) / name
    for src in inputs:
        if src.exists() and path.exists() and path.resolve() == src.resolve():
            raise InputError(f"输出文件 {path} 与输入文件相同，已停止以免覆盖输入（请指定其他输出位置）")
    return path


def atomic_write(path: Path, write: Callable[[str], Any]) -> Path:
    """Call write(tmp) for a temporary file beside `path`, then move it into place.

    An interrupted or failed write leaves the old file (or none), never half a file.
    """
    prepare_dir(path.parent if str(path.parent) else Path("."))
    fd, tmp = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        mask = os.umask(0o022)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes 0600; outputs are shared like any saved file
        write(tmp)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(f"无法写入 {path}（{os_reason(exc)}；请检查文件是否被占用或换一个输出位置）") from None
        raise
    return path


def atomic_save_workbook(workbook: Any, path: Path) -> Path:
    """Save an openpyxl workbook atomically (see atomic_write)."""
    return atomic_write(path, workbook.save)
