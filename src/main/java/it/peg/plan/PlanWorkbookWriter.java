package it.peg.plan;

/** Writes a plan as a plan workbook in the format {@link PlanReader} reads. */
public final class PlanWorkbookWriter {
    private PlanWorkbookWriter() {
    }

    static PlanLayout standardLayout() {
        return new PlanLayout();
    }
}
