"""Figures from narrative reports: find them, read them, judge them, write them to a workbook.

read (checker.documents) -> find_figures (finder) -> judge_document (judge) -> Run.
"""
