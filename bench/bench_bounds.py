"""Bounded work on hostile documents: time and peak memory of `check` on each. Run by hand:

    python bench/bench_bounds.py [--only text16,docx5g,...] [--keep DIR]

Cases (goals from the issue on bounded work):
  text16   16 MB of report text on one line                 < 10 s, < 1 GiB, figures or a clear refusal
  textmax  the longest accepted text (DocumentLimits.max_chars characters), one line: figures
  text1    1 MB of report text on one line: figures
  docx5g   a .docx whose document.xml inflates to 5 GB      refused in < 2 s, < 200 MiB
  docx1g   a .docx inflating to 1.4 GB                      refused in < 2 s, < 200 MiB
  docx30m  a .docx of 30 MB of real paragraphs (under the zip limits): refused by the character limit
  html20k  HTML nested 20 000 deep                          < 10 s, one clear line

Each case runs `python -m checker check FILE --no-charts` in a fresh process; peak memory
is that child's maximum resident set size (os.wait4). Generated files are kept in --keep
(default: a temporary folder) so that a second run does not rebuild the 5 GB bomb.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = ("2023年，全区行政执法人员均完成不少于60学时的法律知识培训，行政机关负责人出庭应诉率达100%，"
            "办理行政复议案件120件，纠错率为15.3%。")
HEAD = "上海市测试区2023年法治政府建设情况报告。"
CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')


def one_line(path: Path, size: int | None = None, chars: int | None = None) -> Path:
    if path.exists():
        return path
    reps = (size // len(SENTENCE.encode())) if size else (chars - len(HEAD)) // len(SENTENCE)
    text = HEAD + SENTENCE * reps
    path.write_text(text[:chars] if chars else text, encoding="utf-8")
    return path


def docx_bomb(path: Path, inflated: int) -> Path:
    """A zip laid out as a .docx whose word/document.xml inflates to `inflated` bytes."""
    if path.exists():
        return path
    chunk = b" " * (16 * 1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                     b'wordprocessingml/2006/main"><w:body>')
            left = inflated
            while left > 0:
                fh.write(chunk[:min(left, len(chunk))])
                left -= len(chunk)
            fh.write(b"</w:body></w:document>")
    return path


def docx_paragraphs(path: Path, xml_bytes: int) -> Path:
    """A .docx whose document.xml holds `xml_bytes` of ordinary paragraphs."""
    if path.exists():
        return path
    import random

    rng = random.Random(1)
    words = [SENTENCE[i:i + 4] for i in range(0, len(SENTENCE) - 4, 3)]
    paras, size = [], 0
    while size < xml_bytes:  # varied paragraphs: they compress like real text, not like a bomb
        text = "".join(rng.choice(words) for _ in range(12)) + f"{rng.randint(1, 999)}件。"
        paras.append(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode())
        size += len(paras[-1])
    body = b"".join(paras)
    rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    types = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
             b'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             b'wordprocessingml.document.main+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://'
                   b'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + b"</w:body></w:document>")
    return path


def deep_html(path: Path, depth: int) -> Path:
    body = f"<p>{HEAD}{SENTENCE}</p>" * 3
    path.write_text(f"<html><body>{'<div>' * depth}{body}{'</div>' * depth}</body></html>", encoding="utf-8")
    return path


def run(path: Path, out: Path) -> tuple[float, float, int, str]:
    """(seconds, peak MiB, exit code, last stderr or stdout line) of one `check`."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "checker", "check", str(path), "--out", str(out), "--no-charts"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # read the pipes while waiting, then collect the child's own resource usage
    stdout, stderr = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    lines = [ln for ln in (stderr or stdout).decode("utf-8", "replace").splitlines() if ln.strip()]
    return seconds, usage.ru_maxrss / 1024, proc.returncode, lines[-1] if lines else ""


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from checker.read.documents import LIMITS

    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="text16,textmax,text1,docx5g,docx1g,docx30m,html20k")
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench_bounds_"))
    base.mkdir(parents=True, exist_ok=True)
    builders = {
        "text16": lambda: one_line(base / "text16.txt", size=16 * 1024 * 1024),
        "textmax": lambda: one_line(base / f"text{LIMITS.max_chars}.txt", chars=LIMITS.max_chars),
        "text1": lambda: one_line(base / "text1.txt", size=1024 * 1024),
        "docx5g": lambda: docx_bomb(base / "bomb5g.docx", 5 * 1024**3),
        "docx1g": lambda: docx_bomb(base / "bomb1g.docx", 1400 * 1024**2),
        "docx30m": lambda: docx_paragraphs(base / "paragraphs.docx", 30 * 1024**2),
        "html20k": lambda: deep_html(base / "deep.html", 20_000),
    }
    print(f"{'case':10} {'file':>10} {'seconds':>8} {'peak MiB':>9} {'exit':>4}  result")
    for name in args.only.split(","):
        t0 = time.perf_counter()
        path = builders[name]()
        built = time.perf_counter() - t0
        seconds, peak, code, line = run(path, base / f"out_{name}")
        size = path.stat().st_size
        print(f"{name:10} {size / 2**20:8.1f}MB {seconds:8.2f} {peak:9.0f} {code:>4}  {line[:90]}"
              + (f"  (built in {built:.0f} s)" if built > 1 else ""))


if __name__ == "__main__":
    main()
