package org.claimdesk.export;

/**
 * Keeps a spreadsheet from running a cell as a formula (CSV injection): a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a single quote in front, as OWASP's guidance says, so it is
 * shown as the text it is. Every cell of the CSV export goes through here.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String neutralize(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
