package it.peg.cli;

import it.peg.domain.InputNames;
import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Verifica;
import it.peg.plan.PlanReader;
import it.peg.validation.SchedaFixture;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A hand-written plan of N services and N returned schede, each on target at both verifiche: one scheda
 * written by POI for S0001, copied for every other service with its codes and fingerprint (fast enough for
 * a thousand files).
 */
final class ManySchede {
    final Path planFile;
    final Plan plan;
    final Path in;

    ManySchede(Path dir, int services) throws IOException {
        planFile = HandPlans.write(dir.resolve("piano.xlsx"), services, "");
        plan = PlanReader.read(planFile).plan().orElseThrow();
        List<Verifica> v = plan.settings().verifiche();
        Path first = new SchedaFixture(plan, "S0001").set(InputNames.value("I0001", v.get(0)), 300.0)
                .set(InputNames.value("I0001", v.get(1)), 600.0).write(dir.resolve("modello.xlsx"));
        byte[] template = Files.readAllBytes(first);
        Files.delete(first);
        in = Files.createDirectories(dir.resolve("consegne"));
        String fingerprint = PlanFingerprint.of(plan, "S0001");
        for (int i = 1; i <= services; i++) {
            String n = String.format("%04d", i);
            Files.write(in.resolve("S" + n + ".xlsx"), rewrite(template, List.of(fingerprint, "S0001", "O0001", "I0001"),
                    List.of(PlanFingerprint.of(plan, "S" + n), "S" + n, "O" + n, "I" + n)));
        }
    }

    /** The same workbook with every occurrence of each text replaced (same lengths, so no offsets move). */
    static byte[] rewrite(byte[] xlsx, List<String> from, List<String> to) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zout = new ZipOutputStream(bytes)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                String text = new String(zin.readAllBytes(), StandardCharsets.UTF_8);
                for (int k = 0; k < from.size(); k++) {
                    text = text.replace(from.get(k), to.get(k));
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(text.getBytes(StandardCharsets.UTF_8));
                zout.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    CliRun consolidate(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("consolidate", "--plan", planFile.toString(), "--in",
                in.toString(), "--at", "31/12/2027", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }
}
