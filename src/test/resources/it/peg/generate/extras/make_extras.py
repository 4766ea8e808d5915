"""Makes the template fixtures of TemplateExtrasTest: the default template with one extra a comune might add in Excel.

Run from the project folder: /usr/bin/python3 src/test/resources/it/peg/generate/extras/make_extras.py
Each fixture is workbook-templates/scheda.xlsx opened and saved by openpyxl with one element added. The Scheda sheet
of the default template has three title rows (A1:B3); the indicators start below them, written by generate.
"""
import os

import openpyxl
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join("workbook-templates", "scheda.xlsx")
LOGO = os.path.join("src", "test", "resources", "logo", "stemma.png")


def make(name, add):
    wb = openpyxl.load_workbook(TEMPLATE)
    add(wb)
    wb.save(os.path.join(HERE, name + ".xlsx"))


def validation(wb, sheet="Scheda", ref="B2"):
    dv = DataValidation(type="list", formula1='"SI,NO"', allow_blank=True)
    dv.error = "Scegliere SI o NO"
    wb[sheet].add_data_validation(dv)
    dv.add(ref)


def conditional(wb, sheet="Scheda", ref="A1:B3"):
    rule = CellIsRule(operator="equal", formula=['"X"'], fill=PatternFill(bgColor="FFFFC000", fill_type="solid"),
                      font=Font(bold=True, color="FF9C0006"))
    wb[sheet].conditional_formatting.add(ref, rule)


def tab_colour(wb):
    wb["Scheda"].sheet_properties.tabColor = "FF00B050"
    wb["Fasi"].sheet_properties.tabColor = "FFC00000"


def zoom(wb):
    wb["Scheda"].sheet_view.zoomScale = 85
    wb["Dati"].sheet_view.zoomScale = 120


def comment(wb):
    wb["Scheda"]["B3"].comment = Comment("Da compilare a cura del servizio", "Ufficio controllo")


def picture(wb):
    wb["Fasi"].add_image(Image(LOGO), "B1")


def hyperlink(wb):
    wb["Scheda"]["B2"].hyperlink = "https://www.comune.example.it/performance"


make("validation", validation)
make("validation-below", lambda wb: validation(wb, "Scheda", "C2:C40"))
make("conditional", conditional)
make("conditional-below", lambda wb: conditional(wb, "Dati", "A1:D20"))
make("tab-colour", tab_colour)
make("zoom", zoom)
make("comment", comment)
make("picture", picture)
make("hyperlink", hyperlink)
