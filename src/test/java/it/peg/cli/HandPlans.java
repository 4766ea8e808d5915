package it.peg.cli;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plan workbooks written cell by cell with POI, as a comune's own spreadsheet would be (not by peg's
 * {@code init}): year 2027, verifiche 30/06 and 31/12, one objective and one number indicator per service.
 */
final class HandPlans {
    private HandPlans() {
    }

    static String service(int i) {
        return String.format("S%04d", i);
    }

    /** {@code services} services S0001..; {@code endDate} is written as text in the objectives' 'Data fine'. */
    static Path write(Path file, int services, String endDate) throws IOException {
        List<Object[]> settings = List.of(new Object[] {"Voce", "Valore"}, new Object[] {"Ente", "Comune di Prova"},
                new Object[] {"Anno", 2027.0}, new Object[] {"Verifiche", "30/06; 31/12"},
                new Object[] {"Scadenze consegna", "15/07; 31/01"});
        List<Object[]> servizi = new ArrayList<>();
        servizi.add(new Object[] {"Codice", "Servizio"});
        List<Object[]> obiettivi = new ArrayList<>();
        obiettivi.add(new Object[] {"Codice", "Servizio", "Titolo", "Peso", "Data fine"});
        List<Object[]> indicatori = new ArrayList<>();
        indicatori.add(new Object[] {"Codice", "Obiettivo", "Descrizione", "Target", "Peso", "Unità di misura"});
        for (int i = 1; i <= services; i++) {
            String n = String.format("%04d", i);
            servizi.add(new Object[] {"S" + n, "Servizio " + n});
            obiettivi.add(new Object[] {"O" + n, "S" + n, "Obiettivo " + n, 100.0, endDate});
            indicatori.add(new Object[] {"I" + n, "O" + n, "Pratiche evase", "500", 100.0, "numero"});
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            sheet(wb, "Impostazioni", settings);
            sheet(wb, "Servizi", servizi);
            sheet(wb, "Obiettivi", obiettivi);
            sheet(wb, "Indicatori", indicatori);
            wb.write(os);
        }
        return file;
    }

    private static void sheet(XSSFWorkbook wb, String name, List<Object[]> rows) {
        var sheet = wb.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).length; c++) {
                Object v = rows.get(r)[c];
                if (v instanceof String s) {
                    if (!s.isEmpty()) {
                        row.createCell(c).setCellValue(s);
                    }
                } else {
                    row.createCell(c).setCellValue((Double) v);
                }
            }
        }
    }
}
