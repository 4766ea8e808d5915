package it.peg.generate;

import it.peg.domain.CarriedValues;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Creates input cells: unlocked style, a Stop-style validation with Italian messages, and the defined name. */
final class InputCells {
    static final int MAX_TEXT = 2000;
    private static final String BIG = "999999999999";

    private final Stamp stamp;

    InputCells(Stamp stamp) {
        this.stamp = stamp;
    }

    /** An input cell with the default range for its type. */
    XSSFCell create(XSSFSheet sheet, int r, int c, InputType type, String name) {
        return create(sheet, r, c, type, name, Optional.empty(), Optional.empty());
    }

    /** An input cell; {@code min}/{@code max} narrow a NUMBER's accepted range. */
    XSSFCell create(XSSFSheet sheet, int r, int c, InputType type, String name, Optional<BigDecimal> min,
                    Optional<BigDecimal> max) {
        XSSFCell cell = Stamp.cell(sheet, r, c);
        cell.setCellStyle(stamp.style(type.style()));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int year = stamp.plan.settings().year();
        DataValidationConstraint constraint;
        String promptTitle;
        String prompt;
        String error;
        switch (type) {
            case NUMBER -> {
                String lo = min.map(BigDecimal::toPlainString).orElse("-" + BIG);
                String hi = max.map(BigDecimal::toPlainString).orElse(BIG);
                constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, lo, hi);
                String range = min.isPresent() || max.isPresent()
                        ? " Valori ammessi: da " + it(min, "-") + " a " + it(max, "+") + "." : "";
                promptTitle = "Valore";
                prompt = "Scrivere un numero, es. 1.200 oppure 3,5." + range;
                error = "Serve un numero (es. 1.200 oppure 3,5), senza testo o unità di misura." + range;
            }
            case PERCENT -> {
                constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "1");
                promptTitle = "Percentuale";
                prompt = "Scrivere la percentuale senza il simbolo %, es. 75 per 75%.";
                error = "Serve una percentuale tra 0% e 100% (scrivere ad es. 75 per 75%).";
            }
            case PROGRESS -> {
                constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "1");
                promptTitle = "Avanzamento";
                prompt = "Percentuale di realizzazione stimata, da 0 a 100 (es. 80 per 80%). Spiegarla nelle cause.";
                error = "Serve una percentuale di avanzamento tra 0% e 100% (scrivere ad es. 80 per 80%).";
            }
            case DATE -> {
                LocalDate from = LocalDate.of(year - 1, 1, 1);
                LocalDate to = LocalDate.of(year + 1, 12, 31);
                constraint = helper.createDateConstraint(OperatorType.BETWEEN, serial(from), serial(to), "dd/MM/yyyy");
                promptTitle = "Data di completamento";
                prompt = "Scrivere la data in cui l'attività è stata completata, gg/mm/aaaa (es. 30/09/" + year
                        + "). Lasciare vuoto se non è ancora completata.";
                error = "Serve una data tra 01/01/" + (year - 1) + " e 31/12/" + (year + 1) + " nel formato gg/mm/aaaa.";
            }
            case YES_NO -> {
                constraint = helper.createExplicitListConstraint(new String[] {"SI", "NO"});
                promptTitle = "SI / NO";
                prompt = "Scegliere SI o NO dall'elenco.";
                error = "Sono ammessi solo SI o NO: sceglierli dall'elenco.";
            }
            case PHASE_STATE -> {
                constraint = helper.createExplicitListConstraint(new String[] {"Da avviare", "In corso", "Completata"});
                promptTitle = "Stato della fase";
                prompt = "Scegliere dall'elenco: Da avviare, In corso, Completata.";
                error = "Sono ammessi solo: Da avviare, In corso, Completata. Sceglierli dall'elenco.";
            }
            case TEXT -> {
                constraint = helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, Integer.toString(MAX_TEXT), null);
                promptTitle = "Testo";
                prompt = "Testo libero, al massimo " + MAX_TEXT + " caratteri.";
                error = "Testo troppo lungo: al massimo " + MAX_TEXT + " caratteri.";
            }
            default -> throw new IllegalStateException(type.toString());
        }
        DataValidation dv = helper.createValidation(constraint, new CellRangeAddressList(r, r, c, c));
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.setShowErrorBox(true);
        dv.createErrorBox("Valore non ammesso", error);
        dv.setShowPromptBox(true);
        dv.createPromptBox(promptTitle, prompt);
        dv.setEmptyCellAllowed(true);
        sheet.addValidationData(dv);
        stamp.name(name, sheet, r, c);
        carry(cell, type, name);
        return cell;
    }

    /** Writes the value carried forward for this cell, if any, and locks the cell of a past verifica. */
    private void carry(XSSFCell cell, InputType type, String name) {
        stamp.carried.value(name).ifPresent(v -> {
            if (v instanceof CarriedValues.Number n) {
                cell.setCellValue(n.value().doubleValue());
            } else if (v instanceof CarriedValues.Day d) {
                cell.setCellValue(d.value());
            } else if (v instanceof CarriedValues.Text t) {
                cell.setCellValue(t.value());
            }
        });
        if (stamp.carried.locked(name)) {
            cell.setCellStyle(stamp.lockedStyle(type.style()));
        }
    }

    private static String serial(LocalDate d) {
        return Long.toString(Math.round(DateUtil.getExcelDate(d)));
    }

    private static String it(Optional<BigDecimal> v, String none) {
        return v.map(b -> b.stripTrailingZeros().toPlainString().replace('.', ',')).orElse(none.equals("-") ? "qualsiasi" : "qualsiasi");
    }
}
