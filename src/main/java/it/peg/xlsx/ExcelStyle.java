package it.peg.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;

/** A cell style of one {@link ExcelWorkbookWriter}'s workbook, made from a {@link CellLook}. */
public final class ExcelStyle {
    final CellStyle poi;

    ExcelStyle(CellStyle poi) {
        this.poi = poi;
    }
}
