package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.List;

/** Hand-written JSON for extracted claims (no library): a stable, exact field set. */
public final class ClaimJson {

    private ClaimJson() {
    }

    public static String toJson(List<ExtractedClaim> claims) {
        StringBuilder sb = new StringBuilder(256 + claims.size() * 512);
        sb.append('[');
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim c = claims.get(i);
            sb.append(i == 0 ? "\n  {" : ",\n  {");
            field(sb, "text", c.text()).append(", ");
            field(sb, "sentence", c.sentence()).append(", ");
            sb.append("\"start\": ").append(c.start()).append(", ");
            sb.append("\"end\": ").append(c.end()).append(", ");
            field(sb, "claimant", c.claimant()).append(", ");
            field(sb, "claimantDescription", c.claimantDescription()).append(", ");
            field(sb, "cue", c.cue()).append(", ");
            field(sb, "via", c.via()).append(", ");
            field(sb, "type", c.type() == null ? null : c.type().name()).append(", ");
            sb.append("\"quantities\": [");
            for (int q = 0; q < c.quantities().size(); q++) {
                ExtractedQuantity x = c.quantities().get(q);
                sb.append(q == 0 ? "{" : ", {");
                field(sb, "text", x.text()).append(", ");
                sb.append("\"value\": ").append(number(x.value())).append(", ");
                field(sb, "unit", x.unit()).append(", ");
                sb.append("\"approximate\": ").append(x.approximate()).append('}');
            }
            sb.append("], \"hedges\": [");
            for (int h = 0; h < c.hedges().size(); h++) {
                if (h > 0) {
                    sb.append(", ");
                }
                string(sb, c.hedges().get(h));
            }
            sb.append("], \"checkWorthiness\": ").append(number(c.checkWorthiness())).append('}');
        }
        sb.append(claims.isEmpty() ? "]" : "\n]");
        return sb.toString();
    }

    private static StringBuilder field(StringBuilder sb, String name, String value) {
        sb.append('"').append(name).append("\": ");
        string(sb, value);
        return sb;
    }

    /** A JSON number: whole values without exponent or ".0" (11000, 2300000000), others in plain notation. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e18) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static void string(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
