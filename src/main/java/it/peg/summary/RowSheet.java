package it.peg.summary;

import it.peg.xlsx.DeterministicXlsx;

import java.util.List;
import java.util.Optional;

/**
 * A row sheet of the summary as text: its worksheet XML before and after the rows, the filter and the Excel table it
 * has, the column widths its wrapped rows are measured in, and the writer of its rows (streamed, or as keyed
 * segments, copied from an earlier summary where unchanged). Every row sheet repeats its heading row on each printed page.
 *
 * @param filter the range of its autofilter ({@code A1:K21}), when it has one outside a table
 * @param table  the {@code xl/tables/tableN.xml} part of its table, when it has one
 */
record RowSheet(String name, String head, String tail, Optional<String> filter, Optional<String> table,
                int[] widths, Optional<SummaryWorkbookWriter.SheetBody> rows,
                Optional<DeterministicXlsx.SegmentedWriter> segments) {
    RowSheet {
        widths = widths.clone();
    }

    /**
     * A sheet of {@code rows} data rows under a heading, with an autofilter (over one empty row at least), the
     * heading and the first {@code frozen} columns frozen, landscape pages.
     *
     * @param protection the {@code sheetProtection} element, or ""
     * @param formats    conditional formats and data validations, or ""
     */
    static RowSheet filtered(String name, String ente, List<String> headers, List<Integer> widths, int frozen,
                             int rows, String protection, String formats, SummaryWorkbookWriter.SheetBody body) {
        return filtered(name, ente, headers, widths, frozen, rows, protection, formats, Optional.of(body),
                Optional.empty());
    }

    /** As {@link #filtered(String, String, List, List, int, int, String, String, SummaryWorkbookWriter.SheetBody)}, its rows as keyed segments. */
    static RowSheet filtered(String name, String ente, List<String> headers, List<Integer> widths, int frozen,
                             int rows, String protection, String formats, DeterministicXlsx.SegmentedWriter segments) {
        return filtered(name, ente, headers, widths, frozen, rows, protection, formats, Optional.empty(),
                Optional.of(segments));
    }

    private static RowSheet filtered(String name, String ente, List<String> headers, List<Integer> widths, int frozen,
                                     int rows, String protection, String formats,
                                     Optional<SummaryWorkbookWriter.SheetBody> body,
                                     Optional<DeterministicXlsx.SegmentedWriter> segments) {
        List<Integer> fitted = SheetLayout.fitted(widths, headers);
        int lastCol = headers.size() - 1;
        String filter = SheetLayout.range(0, 0, Math.max(1, rows), lastCol);
        String head = SheetLayout.head(false, SheetLayout.range(0, 0, rows, lastCol), SheetLayout.frozen(frozen),
                fitted);
        String tail = protection + SheetLayout.autoFilter(filter) + formats
                + SheetLayout.page(ente, true, SheetLayout.pagesWide(fitted)) + "</worksheet>";
        return new RowSheet(name, head, tail, Optional.of(filter), Optional.empty(), SheetLayout.array(fitted),
                body, segments);
    }

    /**
     * A sheet that is one Excel table (id {@code id}, style {@code TableStyleLight<style>}) of {@code rows} data rows
     * under a heading, one blank row at least (the caller writes it), with the heading and the first {@code frozen}
     * columns frozen, landscape pages.
     */
    static RowSheet table(String name, String ente, int id, String table, int style, List<String> headers,
                          List<Integer> widths, int frozen, int rows, String formats,
                          Optional<SummaryWorkbookWriter.SheetBody> body,
                          Optional<DeterministicXlsx.SegmentedWriter> segments) {
        List<Integer> fitted = SheetLayout.fitted(widths, headers);
        int lastCol = headers.size() - 1;
        String ref = SheetLayout.range(0, 0, Math.max(1, rows), lastCol);
        String head = SheetLayout.head(true, ref, SheetLayout.frozen(frozen), fitted);
        String tail = formats + SheetLayout.page(ente, true, SheetLayout.pagesWide(fitted)) + SheetLayout.TABLE_PART
                + "</worksheet>";
        StringBuilder xml = new StringBuilder(SheetLayout.XML_DECL).append("<table id=\"").append(id)
                .append("\" ref=\"").append(ref).append("\" displayName=\"").append(table).append("\" name=\"")
                .append(table).append("\" xmlns=\"").append(SheetLayout.MAIN_NS).append("\"><autoFilter ref=\"")
                .append(ref).append("\"/><tableColumns count=\"").append(headers.size()).append("\">");
        for (int c = 0; c < headers.size(); c++) {
            xml.append("<tableColumn id=\"").append(c + 1).append("\" name=\"").append(XmlText.attr(headers.get(c)))
                    .append("\"/>");
        }
        xml.append("</tableColumns><tableStyleInfo name=\"TableStyleLight").append(style)
                .append("\" showRowStripes=\"true\" showColumnStripes=\"false\"/></table>");
        return new RowSheet(name, head, tail, Optional.empty(), Optional.of(xml.toString()), SheetLayout.array(fitted),
                body, segments);
    }
}
