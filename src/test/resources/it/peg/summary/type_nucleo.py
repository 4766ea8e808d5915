"""Types the Nucleo's columns into a summary with openpyxl, as another program would.

usage: type_nucleo.py IN.xlsx OUT.xlsx CODE=VALUE|NOTE ...
VALUE is written as a number when it parses as one, else as text; an empty VALUE or NOTE is left alone.
"""
import sys
import openpyxl

src, dst, edits = sys.argv[1], sys.argv[2], sys.argv[3:]
wb = openpyxl.load_workbook(src)
ws = wb["Obiettivi"]
header = {c.value: c.column for c in ws[1]}
col_code, col_score, col_note = header["Codice"], header["Valutazione Nucleo %"], header["Note Nucleo"]
rows = {ws.cell(row=r, column=col_code).value: r for r in range(2, ws.max_row + 1)}
for edit in edits:
    code, rest = edit.split("=", 1)
    value, note = rest.split("|", 1)
    r = rows[code]
    if value:
        try:
            ws.cell(row=r, column=col_score).value = int(value) if value.isdigit() else float(value)
        except ValueError:
            ws.cell(row=r, column=col_score).value = value
    if note:
        ws.cell(row=r, column=col_note).value = note
wb.save(dst)
