package org.relocationplanner.data;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.FactValue;
import org.relocationplanner.domain.LocalizedText;
import org.relocationplanner.domain.Money;

/** How a {@link FactValue} is spread over the value columns shared by {@code fact} and {@code user_annotation}. */
final class FactColumns {

    static final String COLUMNS = "kind, num_value, count_value, year_value, code_value, currency, text_en, text_ru";
    static final String PARAMS = ":kind, :num_value, :count_value, :year_value, :code_value, :currency, :text_en, :text_ru";

    private FactColumns() {
    }

    static Map<String, Object> toColumns(FactValue value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", null);
        m.put("num_value", null);
        m.put("count_value", null);
        m.put("year_value", null);
        m.put("code_value", null);
        m.put("currency", null);
        m.put("text_en", null);
        m.put("text_ru", null);
        if (value == null) {
            return m;
        }
        if (value instanceof FactValue.Unknown) {
            m.put("kind", "unknown");
        } else if (value instanceof FactValue.OfLevel l) {
            m.put("kind", "level");
            m.put("code_value", l.level().code());
        } else if (value instanceof FactValue.Amount a) {
            m.put("kind", "amount");
            m.put("num_value", a.number());
        } else if (value instanceof FactValue.Speakers s) {
            m.put("kind", "speakers");
            m.put("num_value", s.sharePercent());
            m.put("count_value", s.count());
            m.put("year_value", s.year());
        } else if (value instanceof FactValue.OfMoney money) {
            m.put("kind", "money");
            m.put("num_value", money.money().amount());
            m.put("currency", money.money().currency());
        } else if (value instanceof FactValue.Text t) {
            m.put("kind", "text");
            m.put("text_en", t.text().en());
            m.put("text_ru", t.text().ru());
        } else {
            throw new IllegalArgumentException("Not stored: " + value);
        }
        return m;
    }

    /**
     * The row's criterion, or null for one this version of the app does not know (written by a newer version):
     * such rows stay in the file untouched and are left out.
     */
    static Criterion criterion(ResultSet rs) throws SQLException {
        String name = rs.getString("criterion");
        try {
            return Criterion.valueOf(name);
        } catch (IllegalArgumentException e) {
            org.slf4j.LoggerFactory.getLogger(FactColumns.class).warn("Skipping a value of unknown criterion {}", name);
            return null;
        }
    }

    /** The value in the current row, or null when the row holds none (a note without an own value). */
    static FactValue fromRow(ResultSet rs, Criterion criterion) throws SQLException {
        String kind = rs.getString("kind");
        if (kind == null) {
            return null;
        }
        BigDecimal num = rs.getBigDecimal("num_value");
        switch (kind) {
            case "unknown":
                return FactValue.UNKNOWN;
            case "level": {
                String code = rs.getString("code_value");
                return criterion.level(code).<FactValue>map(FactValue.OfLevel::new)
                        .orElseThrow(() -> new SQLException("Unknown level '" + code + "' for " + criterion));
            }
            case "amount":
                return new FactValue.Amount(num.stripTrailingZeros());
            case "speakers":
                return new FactValue.Speakers(rs.getObject("count_value") == null ? null : rs.getLong("count_value"),
                        num == null ? null : num.stripTrailingZeros(), rs.getInt("year_value"));
            case "money":
                return new FactValue.OfMoney(new Money(num.stripTrailingZeros(), rs.getString("currency")));
            case "text":
                return new FactValue.Text(LocalizedText.of(rs.getString("text_en"), rs.getString("text_ru")));
            default:
                throw new SQLException("Unknown value kind '" + kind + "' for " + criterion);
        }
    }
}
