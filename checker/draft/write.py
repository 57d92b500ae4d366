"""Write a draft catalogue directory: loadable by `load_catalogue` as it is, written atomically.

Layout (a standalone catalogue for the one plan):
  plans.yml                 the new plan only
  workbook.yml              copied from the base catalogue (same standard workbook)
  sources/<plan-id>.txt     the plan text every quote is cut from
  <family>/<id>.yml         a matched indicator: the base file with this plan's target and source
  draft/<id>.yml            a new indicator, `draft: true`
  DRAFT.md                  the review list: proposals, confidence, what was skipped and why
  .checker-draft.json       what was written, with hashes: lets a later run replace an untouched draft
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..catalogue.loader import threshold_stated
from ..errors import InputError, os_reason
from ..model import Operator, Target
from ..yamlio import load_yaml
from .match import CONFIDENCE_LABELS, Proposal, target_text

if TYPE_CHECKING:
    from . import Draft

MANIFEST = ".checker-draft.json"
FORM_LABELS = {"数量": "数量", "期限": "期限", "全覆盖": "全覆盖/全部", "禁止": "禁止", "定期": "定期"}


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _number(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def target_dict(t: Target | None) -> dict[str, Any] | None:
    if t is None:
        return None
    out: dict[str, Any] = {"operator": t.operator.value}
    if t.operator in (Operator.AT_LEAST, Operator.AT_MOST, Operator.EQUALS, Operator.BETWEEN):
        out["value"] = _number(float(t.value))  # type: ignore[arg-type]
        if t.upper is not None:
            out["upper"] = _number(t.upper)
    elif t.operator is Operator.BY_DATE:
        out["value"] = str(t.value)
    if t.unit:
        out["unit"] = t.unit
    return out


def _dump(head: dict[str, Any], sources: list[dict[str, str]], comment: str) -> str:
    body = yaml.safe_dump(head, allow_unicode=True, sort_keys=False, default_flow_style=None, width=4096)
    src = yaml.safe_dump({"sources": sources}, allow_unicode=True, sort_keys=False, default_flow_style=False,
                         width=4096)
    lines = "".join(f"# {line}\n" for line in comment.splitlines())
    return lines + body + src


def _responsible(p: Proposal) -> str:
    return f"本规划责任单位：{p.candidate.responsible}。" if p.candidate.responsible else ""


def indicator_file(p: Proposal, plan_id: str, base_root: Path) -> tuple[str, str]:
    """(path inside the draft directory, YAML text) of one proposal."""
    source: list[dict[str, str]] = [{"document": plan_id, "article": p.candidate.article, "quote": p.candidate.quote}]
    if p.target is not None and not threshold_stated(p.target, p.candidate.quote):
        # an all-of wording (全部、均、有件必备 …) read as 100 %: say so, it is not the clause's number
        source[0]["basis"] = (f"草稿推定：条文未写数字，按其表述推定目标为{target_text(p.target)}，请核对后保留或修改此说明")
    conf = CONFIDENCE_LABELS[p.confidence]
    notes = "；".join(p.notes)
    if p.base is not None:
        rel = Path(*Path(p.base.file).parts[1:])
        raw = _plain(load_yaml(base_root.parent / p.base.file))
        raw.pop("sources", None)
        raw.pop("draft", None)
        raw["target"] = target_dict(p.target)
        extra = _responsible(p)
        if extra:
            raw["description"] = (str(raw.get("description") or "") + extra).strip()
        comment = (f"按规划 {plan_id} {p.candidate.article} 生成，对应基础目录指标 {p.base.id}（把握：{conf}）。"
                   + (f"\n{notes}" if notes else "") + "\n请核对目标和来源条文。")
        return rel.as_posix(), _dump(raw, source, comment)
    head: dict[str, Any] = {"id": p.id, "draft": True, "name": p.name, "category": p.category}
    forms = "、".join(FORM_LABELS[f] for f in p.candidate.forms)
    head["description"] = (f"草稿：由规划条文推断（目标形式：{forms}）。{_responsible(p)}"
                           "请核对名称和目标，补全计算方式（measure）后删除 draft: true。")
    if p.level is not None:
        head["level"] = p.level.value
    if p.period is not None:
        head["period"] = p.period.value
    if p.measure is not None:
        head["measure"] = {"kind": p.measure.kind, "table": p.measure.table}
    if p.target is not None:
        head["target"] = target_dict(p.target)
    comment = f"草稿（把握：{conf}）：规划 {plan_id} {p.candidate.article} 的条文未对应任何已有指标。\n{notes}"
    return f"draft/{p.id}.yml", _dump(head, source, comment)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def review_markdown(draft: "Draft") -> str:
    meta = draft.plan
    lines = [
        f"# 指标目录草稿：{meta.name}",
        "",
        f"- 规划编号：`{meta.id}`；政府：{meta.government or '（未识别）'}；规划期：{meta.start}—{meta.end}",
        f"- 原文：`sources/{meta.id}.txt`（由 {draft.document.file} 读出）",
        f"- 建议目标 {len(draft.proposals)} 项：对应已有指标 {sum(not p.draft for p in draft.proposals)} 项，"
        f"新指标草稿 {sum(p.draft for p in draft.proposals)} 项；未采用的条文 {len(draft.skipped)} 句",
        "",
        "核对方法：逐项对照条文，改正目标、期限和层级；新指标草稿补全 `measure` 后删除 `draft: true`，"
        "不需要的删除文件。草稿只列出、不判定。核对后用 `checker check 报表 --catalogue 本目录` 检查。",
        "",
        "## 建议的目标",
        "",
        "| 条款 | 建议指标 | 目标 | 把握 | 条文 | 责任单位 | 说明 |",
        "|---|---|---|---|---|---|---|",
    ]
    for p in draft.proposals:
        ident = f"`{p.id}`（草稿）" if p.draft else f"`{p.id}`"
        lines.append("| " + " | ".join(_md_cell(x) for x in (
            p.candidate.article, ident + " " + p.name, target_text(p.target), CONFIDENCE_LABELS[p.confidence],
            p.candidate.quote, p.candidate.responsible, "；".join(p.notes))) + " |")
    lines += ["", "## 未采用的条文", "", "| 条款 | 条文 | 原因 |", "|---|---|---|"]
    for s in draft.skipped:
        lines.append(f"| {_md_cell(s.article)} | {_md_cell(s.quote)} | {_md_cell(s.reason)} |")
    return "\n".join(lines) + "\n"


def plans_yaml(draft: "Draft") -> str:
    m = draft.plan
    doc = {"documents": [{"id": m.id, "kind": "plan", "name": m.name, "government": m.government or m.name,
                          "start": m.start, "end": m.end, "text": f"{m.id}.txt"}]}
    return ("# 由 checker catalogue draft 生成：本目录只含这一份规划。\n"
            + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=4096))


def draft_files(draft: "Draft", base_root: Path) -> dict[str, str]:
    files = {
        "plans.yml": plans_yaml(draft),
        "workbook.yml": (base_root / "workbook.yml").read_text(encoding="utf-8"),
        f"sources/{draft.plan.id}.txt": draft.document.text,
        "DRAFT.md": review_markdown(draft),
    }
    for p in draft.proposals:
        rel, text = indicator_file(p, draft.plan.id, base_root)
        if rel in files:
            raise AssertionError(f"two proposals write {rel}")
        files[rel] = text
    return files


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _existing_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def check_output(out: Path) -> bool:
    """True if `out` holds an untouched earlier draft (may be replaced); InputError if it holds anything else."""
    if not out.exists():
        return False
    if not out.is_dir():
        raise InputError(f"{out} 已存在且不是文件夹；请换一个输出目录")
    present = _existing_files(out)
    if not present:
        return False
    manifest = out / MANIFEST
    if not manifest.is_file():
        raise InputError(f"输出目录 {out} 中已有文件，且不是本工具生成的草稿；为免覆盖已停止（请换一个目录或先清空它）")
    try:
        listed = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    except (ValueError, KeyError, TypeError):
        raise InputError(f"{out / MANIFEST} 已损坏；为免覆盖已停止（请换一个目录或删除该目录后重新生成）") from None
    for path in present:
        rel = path.relative_to(out).as_posix()
        if rel == MANIFEST:
            continue
        if rel not in listed or listed[rel] != _sha(path.read_bytes()):
            raise InputError(f"输出目录 {out} 中的 {rel} 是新增或已修改的文件（可能已核对过）；为免覆盖已停止"
                             "（请换一个目录，或确认不再需要后删除该目录再生成）")
    return True


def write_draft(draft: "Draft", out: Path, base_root: Path) -> list[str]:
    """Write the draft directory atomically; return the files written (relative paths)."""
    replace = check_output(out)
    if out.resolve().is_relative_to(base_root.resolve()):
        raise InputError(f"输出目录 {out} 在对照的指标目录 {base_root} 之内，会被当作其中的指标读取；请换一个目录")
    files = draft_files(draft, base_root)
    parent = out.resolve().parent
    if not parent.is_dir():
        raise InputError(f"输出目录的上级文件夹 {parent} 不存在；请先创建它")
    tmp = parent / f".{out.name}.tmp-{os.getpid()}"
    old = parent / f".{out.name}.old-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        manifest: dict[str, str] = {}
        for rel, text in files.items():
            target = tmp / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8")
            target.write_bytes(data)
            manifest[rel] = _sha(data)
        (tmp / MANIFEST).write_text(json.dumps({"plan": draft.plan.id, "files": manifest}, ensure_ascii=False,
                                               indent=1), encoding="utf-8")
        from ..catalogue.loader import load_catalogue

        load_catalogue(tmp)  # the draft must load as it is; a failure here is a bug, not bad input
        moved = False
        if out.exists():
            if not replace and any(out.iterdir()):
                raise InputError(f"输出目录 {out} 在生成期间出现了文件；为免覆盖已停止")
            out.rename(old)
            moved = True
        try:
            tmp.rename(out)
        except OSError:
            if moved:
                old.rename(out)  # put the earlier draft back
            raise
        shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        raise InputError(f"无法写出草稿目录 {out}：{os_reason(exc)}（请检查路径和权限）") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return sorted(files)
