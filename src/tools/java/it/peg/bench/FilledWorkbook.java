package it.peg.bench;

import it.peg.consolidate.InputFile;

import java.util.List;

/** A workbook of the run, filled once as its office would: the file and the worksheet parts holding its inputs. */
record FilledWorkbook(InputFile file, List<String> namedParts) {
}
