"""From a new plan to a catalogue: `checker catalogue draft PLAN`.

read the plan (checker.read.documents) -> targets.find_candidates (target sentences, article numbers)
-> match.propose (catalogue indicators by their synonyms and extract terms, or new drafts)
-> write.write_draft (a catalogue directory the loader accepts as it is) and render (terminal).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..read.documents import Document, read_document
from ..errors import InputError
from ..model import Catalogue
from .match import Proposal, Skipped, propose
from .meta import PlanMeta, check_is_plan, check_plan_id, plan_meta
from .targets import find_candidates, index_plan, plan_sentences, simplified


@dataclass(frozen=True)
class Draft:
    plan: PlanMeta
    document: Document
    proposals: tuple[Proposal, ...]
    skipped: tuple[Skipped, ...]
    base: Catalogue

    @property
    def empty(self) -> bool:
        return not self.proposals


def draft_document(doc: Document, plan_id: str, base: Catalogue, *, name: str | None = None,
                   government: str | None = None, period: str | None = None) -> Draft:
    check_plan_id(plan_id)
    check_is_plan(doc)
    meta = plan_meta(doc, simplified(doc.text), plan_id, name, government, period)
    plan = index_plan(doc, meta.start, meta.end)
    prefix = plan_id.replace("-", "_")
    if not prefix[0].isalpha():
        prefix = "p" + prefix
    proposals, skipped = propose(base, find_candidates(plan), plan_sentences(plan), prefix, meta.end)
    return Draft(meta, doc, tuple(proposals), tuple(skipped), base)


def draft_plan(path: str | Path, plan_id: str, base: Catalogue, **options: str | None) -> Draft:
    return draft_document(read_document(path), plan_id, base, **options)


def require_period(draft: Draft) -> None:
    if draft.plan.start is None or draft.plan.end is None:
        raise InputError("无法从规划标题读出规划期（如“2021-2025年”或“十四五”）；请用 --period 2021-2025 指定")
