"""Makes the fixtures of PlanDate1904Test and PlanIsoDateCellsTest from date-iso-2025.xlsx.

Run from the project folder: /usr/bin/python3 src/test/resources/it/peg/plan/make_dates.py
- date1904-2025.xlsx: saved by openpyxl with the 1904 epoch (workbookPr date1904="1"): ANA_2_I2's deadline (F12),
  31/10/2025, is stored as 44499, days since 1 January 1904 (the 1900 system's 45961);
- date1904-2025.xls: the same converted by LibreOffice (soffice --headless --convert-to xls), which keeps the 1904
  system in the .xls file's DATEMODE record (date1904-2025.xlsx saved in the 1904 date system, old Mac workbooks);
- time-iso-2025.xlsx: saved with iso_dates, ANA_2_I2's target (F12) a time of day alone, 10:30 (t="d" holding
  "10:30:00").
"""
import datetime
import os
import subprocess
import tempfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
wb = openpyxl.load_workbook(os.path.join(HERE, "date-iso-2025.xlsx"))
wb.epoch = CALENDAR_MAC_1904
wb.iso_dates = False
wb.save(os.path.join(HERE, "date1904-2025.xlsx"))
with tempfile.TemporaryDirectory() as out:
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", out,
                    os.path.join(HERE, "date1904-2025.xlsx")], check=True)
    os.replace(os.path.join(out, "date1904-2025.xls"), os.path.join(HERE, "date1904-2025.xls"))

wb = openpyxl.load_workbook(os.path.join(HERE, "date-iso-2025.xlsx"))
wb["Indicatori"]["F12"] = datetime.time(10, 30)
wb["Indicatori"]["F12"].number_format = "hh:mm"
wb.iso_dates = True
wb.save(os.path.join(HERE, "time-iso-2025.xlsx"))
