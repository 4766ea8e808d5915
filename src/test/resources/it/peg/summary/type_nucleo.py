"""Types the Nucleo's columns into a summary with openpyxl, as another program would.

usage: type_nucleo.py IN.xlsx OUT.xlsx [--iso-dates] [--date1904] CODE=VALUE|NOTE ...
VALUE is written as a number when it parses as one, else as text; an empty VALUE or NOTE is left alone.
A VALUE or NOTE "date:YYYY-MM-DD" is written as a date, a VALUE "time:HH:MM" as a time of day alone. With --iso-dates the workbook is saved with openpyxl's
iso_dates: every date cell, the summary's own included, becomes a t="d" cell holding an ISO 8601 text. With --date1904
the workbook is saved in the 1904 date system (workbookPr date1904="1", every date's serial counted from 1904), and
every row's Verifica text (dd/mm/yyyy, as peg writes it) becomes a date, as a program that took it for one would save it.
"""
import datetime
import sys
import openpyxl

src, dst, edits = sys.argv[1], sys.argv[2], sys.argv[3:]
wb = openpyxl.load_workbook(src)
if edits and edits[0] == "--iso-dates":
    wb.iso_dates = True
    edits = edits[1:]
date1904 = bool(edits) and edits[0] == "--date1904"
if date1904:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    wb.epoch = CALENDAR_MAC_1904
    edits = edits[1:]


def typed(text):
    if text.startswith("date:"):
        return datetime.date.fromisoformat(text[len("date:"):])
    return text

ws = wb["Obiettivi"]
header = {c.value: c.column for c in ws[1]}
col_code, col_score, col_note = header["Codice"], header["Valutazione Nucleo %"], header["Note Nucleo"]
rows = {ws.cell(row=r, column=col_code).value: r for r in range(2, ws.max_row + 1)}
if date1904:
    for r in range(2, ws.max_row + 1):
        cell = ws.cell(row=r, column=header["Verifica"])
        cell.value = datetime.datetime.strptime(cell.value, "%d/%m/%Y").date()
        cell.number_format = "dd/mm/yyyy"
for edit in edits:
    code, rest = edit.split("=", 1)
    value, note = rest.split("|", 1)
    r = rows[code]
    if value.startswith("time:"):
        ws.cell(row=r, column=col_score).value = datetime.time.fromisoformat(value[len("time:"):])
    elif value.startswith("date:"):
        ws.cell(row=r, column=col_score).value = typed(value)
    elif value:
        try:
            ws.cell(row=r, column=col_score).value = int(value) if value.isdigit() else float(value)
        except ValueError:
            ws.cell(row=r, column=col_score).value = value
    if note:
        ws.cell(row=r, column=col_note).value = typed(note)
wb.save(dst)
