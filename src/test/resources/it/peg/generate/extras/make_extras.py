"""Makes the template fixtures of TemplateExtrasTest: the default template with one extra a comune might add in Excel.

Run from the project folder: /usr/bin/python3 src/test/resources/it/peg/generate/extras/make_extras.py
Each fixture is workbook-templates/scheda.xlsx opened and saved by openpyxl with one element added. The Scheda sheet
of the default template has three title rows (A1:B3); the indicators start below them, written by generate.
"""
import os
import shutil
import zipfile

import openpyxl
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
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


def own_sheet(wb):
    ws = wb.create_sheet("Elenchi")
    ws["A1"] = "SI"
    ws["A2"] = "NO"
    ws.freeze_panes = "A2"
    ws.sheet_state = "hidden"


def hidden_row(wb):
    wb["Scheda"].row_dimensions[2].hidden = True


def hidden_column(wb):
    wb["Dati"].column_dimensions["B"].hidden = True


def grouped_rows(wb):
    ws = wb.create_sheet("Note")
    ws["A1"] = "Note"
    ws["A2"] = "riga raggruppata"
    ws.row_dimensions[2].outlineLevel = 1


def autofilter(wb):
    ws = wb.create_sheet("Note")
    ws["A1"] = "Note"
    ws["A2"] = "una"
    ws.auto_filter.ref = "A1:A2"


def error_cell(wb):
    wb["Scheda"]["C1"] = "#N/A"
    wb["Scheda"]["C1"].data_type = "e"


def defined_name(wb):
    ws = wb.create_sheet("Soglie")
    ws["A1"] = 0.9
    wb.defined_names.append(DefinedName("Soglia", attr_text="Soglie!$A$1"))
    wb["Scheda"]["C1"] = "=Soglia*100"


def print_area(wb):
    wb["Fasi"].print_area = "A1:B2"


def rich_text(wb):
    wb["Scheda"]["C2"] = "RICHMARK"


def edit(name, old, new):
    """Replaces old by new in the fixture's first sheet, for what openpyxl 3.0 cannot write."""
    path = os.path.join(HERE, name + ".xlsx")
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert old in data
                data = data.replace(old, new)
            zout.writestr(item, data)
    shutil.move(tmp, path)


def runs(name):
    """openpyxl 3.0 writes no text runs: the marker's inline string becomes 'Nota bene' with 'bene' in bold red."""
    path = os.path.join(HERE, name + ".xlsx")
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                marker = b"<is><t>RICHMARK</t></is>"
                assert marker in data
                data = data.replace(marker, b'<is><r><t xml:space="preserve">Nota </t></r><r><rPr><b/>'
                                            b'<color rgb="FFC00000"/><sz val="10"/><rFont val="Arial"/></rPr>'
                                            b'<t>bene</t></r></is>')
            zout.writestr(item, data)
    shutil.move(tmp, path)


make("validation", validation)
make("validation-below", lambda wb: validation(wb, "Scheda", "C2:C40"))
make("validation-column", lambda wb: validation(wb, "Scheda", "C2"))
edit("validation-column", b'sqref="C2"', b'sqref="C:C"')  # a whole column, as Excel accepts it; openpyxl 3.0 cannot
make("conditional", conditional)
make("conditional-below", lambda wb: conditional(wb, "Dati", "A1:D20"))
make("tab-colour", tab_colour)
make("zoom", zoom)
make("comment", comment)
make("picture", picture)
make("hyperlink", hyperlink)
make("own-sheet", own_sheet)
make("hidden-row", hidden_row)
make("hidden-column", hidden_column)
make("grouped-rows", grouped_rows)
make("autofilter", autofilter)
make("error-cell", error_cell)
make("defined-name", defined_name)
make("print-area", print_area)
make("rich-text", rich_text)
runs("rich-text")
make("hyperlink-formula", lambda wb: wb["Scheda"].cell(1, 3, '=HYPERLINK("https://www.comune.example.it/performance","sito")'))
