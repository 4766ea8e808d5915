package it.peg.validation;

import it.peg.domain.Plan;
import it.peg.testutil.LoRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Italian office worker typing at the keyboard into generated schede of the four transcribed source plans (plans
 * peg did not write: openpyxl wrote them from the municipal forms), with LibreOffice Calc 7.4 it-IT as installed:
 * AutoInput, AutoCorrect, the automatic % of percent cells and the Stop validations all on (the lo-rig's keys mode).
 * Every value is taken and peg reads back what was meant. The traps of issue 14 each have a target here:
 * <ul>
 *   <li>small numbers beside header texts: {@code 2}, {@code 20}, {@code 30}, {@code 31} in the value column of every
 *   plan, whose header block holds the year and dates (they became 2026, 2027, 30/09/2027, 31/12/2027), in ratio
 *   numerators and denominators, and in the Dati column under the year heading;</li>
 *   <li>percent cells: {@code 88%}, {@code 93,5%} (LibreOffice leaves {@code 88%%}, once refused by the validation),
 *   {@code 88}, {@code 93,5}, a progress {@code 60%} and {@code 100};</li>
 *   <li>{@code 0,5} and {@code 1.234,5} in numbers and in a Dati row (which once took {@code -1.234,5}: a negative
 *   count there is now refused, SubmissionValidatorTest), thousands {@code 1.200}, {@code 24.000};</li>
 *   <li>dates {@code dd/mm/yyyy} and {@code d/m/yy} beside header dates;</li>
 *   <li>SI / NO beside the plan's indicator types, phase states, causes and notes.</li>
 * </ul>
 * One fill per plan types all its targets (a soffice start each).
 */
class LibreOfficeKeyboardIT {
    @TempDir
    Path dir;

    /** Types every target into the service's scheda, then checks each value read back and that no finding but a gap's cause came. */
    private void typeAndReadBack(String planName, String service, Map<String, String[]> typedAndMeant) throws Exception {
        LoRig.require();
        Plan plan = TypedReadBack.plan(planName);
        Path blank = TypedReadBack.scheda(plan, service, dir.resolve(planName + ".xlsx"));
        Path typed = dir.resolve(planName + " compilata.xlsx");
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> meant = new LinkedHashMap<>();
        typedAndMeant.forEach((name, pair) -> {
            keys.put(name, pair[0]);
            meant.put(name, pair[1]);
        });
        TypedReadBack.Filled filled = TypedReadBack.typeAndReadBack(plan, blank, typed, keys, meant);
        TypedReadBack.assertNoFindingButMissingCauses(filled.result());
    }

    private static Map<String, String[]> targets(String... typedThenMeant) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (int i = 0; i < typedThenMeant.length; i += 3) {
            m.put(typedThenMeant[i], new String[] {typedThenMeant[i + 1], typedThenMeant[i + 2]});
        }
        return m;
    }

    @Test
    void trezzoSmallNumbersDatesThousandsNegativesListsAndTheDatiColumn() throws Exception {
        typeAndReadBack("trezzo-2022", "ASS_SOC", targets(
                "IN_ASS_SOC_1_I1_0630", "2", "2",
                "IN_ASS_SOC_1_I1_1231", "20", "20",
                "IN_ASS_SOC_1_I2_0630", "30", "30",
                "IN_ASS_SOC_1_I2_1231", "31", "31",
                "IN_ASS_SOC_1_I3_0630", "1.200", "1200",
                "IN_ASS_SOC_1_I3_1231", "7", "7",
                "IN_ASS_SOC_1_I4_0630", "30/06/2022", "2022-06-30",
                "IN_ASS_SOC_1_I4_1231", "1/7/22", "2022-07-01",
                "IN_ASS_SOC_2_I1_0630", "0,5", "0.5",
                "IN_ASS_SOC_2_I1_1231", "1.234,5", "1234.5",
                "IN_ASS_SOC_2_I2_0630", "3", "3",
                "IN_ASS_SOC_2_I3_1231", "2", "2",
                "CAUSA_ASS_SOC_1_I1_0630", "Ritardi dei fornitori", "Ritardi dei fornitori",
                "RAGGIUNGIBILE_ASS_SOC_1_0630", "SI", "SI",
                "RAGGIUNGIBILE_ASS_SOC_2_0630", "NO", "NO",
                "NOTE_ASS_SOC_1_0630", "Nessuna criticità", "Nessuna criticità",
                "FASE_ASS_SOC_1_A_0630", "Completata", "Completata",
                "FASE_ASS_SOC_1_B_0630", "In corso", "In corso",
                "FASE_ASS_SOC_1_B_2_0630", "Da avviare", "Da avviare",
                "DATO_ASS_SOC_D01_2022", "2", "2",
                "DATO_ASS_SOC_D02_2022", "20", "20",
                "DATO_ASS_SOC_D03_2022", "31", "31",
                "DATO_ASS_SOC_D04_2022", "1.234,5", "1234.5",
                "DATO_ASS_SOC_D05_2022", "2.022", "2022",
                "DATO_ASS_SOC_D06_2022", "30", "30"));
    }

    @Test
    void firenze2021RatiosBesideTheHeaderPercentWithTheSignYesNoAndScale() throws Exception {
        typeAndReadBack("firenze-2021", "ZN08", targets(
                "IN_2021_ZN08_01_0630", "NO", "NO",
                "IN_2021_ZN08_01_1231", "SI", "SI",
                "IN_2021_ZN08_02_0630_NUM", "2", "2",
                "IN_2021_ZN08_02_0630_DEN", "20", "20",
                "IN_2021_ZN08_02_1231_NUM", "30", "30",
                "IN_2021_ZN08_02_1231_DEN", "31", "31",
                "IN_2021_ZN08_04_1231", "4,5", "4.5",
                "IN_2021_ZN08_05_0630", "12.000", "12000",
                "IN_2021_ZN08_05_1231", "24.000", "24000",
                "IN_2021_ZN08_09_1231", "2", "2",
                "IN_2021_ZN08_12_0630", "88%", "0.88",
                "IN_2021_ZN08_12_1231", "93,5%", "0.935",
                "RAGGIUNGIBILE_2021_ZN08_0630", "SI", "SI",
                "RAGGIUNGIBILE_2021_DN08_01_0630", "NO", "NO",
                "NOTE_2021_ZN08_0630", "Si procede come previsto", "Si procede come previsto"));
    }

    @Test
    void firenze2017PercentWithoutTheSignRatiosDatesAndCounts() throws Exception {
        typeAndReadBack("firenze-2017", "ZN08", targets(
                "IN_2017_ZN08_18_0630", "88", "0.88",
                "IN_2017_ZN08_18_1231", "93,5", "0.935",
                "IN_2017_ZN08_01_1231_NUM", "1.300", "1300",
                "IN_2017_ZN08_01_1231_DEN", "3", "3",
                "IN_2017_ZN08_14_1231_NUM", "7", "7",
                "IN_2017_ZN08_14_1231_DEN", "1", "1",
                "IN_2017_ZN08_20_1231_NUM", "3.000", "3000",
                "IN_2017_ZN08_20_1231_DEN", "20", "20",
                "IN_2017_ZN08_13_0630", "2", "2",
                "IN_2017_ZN08_13_1231", "4", "4",
                "IN_2017_ZN08_08_1231", "0", "0",
                "IN_2017_ZN08_09_1231", "30/09/2017", "2017-09-30",
                "IN_2017_ZN08_22_1231", "15/3/17", "2017-03-15",
                "CAUSA_2017_ZN08_13_1231", "n.d.", "n.d."));
    }

    @Test
    void serravalleDatesBesideHeaderDatesAndProgress() throws Exception {
        typeAndReadBack("serravalle-2018", "SS", targets(
                "IN_SS_OB1_I1_0930", "17/03/2018", "2018-03-17",
                "IN_SS_OB1_I1_1231", "17/3/18", "2018-03-17",
                "IN_SS_OB1_I2_1231", "30/09/2018", "2018-09-30",
                "IN_SS_OB1_I3_1231", "31/12/18", "2018-12-31",
                "IN_SS_OB3_I1_1231", "30/6/2018", "2018-06-30",
                "IN_SS_OB4_I1_1231", "1/4/18", "2018-04-01",
                "IN_SS_OB4_I2_0930", "60%", "0.6",
                "IN_SS_OB4_I2_1231", "100", "1",
                "RAGGIUNGIBILE_SS_OB1_0930", "SI", "SI",
                "NOTE_SS_OB1_0930", "Avviato il servizio", "Avviato il servizio",
                "RAGGIUNGIBILE_SS_OB2_0930", "NO", "NO"));
    }
}
