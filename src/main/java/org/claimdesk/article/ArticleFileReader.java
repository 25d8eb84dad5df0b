package org.claimdesk.article;

import org.claimdesk.shared.InputRejectedException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads an uploaded article file (.txt, .md or .html) into plain text. Refuses other kinds, binary data and
 * text that is not UTF-8, with a message for the person who uploaded it.
 */
public final class ArticleFileReader {

    /** The text of the file and, for HTML, the title found in it (or null). */
    public record ArticleFile(String text, String suggestedTitle) {
    }

    private ArticleFileReader() {
    }

    public static ArticleFile read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            throw new InputRejectedException("file", "The file is empty.");
        }
        if (content.length > ArticleLimits.MAX_UPLOAD_BYTES) {
            throw new InputRejectedException("file", "The file is over the upload limit of 2 MB.");
        }
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".txt") && !name.endsWith(".md")) {
            throw new InputRejectedException("file", "Upload a .txt, .md or .html file.");
        }
        String decoded = utf8(content);
        if (ArticleText.looksBinary(decoded)) {
            throw new InputRejectedException("file", "The file holds binary data, not text.");
        }
        if (decoded.startsWith("\uFEFF")) {
            decoded = decoded.substring(1);
        }
        return html ? fromHtml(decoded) : new ArticleFile(decoded, null);
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InputRejectedException("file", "The file is not UTF-8 text; save it as UTF-8 and try again.");
        }
    }

    /** Paragraph-like blocks become paragraphs separated by blank lines; scripts, styles and menus are dropped. */
    private static ArticleFile fromHtml(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg").remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        StringBuilder text = new StringBuilder();
        for (Element block : root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption")) {
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
                continue; // nested inside a block already taken whole
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                text.append(t).append("\n\n");
            }
        }
        String body = text.isEmpty() ? root.text() : text.toString().strip();
        String title = doc.title().isBlank() ? null : doc.title().strip();
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? null : h1.text().strip();
        }
        if (body.isBlank()) {
            throw new InputRejectedException("file", "The HTML file has no readable text.");
        }
        return new ArticleFile(body, title);
    }
}
