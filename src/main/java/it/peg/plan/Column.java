package it.peg.plan;

import java.util.List;

/** A column of a plan sheet, found by its header text (row 1, case- and accent-insensitive). */
interface Column {
    /** Header, aliases and whether required, as the enum constant declares them. */
    ColumnSpec spec();

    /** The header as {@code peg init} writes it. */
    default String header() {
        return spec().header();
    }

    /** Other accepted header texts. */
    default List<String> aliases() {
        return spec().aliases();
    }

    /** A sheet without this column cannot be read. */
    default boolean required() {
        return spec().required();
    }
}
