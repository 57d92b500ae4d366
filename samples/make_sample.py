"""Build samples/report_2023.xlsx: a filled example of the standard workbook.

The sample is the 2023 report of an invented district, 上海市示范区人民政府. Its sheets and
column headers come from indicators/workbook.yml (via checker.catalogue.loader), so the sample always
matches the template the checker reads. The figures are chosen so that a check exercises every
kind of finding:

* 执法单位 — 10 enforcement units, 380 officers. Every unit has at least 5 % legal-review staff
  except 区生态环境局 (45 officers, 2 staff = 4.44 %); 区城管执法局 sits exactly on 5 % (60, 3).
* 执法人员培训 — one row per officer (as many per unit as 执法单位 says), unique certificate
  numbers; 23 officers under 60 training hours (9 in 区城管执法局, one at 59.5), 2 exactly at 60,
  and one hours cell left blank (区市场监管局).
* 出庭应诉 — 6 organs, 48 cases heard, 46 with the head appearing (区房管局 12 / 10); 区规划资源局's
  reported rate is left blank.
* 法治专题讲座 — one lecture in 2023 (two are required) and one from December 2022.
* 负责人脱产培训 — 12 heads: 9 trained, 2 untrained but still in term, 1 untrained whose term ended
  on 2023-09-30 (区房管局 局长).
* 制度落实 / 其他指标 — one row per catalogue indicator, with a late deadline
  (provincial_platform_data_link), unfinished items (否) and a blank answer
  (grassroots_openness_standards).

Everything is deterministic (random.Random(2023)); rebuild with `python samples/make_sample.py`
from the repository root. The output file is overwritten.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

from checker.catalogue.loader import load_catalogue  # noqa: E402
from checker.model import Catalogue  # noqa: E402
from checker.catalogue.workbook_schema import TableSpec, WorkbookSchema  # noqa: E402

OUTPUT = ROOT / "samples" / "report_2023.xlsx"
SEED = 2023
YEAR = 2023
GOVERNMENT = "上海市示范区人民政府"
YES, NO = "是", "否"
INSTRUCTIONS_SHEET = "填表说明"
STAMP = dt.datetime(2024, 1, 15, 9, 0, 0)  # document timestamps (the filled_on date)

Row = dict[str, Any]

# --- enforcement units and officers ----------------------------------------------------------

# unit: (officers, legal-review staff or None = ceil(5 %), officers under 60 hours)
UNITS: dict[str, tuple[int, int | None, int]] = {
    "区城管执法局": (60, 3, 9),  # exactly 5 %
    "区市场监管局": (78, None, 5),
    "区生态环境局": (45, 2, 3),  # 4.44 %: the one unit under 5 %
    "区文化旅游局": (32, None, 0),
    "区卫生健康委": (42, None, 0),
    "区应急管理局": (26, None, 0),
    "区交通委": (36, None, 3),
    "区规划资源局": (22, None, 0),
    "区房管局": (24, None, 3),
    "区人社局": (15, None, 0),
}
AT_60_UNITS = ("区文化旅游局", "区卫生健康委")  # one officer each at exactly 60 hours
AT_59_5_UNIT = "区交通委"  # the one officer at 59.5 hours
BLANK_HOURS_UNIT = "区市场监管局"  # the one officer whose hours are left blank
CERT_PREFIX = "31019923"  # invented district code 310199 + year of issue

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建文斌宇浩凯健俊帆帅"
    "旭宁欣雪琳晨晓峰志国海燕颖佳怡嘉婷倩雯蕾洁立新荣春丹阳琪博诚昊睿晶慧卫东"
)


def legal_review_staff(officers: int, fixed: int | None) -> int:
    """The unit's legal-review staff: `fixed`, or 5 % of officers rounded up (integer maths)."""
    return fixed if fixed is not None else -(-officers * 5 // 100)


def person_name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def build_units() -> list[Row]:
    return [
        {"unit": unit, "officers": officers, "legal_review_staff": legal_review_staff(officers, fixed),
         "remark": "法制审核人员缺额，已申请增配" if unit == "区生态环境局" else None}
        for unit, (officers, fixed, _) in UNITS.items()
    ]


def _half_hours(rng: random.Random, low: float, high: float) -> float | int:
    """A whole or half hour in [low, high]; whole numbers are written as int."""
    value = rng.randint(int(low * 2), int(high * 2)) / 2
    return int(value) if value.is_integer() else value


def build_officers(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for unit_no, (unit, (officers, _, under_60)) in enumerate(UNITS.items(), start=1):
        positions = rng.sample(range(officers), under_60 + 2)  # +2 spare for the special cells
        low_pos, spare = set(positions[:under_60]), positions[under_60:]
        serials = sorted(rng.sample(range(1, 1000), officers))
        for i in range(officers):
            hours: float | int | None
            remark = None
            if i in low_pos:
                hours = _half_hours(rng, 36, 59)
                remark = "年内参训不足，次年补训" if rng.random() < 0.3 else None
            else:
                hours = _half_hours(rng, 61, 96)
            if i == spare[0] and unit in AT_60_UNITS:
                hours = 60
            if i == spare[0] and unit == BLANK_HOURS_UNIT:
                hours, remark = None, "2023年11月调入，培训记录待补录"
            if unit == AT_59_5_UNIT and i == min(low_pos):
                hours = 59.5
            rows.append({
                "unit": unit, "name": person_name(rng),
                "certificate": f"{CERT_PREFIX}{unit_no:02d}{serials[i]:04d}",
                "training_hours": hours, "remark": remark,
            })
    return rows


# --- court cases, lectures, heads ------------------------------------------------------------

# organ: (cases heard, heads appeared, write the reported rate?)
COURT_CASES: dict[str, tuple[int, int, bool]] = {
    "区人民政府": (15, 15, True),
    "区城管执法局": (6, 6, True),
    "区市场监管局": (4, 4, True),
    "区规划资源局": (8, 8, False),  # reported rate left blank
    "区房管局": (12, 10, True),
    "区人社局": (3, 3, True),
}


def build_court_cases() -> list[Row]:
    rows = []
    for organ, (heard, appeared, reported) in COURT_CASES.items():
        rate = round(appeared / heard * 100, 2) if reported else None
        rows.append({"organ": organ, "cases_heard": heard, "heads_appeared": appeared,
                     "reported_rate": int(rate) if rate is not None and rate.is_integer() else rate,
                     "remark": "2件因主要负责人公务冲突委托副职出庭" if heard > appeared else None})
    return rows


def build_lectures() -> list[Row]:
    return [
        {"held_on": dt.date(2022, 12, 20), "topic": "深入学习贯彻党的二十大精神 推进法治政府建设",
         "speaker": "陈志远（上海交通大学凯原法学院教授）", "attendees": "区政府领导班子成员",
         "document": "区政府常务会议纪要〔2022〕31号"},
        {"held_on": dt.date(2023, 6, 16), "topic": "学习贯彻《行政复议法》修订",
         "speaker": "王立新（华东政法大学教授）", "attendees": "区政府领导班子成员",
         "document": "区政府常务会议纪要〔2023〕12号"},
    ]


def build_head_training(rng: random.Random) -> list[Row]:
    d = dt.date
    # unit, post, term start, term end, trainings, last training
    heads = [
        ("区城管执法局", "局长", d(2021, 7, 1), d(2026, 6, 30), 2, d(2023, 5, 12)),
        ("区市场监管局", "局长", d(2020, 9, 1), d(2025, 8, 31), 3, d(2023, 10, 20)),
        ("区生态环境局", "局长", d(2022, 3, 1), d(2027, 2, 28), 1, d(2022, 11, 4)),
        ("区文化旅游局", "局长", d(2021, 1, 1), d(2025, 12, 31), 2, d(2023, 4, 7)),
        ("区卫生健康委", "主任", d(2019, 12, 1), d(2024, 11, 30), 2, d(2023, 9, 15)),
        ("区应急管理局", "局长", d(2023, 4, 1), d(2028, 3, 31), 0, None),  # in term, not yet due
        ("区交通委", "主任", d(2021, 6, 1), d(2026, 5, 31), 1, d(2023, 3, 24)),
        ("区房管局", "局长", d(2018, 10, 1), d(2023, 9, 30), 0, None),  # term ended: shortfall
        ("示范街道", "街道办事处主任", d(2021, 9, 1), d(2026, 8, 31), 1, d(2022, 6, 17)),
        ("新城街道", "街道办事处主任", d(2023, 2, 1), d(2028, 1, 31), 0, None),  # not yet due
        ("东湖街道", "街道办事处主任", d(2020, 5, 1), d(2025, 4, 30), 2, d(2023, 11, 10)),
        ("南港镇", "镇长", d(2021, 11, 1), d(2026, 10, 31), 1, d(2023, 7, 21)),
    ]
    return [{"unit": unit, "name": person_name(rng), "post": post, "term_start": start,
             "term_end": end, "trainings": n, "last_training_on": last}
            for unit, post, start, end, n, last in heads]


# --- commitments and other figures ------------------------------------------------------------

COMMITMENTS: dict[str, Row] = {
    "major_decision_catalogue_published": {"done": YES, "done_on": dt.date(2023, 3, 31),
                                           "document": "示范府办发〔2023〕5号 及区政府网站目录公开页"},
    "reconsideration_decisions_online": {"done": YES, "document": "区政府网站行政复议决定书公开专栏"},
    "annual_report_published": {"done": YES, "done_on": dt.date(2023, 3, 28),
                                "document": "区政府网站 2022年度法治政府建设情况报告"},
    "no_fine_quotas": {"done": YES, "document": "区财政局、区司法局联合自查报告"},
    "leaders_report_on_rule_of_law": {"done": YES, "document": "2023年度述职述法报告汇编"},
    "enforcement_supervision_system": {"done": NO},
    "unified_enforcement_system": {"done": YES, "done_on": dt.date(2022, 8, 31),
                                   "document": "区综合执法系统上线通知"},
    "reconsideration_system_reform": {"done": YES, "done_on": dt.date(2022, 11, 30),
                                      "document": "区行政复议体制改革实施方案"},
    "provincial_platform_data_link": {"done": YES, "done_on": dt.date(2023, 2, 15),
                                      "document": "数据对接验收报告"},  # late: due 2022-12-31
    "grassroots_openness_standards": {},  # left blank
    "rule_of_law_inspection_coverage": {"done": NO},
    "department_inspection_coverage": {"done": NO},
}

FIGURES: dict[str, Row] = {
    "normative_doc_filing_rate": {"numerator": 6, "denominator": 6, "value": 100,
                                  "document": "规范性文件备案登记簿"},
    "gov_openness_weight": {"numerator": 5, "denominator": 100, "document": "2023年度绩效考核办法"},
    "mediation_success_rate": {"numerator": 21221, "denominator": 21267, "value": 99.78},
    "service_praise_rate": {"value": 99.99},
    "reconsideration_correction_rate": {"numerator": 12, "denominator": 140},
    "litigation_loss_rate": {"numerator": 3, "denominator": 48},
    "major_decisions_count": {"value": 20},
    "normative_docs_count": {"value": 6},
}


def build_commitments(catalogue: Catalogue) -> list[Row]:
    rows = []
    for ind in catalogue.indicators:
        if ind.measure.kind in ("boolean", "deadline") and not ind.informational:
            values = COMMITMENTS.get(ind.id, {"done": YES, "document": "相关工作台账"})
            rows.append({"indicator": ind.id, "item": ind.name, **values})
    return rows


def build_figures(catalogue: Catalogue) -> list[Row]:
    return [{"indicator": ind.id, "item": ind.name, "unit": ind.display_unit or None,
             **FIGURES.get(ind.id, {})}
            for ind in catalogue.indicators if ind.measure.table == "figures"]


def build_info() -> Row:
    return {"government": GOVERNMENT, "year": YEAR, "plan": None, "filled_by": "张敏",
            "phone": "021-5555 0101", "filled_on": dt.date(2024, 1, 15)}


# --- writing ----------------------------------------------------------------------------------

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)


def display_width(value: Any) -> float:
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    return sum(2.2 if ord(ch) > 0x2E7F else 1.1 for ch in text)


def set_widths(ws, columns: list[list[Any]]) -> None:
    """Width per column: about 2.2 × the header length, widened (up to 60) for longer values."""
    for i, cells in enumerate(columns, start=1):
        header, values = cells[0], [v for v in cells[1:] if v is not None]
        width = max([2.2 * len(str(header)), 10.0] + [min(display_width(v), 60.0) for v in values])
        ws.column_dimensions[get_column_letter(i)].width = round(width + 2, 1)


def write_rows_table(wb: Workbook, spec: TableSpec, rows: list[Row]) -> None:
    keys = [c.key for c in spec.columns]
    for row in rows:
        unknown = set(row) - set(keys)
        if unknown:
            raise KeyError(f"{spec.id}: columns not in workbook.yml: {sorted(unknown)}")
    ws = wb.create_sheet(spec.sheet)
    ws["A1"] = spec.title
    ws["A1"].font = TITLE
    ws.append([c.header for c in spec.columns])
    for cell in ws[2]:
        cell.font = BOLD
    for row in rows:
        ws.append([row.get(k) for k in keys])
    ws.freeze_panes = "A3"
    set_widths(ws, [[c.header] + [r.get(c.key) for r in rows] for c in spec.columns])


def write_keyvalue_table(wb: Workbook, spec: TableSpec, values: Row) -> None:
    ws = wb.create_sheet(spec.sheet)
    ws.append(["项目", "内容"])
    for cell in ws[1]:
        cell.font = BOLD
    for c in spec.columns:
        ws.append([c.header, values.get(c.key)])
    ws.freeze_panes = "A2"
    set_widths(ws, [["项目"] + [c.header for c in spec.columns],
                    ["内容"] + [values.get(c.key) for c in spec.columns]])


def write_instructions(wb: Workbook, schema: WorkbookSchema) -> None:
    ws = wb.active
    ws.title = INSTRUCTIONS_SHEET
    lines = [
        "填表说明（示例数据：上海市示范区 2023 年度，均为虚构）",
        "1. 请按工作表逐项填写，不要修改工作表名称和表头，不要插入空行、合计行或公式。",
        "2. 日期填写为日期格式（如 2023-06-16）；“是/否”栏只填“是”或“否”；数字栏只填数字。",
        "3. 比例类指标请填写分子和分母，数值由系统计算；无法提供的数据请留空，系统将标记为缺少数据。",
        "4. 行政执法人员培训学时不含政治理论教育和党性教育学时。",
        "各工作表：",
        *(f"  · {t.sheet}：{t.title}" for t in schema.tables),
    ]
    for line in lines:
        ws.append([line])
    ws["A1"].font = TITLE
    ws.column_dimensions["A"].width = 90


def build_workbook(catalogue: Catalogue, schema: WorkbookSchema) -> tuple[Workbook, dict[str, Any]]:
    rng = random.Random(SEED)
    data: dict[str, Any] = {
        "info": build_info(),
        "units": build_units(),
        "officers": build_officers(rng),
        "court_cases": build_court_cases(),
        "lectures": build_lectures(),
        "head_training": build_head_training(rng),
        "commitments": build_commitments(catalogue),
        "figures": build_figures(catalogue),
    }
    wb = Workbook()
    write_instructions(wb, schema)
    for spec in schema.tables:
        if spec.id not in data:
            raise KeyError(f"no sample data for table {spec.id!r} in workbook.yml")
        if spec.layout == "keyvalue":
            write_keyvalue_table(wb, spec, data[spec.id])
        else:
            write_rows_table(wb, spec, data[spec.id])
    return wb, data


def summarize(data: dict[str, Any]) -> str:
    officers, units, court = data["officers"], data["units"], data["court_cases"]
    hours = [o["training_hours"] for o in officers]
    lines = [f"{GOVERNMENT} {YEAR} 年度示例工作簿：{OUTPUT.relative_to(ROOT)}"]
    for u in units:
        mine = [o for o in officers if o["unit"] == u["unit"]]
        low = sorted(o["training_hours"] for o in mine
                     if o["training_hours"] is not None and o["training_hours"] < 60)
        lines.append(f"  {u['unit']}: 执法人员 {u['officers']}, 法制审核 {u['legal_review_staff']} "
                     f"({u['legal_review_staff'] / u['officers']:.2%}), 学时<60: {len(low)} {low}")
    lines += [
        f"  执法人员 {len(officers)} 人，学时<60 {sum(h is not None and h < 60 for h in hours)} 人，"
        f"=60 {sum(h == 60 for h in hours)} 人，空白 {sum(h is None for h in hours)} 人",
        f"  出庭应诉：开庭 {sum(c['cases_heard'] for c in court)} 件，"
        f"负责人出庭 {sum(c['heads_appeared'] for c in court)} 件",
        f"  讲座 {len(data['lectures'])} 期（{YEAR} 年 "
        f"{sum(lec['held_on'].year == YEAR for lec in data['lectures'])} 期），"
        f"负责人 {len(data['head_training'])} 人，制度落实 {len(data['commitments'])} 项，"
        f"其他指标 {len(data['figures'])} 项",
    ]
    return "\n".join(lines)


def save_reproducibly(wb: Workbook, path: Path) -> None:
    """Save with fixed document and zip timestamps, so a rebuild gives the same bytes."""
    wb.properties.creator = "张敏"
    wb.properties.title = f"{GOVERNMENT}{YEAR}年度法治政府建设数据（示例）"
    wb.properties.created = STAMP
    buffer = io.BytesIO()
    wb.save(buffer)  # openpyxl stamps `modified` with the current time; replaced below
    modified = f"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{STAMP.isoformat()}Z</dcterms:modified>"
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                content = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                                 modified.encode(), content)
            info = zipfile.ZipInfo(item.filename, date_time=STAMP.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, content)


def main() -> None:
    catalogue, schema = load_catalogue()
    wb, data = build_workbook(catalogue, schema)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    save_reproducibly(wb, OUTPUT)
    print(summarize(data))


if __name__ == "__main__":
    main()
