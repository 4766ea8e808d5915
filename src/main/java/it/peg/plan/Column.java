package it.peg.plan;

import java.util.List;

/** A column of a plan sheet, found by its header text (row 1, case- and accent-insensitive). */
interface Column {
    /** The header as {@code peg init} writes it. */
    String header();

    /** Other accepted header texts. */
    List<String> aliases();

    /** A sheet without this column cannot be read. */
    boolean required();
}
