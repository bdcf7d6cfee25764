package org.relocationplanner.ui.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.EffectiveFact;
import org.relocationplanner.domain.Fact;
import org.relocationplanner.domain.FactValue;
import org.relocationplanner.domain.ResidenceRoute;
import org.relocationplanner.domain.Source;
import org.relocationplanner.domain.StayRule;

/** Writes values, their sources and their age the way the user reads them, in the chosen language. */
public final class FactFormatter {

    private final I18n i18n;

    public FactFormatter(I18n i18n) {
        this.i18n = i18n;
    }

    public String value(Criterion criterion, FactValue value) {
        if (value == null || value instanceof FactValue.Unknown) {
            return i18n.tr("value.unknown");
        }
        if (value instanceof FactValue.OfLevel l) {
            return i18n.tr(l.level().messageKey());
        }
        if (value instanceof FactValue.Stay s) {
            return stay(s.rule());
        }
        if (value instanceof FactValue.Amount a) {
            switch (criterion) {
                case PRICE_LEVEL:
                    return i18n.decimal(a.number().doubleValue(), 2);
                case STAY_ALLOWED:
                case LISTED_VISA_FREE_DAYS:
                    return i18n.count("value.days", a.number().longValue());
                case RESIDENCE_ROUTES:
                    return i18n.count("value.routes_open", a.number().longValue());
                default:
                    return i18n.number(a.number());
            }
        }
        if (value instanceof FactValue.Routes r) {
            String open = i18n.count("value.routes_open", r.open());
            return r.restricted() == 0 ? open : open + ", " + i18n.count("value.routes_restricted", r.restricted());
        }
        if (value instanceof FactValue.Speakers s) {
            if (s.count() == null) {
                return i18n.tr("value.speakers_share", i18n.number(s.sharePercent()), String.valueOf(s.year()));
            }
            if (s.sharePercent() == null) {
                return i18n.tr("value.speakers_count", i18n.number(s.count()), String.valueOf(s.year()));
            }
            return i18n.tr("value.speakers", i18n.number(s.count()), i18n.number(s.sharePercent()), String.valueOf(s.year()));
        }
        if (value instanceof FactValue.OfMoney m) {
            String money = i18n.money(m.money().amount(), m.money().currency());
            return criterion == Criterion.RESIDENCE_FEE ? "≈ " + money : money; // converted at a market rate
        }
        if (value instanceof FactValue.Text t) {
            return t.text().in(i18n.locale());
        }
        return value.toString();
    }

    /**
     * A value as a cell shows it: the one that counts (the user's, the only known source's, or the worse of two
     * sources' values), with a mark when two sources disagree.
     */
    public String shown(EffectiveFact f) {
        String text = value(f.criterion(), f.counted());
        return f.shipped().isConflict() && !f.isOverridden() ? text + " " + i18n.tr("badge.conflict.short") : text;
    }

    /** The value that counts and, where two sources disagree, the other one too: "≈ 32 835 ₽ (⇄ ≈ 12 665 ₽)". */
    public String withBoth(EffectiveFact f) {
        FactValue counted = f.counted();
        String text = value(f.criterion(), counted);
        if (!f.shipped().isConflict() || f.isOverridden()) {
            return text;
        }
        FactValue other = counted == f.value() ? f.alternative() : f.value();
        return text + " (" + i18n.tr("badge.conflict.short") + " " + value(f.criterion(), other) + ")";
    }

    /** "90 days in any 180", "30 days per entry", "visa required", in the user's language. */
    public String stay(StayRule r) {
        if (!r.visaFree()) {
            return i18n.tr("stay.visa_required");
        }
        if (r.isUnlimited()) {
            return i18n.tr("stay.no_limit");
        }
        List<String> parts = new ArrayList<>();
        boolean window = r.windowDays() != null && r.windowPeriod() != null;
        // "90 days per entry, 90 days in each 180" says the same twice: the window alone is enough
        if (r.perEntryDays() != null && r.windowKind() != StayRule.WindowKind.CALENDAR_YEAR
                && !(window && r.perEntryDays() >= r.windowDays())) {
            parts.add(i18n.tr("stay.per_entry", r.perEntryDays()));
        }
        if (window) {
            String key = switch (r.windowKind()) {
                case ROLLING -> "stay.window";
                case FROM_FIRST_ENTRY -> "stay.window_from_first";
                default -> "stay.window_unspecified";
            };
            parts.add(i18n.tr(key, r.windowDays(), r.windowPeriod()));
        }
        if (r.yearCapDays() != null) {
            parts.add(i18n.tr("stay.year_cap", r.yearCapDays()));
        }
        return parts.isEmpty() ? i18n.tr("stay.limit_unknown") : String.join(", ", parts);
    }

    /** "Source: X (as of 19 January 2023)". */
    public String source(Source s) {
        if (s == null) {
            return i18n.tr("source.none");
        }
        String head = s.approximate() && s.verifiedOn() != null
                ? i18n.tr("source.line_approx", s.name(), sourceDate(s))
                : i18n.tr("source.line", s.name(), sourceDate(s));
        return s.url().isEmpty() ? head : head + "\n" + s.url();
    }

    /** The source's date as written: the year alone where the source gives no exact date. */
    private String sourceDate(Source s) {
        return s.approximate() && s.verifiedOn() != null ? String.valueOf(s.verifiedOn().getYear())
                : i18n.date(s.verifiedOn());
    }

    public boolean isStale(Fact fact, LocalDate today) {
        return fact.value().isKnown() && fact.source() != null && fact.source().isStaleOn(today,
                fact.criterion().staleAfterMonths());
    }

    /** The tooltip of a value: its note, source, age, the user's note and, when overridden, the shipped value. */
    public String details(EffectiveFact fact, LocalDate today, Destination destination) {
        StringBuilder b = new StringBuilder();
        Fact shipped = fact.shipped();
        if (fact.isOverridden()) {
            b.append(i18n.tr("override.yours", value(fact.criterion(), fact.value()))).append('\n');
            b.append(i18n.tr("override.shipped", value(shipped.criterion(), shipped.value()))).append("\n\n");
        }
        if (!shipped.note().isEmpty()) {
            b.append(shipped.note().in(i18n.locale())).append("\n\n");
        }
        if (fact.criterion() == Criterion.RESIDENCE_ROUTES && destination != null) {
            b.append(routes(destination)).append("\n\n");
        }
        if (fact.criterion() == Criterion.STAY_ALLOWED && shipped.value() instanceof FactValue.Stay s) {
            b.append(i18n.tr("stay.confidence." + s.rule().confidence().name().toLowerCase())).append('\n');
            if (s.rule().validFrom() != null) {
                b.append(i18n.tr("stay.valid_from", i18n.date(s.rule().validFrom()))).append('\n');
            }
        }
        b.append(source(shipped.source()));
        if (isStale(shipped, today)) {
            b.append('\n').append(shipped.source().verifiedOn() == null ? i18n.tr("source.stale.undated")
                    : i18n.tr("source.stale.after", shipped.criterion().staleAfterMonths()));
        }
        Fact other = shipped.alternative();
        if (other != null) {
            b.append("\n\n").append(i18n.tr(shipped.isConflict() ? "source.conflict" : "source.other",
                    value(other.criterion(), other.value())));
            if (!other.note().isEmpty()) {
                b.append('\n').append(other.note().in(i18n.locale()));
            }
            b.append('\n').append(source(other.source()));
        }
        if (!fact.userNote().isEmpty()) {
            b.append("\n\n").append(i18n.tr("override.note", fact.userNote()));
        }
        return b.toString().strip();
    }

    String routes(Destination d) {
        return d.routes().stream().map(r -> "• " + i18n.tr(r.kind().messageKey()) + " (" + i18n.tr(r.status().messageKey())
                        + "): " + r.note().in(i18n.locale()) + "\n   " + sourceShort(r))
                .collect(Collectors.joining("\n"));
    }

    private String sourceShort(ResidenceRoute r) {
        if (r.source() == null) {
            return "";
        }
        return r.source().name() + ", " + sourceDate(r.source());
    }
}
