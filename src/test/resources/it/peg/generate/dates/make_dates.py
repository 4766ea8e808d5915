"""Makes the template fixtures of TemplateDatesTest: the default template as a comune's program may save it.

Run from the project folder: /usr/bin/python3 src/test/resources/it/peg/generate/dates/make_dates.py
- iso-dates.xlsx: saved by openpyxl with iso_dates=True, a date in Scheda!C1 and a time of day in Scheda!C2 (cells
  t="d" holding "2025-03-31" and "10:30:00", as ISO 29500 allows and POI's schema does not know);
- date1904.xlsx: saved in the 1904 date system (old Mac workbooks; workbookPr date1904="1"), the same date in
  Scheda!C1, stored as the serial 44285 (days since 1 January 1904) where the 1900 system stores 45747, the time in
  Scheda!C2 and a duration of 36 hours in Scheda!C3 ([h]:mm, 1.5: the same number in both systems).
"""
import datetime
import os

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join("workbook-templates", "scheda.xlsx")


def dated(wb):
    wb["Scheda"]["C1"] = datetime.date(2025, 3, 31)
    wb["Scheda"]["C1"].number_format = "dd/mm/yyyy"


wb = openpyxl.load_workbook(TEMPLATE)
dated(wb)
wb["Scheda"]["C2"] = datetime.time(10, 30)
wb["Scheda"]["C2"].number_format = "hh:mm"
wb.iso_dates = True
wb.save(os.path.join(HERE, "iso-dates.xlsx"))

wb = openpyxl.load_workbook(TEMPLATE)
wb.epoch = CALENDAR_MAC_1904
dated(wb)
wb["Scheda"]["C2"] = datetime.time(10, 30)
wb["Scheda"]["C2"].number_format = "hh:mm"
wb["Scheda"]["C3"] = 1.5
wb["Scheda"]["C3"].number_format = "[h]:mm"
wb.save(os.path.join(HERE, "date1904.xlsx"))
