"""Where outputs go, and writing them so that an interrupted run leaves no half file and no
command replaces a file it did not write.

Every scorecard, reviewed copy and comparison the tool saves is marked as its own (the workbook's
keywords property, "fazhi-checker …", which `check` also uses to refuse them as input); every
chart it moves into place carries a PNG text chunk saying so. A file without that mark (a department's
submission, a note) is never replaced unless the user says `--force`; an input never, even then.
Temporaries are named `.~<pid>-…` beside their target, so the next run can tell an abandoned one
(its process is gone) from one another process is still writing, and remove it.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import tempfile
import time
import unicodedata
import zipfile
import zlib
from pathlib import Path
from typing import Any, Callable, Iterable

from .errors import InputError, os_reason

DEFAULT_OUT = Path("outputs")
MARKER = "fazhi-checker"
SCORECARD_MARK = f"{MARKER} scorecard"  # keywords of a scorecard (and its reviewed copy)
COMPARISON_MARK = f"{MARKER} comparison"
TEMP_PREFIX = ".~"
_PNG_MARK = b"tEXtSoftware\x00" + MARKER.encode()
_ABANDONED_AFTER = 600  # seconds: an unmarked temporary this old belongs to no live write
_OLD_TEMP = re.compile(r"\.~[a-z0-9_]{8}(\.xlsx|\.png)?$")  # tempfile names of earlier versions
NAME_LIMIT = 40  # characters of a file-name part taken from content (a government's name)


def prepare_dir(directory: Path) -> Path:
    """Create the output folder if needed; one clear error if it cannot be written."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"无法创建输出文件夹 {directory}（{os_reason(exc)}；请指定可写的输出位置）") from None
    if not directory.is_dir() or not os.access(directory, os.W_OK | os.X_OK):
        raise InputError(f"输出文件夹不可写：{directory}（请指定可写的输出位置）")
    return directory


def safe_name(text: str, limit: int = NAME_LIMIT) -> str:
    """A file-name part from content: no controls, bidi or format characters, no separators, bounded."""
    kept = "".join(ch for ch in unicodedata.normalize("NFC", text)
                   if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))
    name = re.sub(r"[\\/:*?\"<>|\s]+", "_", kept).strip("._")
    return name[:limit].rstrip("._") or "未识别"


def workbook_mark(path: Path) -> str:
    """The tool's mark in a workbook's keywords property (SCORECARD_MARK, COMPARISON_MARK), else "".

    Reads at most a small docProps/core.xml: the file may be an untrusted input not yet guarded.
    """
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return ""
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("docProps/core.xml")
            core = z.read(info) if info.file_size < 100_000 else b""
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, EOFError, zlib.error):
        return ""  # not ours, or damaged: the reader gives the proper message
    found = re.search(rb"<cp:keywords[^>]*>(" + MARKER.encode() + rb"[^<]*)<", core)
    return found.group(1).decode("utf-8", "replace") if found else ""


def is_own_output(path: Path) -> bool:
    """Whether an existing file carries the tool's mark (a workbook or chart it wrote)."""
    try:
        if path.suffix.lower() == ".xlsx":
            return bool(workbook_mark(path))
        if path.suffix.lower() == ".png":
            with open(path, "rb") as fh:
                return _PNG_MARK in fh.read(4096)
    except (OSError, zipfile.BadZipFile, KeyError):
        return False
    return False


def may_write(path: Path, inputs: Iterable[Path] = (), *, force: bool = False) -> Path:
    """Refuse to replace an input (always) or a file the tool did not write (unless `force`)."""
    if path.exists():
        real = path.resolve()
        if any(src.resolve() == real for src in inputs):
            raise InputError(f"输出文件 {path} 与输入文件相同，已停止以免覆盖输入（请指定其他输出位置）")
    if path.is_dir():
        raise InputError(f"输出文件 {path} 是一个文件夹（请用 -o 指定文件名）")
    if path.exists() and not force and not is_own_output(path):
        raise InputError(f"{path} 已存在，且不是本软件写出的文件，为免覆盖已停止"
                         "（确认可以覆盖时加 --force，或指定其他输出位置）")
    return path


def output_path(directory: Path, name: str, inputs: list[Path], *, force: bool = False) -> Path:
    return may_write(prepare_dir(directory) / name, inputs, force=force)


def _temp(directory: Path, suffix: str = "") -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=suffix, dir=directory)
    os.close(fd)
    mask = os.umask(0o022)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes 0600; outputs are shared like any saved file
    return Path(tmp)


def staging_dir(directory: Path) -> Path:
    """A private folder beside the outputs, for files that move into place only after the run commits."""
    return Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", dir=prepare_dir(directory)))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def remove_leftovers(directory: Path) -> list[Path]:
    """Remove the temporaries an interrupted run left in `directory`; those of live processes stay."""
    removed = []
    try:
        entries = list(directory.iterdir())
    except OSError:
        return removed
    now = time.time()
    for p in entries:
        m = re.match(r"\.~(\d+)-", p.name)
        if not m and not _OLD_TEMP.match(p.name):
            continue  # not ours: e.g. LibreOffice's `.~lock.<name>#` of a scorecard open right now
        try:
            if m and int(m.group(1)) != os.getpid() and _alive(int(m.group(1))):
                continue
            if m and int(m.group(1)) == os.getpid():
                continue  # this process's own, in use
            if not m and now - p.lstat().st_mtime < _ABANDONED_AFTER:
                continue
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
            removed.append(p)
        except OSError:
            continue
    return removed


def mark_png(path: Path) -> Path:
    """Add the tool's text chunk right after a PNG's header chunk (so is_own_output knows it)."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n" or _PNG_MARK in data[:4096]:
        return path
    ihdr_end = 8 + 8 + struct.unpack(">I", data[8:12])[0] + 4
    body = _PNG_MARK
    chunk = struct.pack(">I", len(body) - 4) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    path.write_bytes(data[:ihdr_end] + chunk + data[ihdr_end:])
    return path


def move_into_place(staged: Iterable[Path], directory: Path) -> list[Path]:
    """Move staged files to `directory` under their own names (each an atomic rename)."""
    out = []
    for p in staged:
        dest = directory / p.name
        try:
            os.replace(p, dest)
        except OSError as exc:
            raise InputError(f"无法写入 {dest}（{os_reason(exc)}；请检查文件是否被占用或换一个输出位置）") from None
        out.append(dest)
    return out


def atomic_write(path: Path, write: Callable[[str], Any]) -> Path:
    """Call write(tmp) for a temporary file beside `path`, then move it into place.

    An interrupted or failed write leaves the old file (or none), never half a file.
    """
    prepare_dir(path.parent if str(path.parent) else Path("."))
    tmp = None
    try:
        tmp = _temp(path.parent if str(path.parent) else Path("."), path.suffix)
        write(str(tmp))
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(f"无法写入 {path}（{os_reason(exc)}；请检查文件是否被占用或换一个输出位置）") from None
        raise
    return path


def atomic_save_workbook(workbook: Any, path: Path) -> Path:
    """Save an openpyxl workbook atomically (see atomic_write)."""
    return atomic_write(path, workbook.save)


def write_staged(target: Path, write: Callable[[Path], Iterable[Path]], inputs: Iterable[Path] = (), *,
                 force: bool = False) -> list[Path]:
    """Write `target` and the files it comes with through a private folder, then move them in.

    write(staged_target) writes the main file at staged_target (charts beside it) and returns every
    path it wrote; each destination is checked with may_write before any file is moved.
    """
    import shutil

    directory = target.parent if str(target.parent) else Path(".")
    inputs = tuple(inputs)
    may_write(target, inputs, force=force)
    remove_leftovers(prepare_dir(directory))
    stage = staging_dir(directory)
    try:
        written = [mark_png(p) if p.suffix.lower() == ".png" else p for p in write(stage / target.name)]
        for p in written:
            may_write(directory / p.name, inputs, force=force)
        return move_into_place(written, directory)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
