package org.claimdesk.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command line: {@code extract --json FILE} prints the claims of FILE as a JSON array. */
public final class ExtractCli {

    public static final int OK = 0;
    public static final int CANNOT_READ = 2;
    public static final int USAGE = 64;
    private static final String USAGE_LINE = "usage: extract --json FILE";

    private ExtractCli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args == null || args.length == 0 || !"extract".equals(args[0])) {
            err.println(USAGE_LINE);
            return USAGE;
        }
        boolean json = false;
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if ("--json".equals(a)) {
                json = true;
            } else if (a.startsWith("-") && a.length() > 1) {
                err.println("extract: unknown option " + a + "; " + USAGE_LINE);
                return USAGE;
            } else {
                files.add(a);
            }
        }
        if (!json || files.size() != 1) {
            err.println(USAGE_LINE);
            return USAGE;
        }
        String file = files.get(0);
        String text;
        try {
            byte[] bytes = Files.readAllBytes(Path.of(file));
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            err.println("extract: cannot read " + file + ": no such file");
            return CANNOT_READ;
        } catch (AccessDeniedException e) {
            err.println("extract: cannot read " + file + ": permission denied");
            return CANNOT_READ;
        } catch (CharacterCodingException e) {
            err.println("extract: cannot read " + file + ": not valid UTF-8");
            return CANNOT_READ;
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println("extract: cannot read " + file + ": " + reason.replace('\n', ' '));
            return CANNOT_READ;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        out.println(ClaimJson.toJson(ClaimExtractor.standard().extract(text)));
        out.flush();
        return OK;
    }
}
