package it.peg.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The comune's emblem (a PNG checked when the plan was read) drawn into a box of cells, scaled to fit it with its
 * proportions kept and centred, moving with the cells but never resized by them. The size comes from the PNG's
 * header, so no image library is loaded and the same file always gives the same drawing.
 */
public final class Emblem {
    private static final int EMU_PER_POINT = 12700;
    private static final int EMU_PER_PIXEL = 9525;
    /** A small margin inside the box, in points. */
    private static final double PADDING = 2;

    private final byte[] png;
    private final int width;
    private final int height;

    private Emblem(byte[] png, int width, int height) {
        this.png = png;
        this.width = width;
        this.height = height;
    }

    /** The emblem of the plan's Logo setting; empty when there is none or it is no longer a readable PNG. */
    public static Optional<Emblem> of(Optional<String> logo) {
        if (logo.isEmpty()) {
            return Optional.empty();
        }
        try {
            return parse(Files.readAllBytes(Path.of(logo.get())));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A PNG's bytes: signature, then the IHDR chunk with width and height. */
    static Optional<Emblem> parse(byte[] png) {
        if (png.length < 24 || (png[0] & 0xFF) != 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G'
                || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(png);
        int w = b.getInt(16);
        int h = b.getInt(20);
        return w > 0 && h > 0 ? Optional.of(new Emblem(png.clone(), w, h)) : Optional.empty();
    }

    /**
     * Where the emblem goes in a box of cells: from cell ({@code col1}, {@code row1}) on, the columns and rows of the
     * box {@code colEmu} and {@code rowEmu} wide and high (EMU), the emblem scaled to fit with a small padding and
     * centred. Offsets and sizes are in EMU.
     */
    public Placement place(int row1, int col1, long[] colEmu, long[] rowEmu) {
        long boxW = Arrays.stream(colEmu).sum();
        long boxH = Arrays.stream(rowEmu).sum();
        long pad = Math.round(PADDING * EMU_PER_POINT);
        long innerW = Math.max(1, boxW - 2 * pad);
        long innerH = Math.max(1, boxH - 2 * pad);
        double scale = Math.min((double) innerW / width, (double) innerH / height);
        long w = Math.max(1, Math.round(width * scale));
        long h = Math.max(1, Math.round(height * scale));
        long x = (boxW - w) / 2;
        long y = (boxH - h) / 2;
        int[] from = {0, 0};
        int[] to = {0, 0};
        long[] fromOffsets = locate(colEmu, x, from, 0);
        long[] toOffsets = locate(colEmu, x + w, to, 0);
        long[] fromRow = locate(rowEmu, y, from, 1);
        long[] toRow = locate(rowEmu, y + h, to, 1);
        return new Placement(col1 + from[0], fromOffsets[0], row1 + from[1], fromRow[0], col1 + to[0], toOffsets[0],
                row1 + to[1], toRow[0], w, h);
    }

    /** An anchor from ({@code col1}+{@code dx1}, {@code row1}+{@code dy1}) to ({@code col2}+..., ...), EMU offsets. */
    public record Placement(int col1, long dx1, int row1, long dy1, int col2, long dx2, int row2, long dy2, long width,
                            long height) {
    }

    /** The PNG's bytes. */
    public byte[] png() {
        return png.clone();
    }

    /**
     * EMU of a column {@code characters} wide, as POI measured it when it drew the emblem (7.0017 pixels a character,
     * in float arithmetic), so that the summary keeps the anchor POI wrote.
     */
    public static long emuOfColumn(int characters) {
        float pixels = (float) (characters * 256 / 256.0 * 7.0017f);
        return Math.round(pixels * EMU_PER_PIXEL);
    }

    /** EMU of a row {@code points} high, as POI measured it. */
    public static long emuOfRow(float points) {
        return Math.round(points * EMU_PER_POINT);
    }

    /**
     * The drawing part (DrawingML) of the emblem in the box of rows {@code row1..row2} and columns {@code col1..col2}
     * of a {@link SheetModel}, placed by {@link #place}; its picture is the relationship {@code rId1}.
     */
    public byte[] drawingXml(SheetModel sheet, int row1, int row2, int col1, int col2) {
        long[] colEmu = new long[col2 - col1 + 1];
        for (int c = col1; c <= col2; c++) {
            // POI's column width in pixels: characters times the default character width
            colEmu[c - col1] = Math.round((float) (sheet.width(c) / 256.0 * 7.0017f) * EMU_PER_PIXEL);
        }
        long[] rowEmu = new long[row2 - row1 + 1];
        for (int r = row1; r <= row2; r++) {
            rowEmu[r - row1] = Math.round(sheet.heightOf(r) * EMU_PER_POINT);
        }
        Placement p = place(row1, col1, colEmu, rowEmu);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<xdr:twoCellAnchor editAs=\"oneCell\">"
                + "<xdr:from><xdr:col>" + p.col1() + "</xdr:col><xdr:colOff>" + p.dx1() + "</xdr:colOff><xdr:row>"
                + p.row1() + "</xdr:row><xdr:rowOff>" + p.dy1() + "</xdr:rowOff></xdr:from>"
                + "<xdr:to><xdr:col>" + p.col2() + "</xdr:col><xdr:colOff>" + p.dx2() + "</xdr:colOff><xdr:row>"
                + p.row2() + "</xdr:row><xdr:rowOff>" + p.dy2() + "</xdr:rowOff></xdr:to>"
                + "<xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"1\" name=\"Stemma\"/><xdr:cNvPicPr><a:picLocks noChangeAspect=\"1\"/>"
                + "</xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed=\"rId1\"/><a:stretch><a:fillRect/></a:stretch>"
                + "</xdr:blipFill><xdr:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + p.width() + "\" cy=\"" + p.height() + "\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>"
                + "</xdr:wsDr>";
        return xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The cell (index into {@code sizes}) holding {@code offset}, stored in {@code cell[axis]}, and the rest. */
    private static long[] locate(long[] sizes, long offset, int[] cell, int axis) {
        long left = offset;
        int i = 0;
        while (i < sizes.length - 1 && left >= sizes[i]) {
            left -= sizes[i];
            i++;
        }
        cell[axis] = i;
        return new long[] {Math.min(left, sizes[i])};
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
