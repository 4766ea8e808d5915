package it.peg.plan;

import java.io.Closeable;
import java.util.List;

/** A plan workbook as {@link PlanReader} reads it: sheet names in workbook order and each sheet's rows. */
interface PlanWorkbook extends Closeable {
    List<String> sheetNames();

    /** The sheet at a position of {@link #sheetNames()}. */
    PlanSheet sheet(int index);

    /** Dates are counted from 1904 (old Mac workbooks). */
    boolean date1904();
}
