package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Counts a budget month by month against a rate scenario. Each month: every income due is taxed, turned into
 * rubles, moved by its channel (percent and fixed fee, a worse rate, a monthly limit shared by everything the
 * channel moves that month; what is over the limit stays in rubles) and arrives in the host currency; expenses
 * due are paid in it; the net goes to the host-currency savings. A shortfall is covered from the other savings:
 * rubles through the plan's first channel that has limit left (with its fees and worse rate), other currencies
 * at the month's rate (changed on the spot). The month the savings can no longer cover is when the money runs
 * out.
 */
public final class BudgetEngine {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RateHistory history;

    public BudgetEngine(RateHistory history) {
        this.history = history;
    }

    /** The plan under one scenario, with money as exact decimals. */
    public BudgetResult run(BudgetPlan plan, Scenario scenario) {
        LocalDate first = plan.start().atDay(1);
        String host = plan.hostCurrency();
        Map<String, BigDecimal> balances = new LinkedHashMap<>();
        balances.put(host, BigDecimal.ZERO);
        for (Saving s : plan.savings()) {
            balances.merge(s.amount().currency(), s.amount().amount(), BigDecimal::add);
        }
        Map<String, BigDecimal> fees = new TreeMap<>();
        for (TransferChannel c : plan.channels()) {
            fees.put(c.name(), BigDecimal.ZERO);
        }
        List<BudgetMonth> rows = new ArrayList<>();
        YearMonth runsOut = null;
        for (int k = 0; k < plan.months(); k++) {
            YearMonth month = plan.start().plusMonths(k);
            Map<String, BigDecimal> rates = new HashMap<>();
            Map<String, RateHistory.Quote> quotes = new TreeMap<>();
            int kk = k;
            LocalDate day = scenario.day(first, k);
            java.util.function.Function<String, BigDecimal> rate = c -> rates.computeIfAbsent(c, x -> {
                BigDecimal r = scenario.rate(history, x, first, kk);
                quotes.put(x, history.on(x, day).orElseThrow());
                return r;
            });
            BigDecimal perHost = rate.apply(host);
            BigDecimal income = BigDecimal.ZERO;
            BigDecimal tax = BigDecimal.ZERO;
            BigDecimal lost = BigDecimal.ZERO;
            BigDecimal arrived = BigDecimal.ZERO;
            Map<String, BigDecimal> used = new HashMap<>();
            for (IncomeStream in : plan.incomes()) {
                if (!in.dueIn(month)) {
                    continue;
                }
                BigDecimal grossRub = in.amount().amount().multiply(rate.apply(in.amount().currency()), MC);
                BigDecimal taxRub = grossRub.multiply(in.taxPercent(), MC).divide(HUNDRED, MC);
                BigDecimal moved = grossRub.subtract(taxRub);
                income = income.add(grossRub);
                tax = tax.add(taxRub);
                TransferChannel ch = in.channel().isEmpty() ? null : plan.channel(in.channel()).orElseThrow();
                if (ch == null) {
                    arrived = arrived.add(moved.divide(perHost, MC));
                    continue;
                }
                BigDecimal room = room(ch, used, rate);
                if (moved.compareTo(room) > 0) {
                    balances.merge("RUB", moved.subtract(room), BigDecimal::add);
                    moved = room;
                }
                BigDecimal[] sent = send(ch, moved, perHost, rate);
                used.merge(ch.name(), moved, BigDecimal::add);
                fees.merge(ch.name(), sent[1], BigDecimal::add);
                lost = lost.add(sent[1]);
                arrived = arrived.add(sent[0]);
            }
            BigDecimal spent = BigDecimal.ZERO;
            for (Expense e : plan.expenses()) {
                if (e.dueIn(month)) {
                    spent = spent.add(e.amount().amount().multiply(rate.apply(e.amount().currency()), MC)
                            .divide(perHost, MC));
                }
            }
            BigDecimal net = arrived.subtract(spent);
            balances.merge(host, net, BigDecimal::add);
            lost = lost.add(cover(plan, balances, host, perHost, rate, used, fees));
            if (runsOut == null && balances.get(host).signum() < 0) {
                runsOut = month;
            }
            BigDecimal total = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> b : balances.entrySet()) {
                total = total.add(b.getKey().equals(host) ? b.getValue()
                        : b.getValue().multiply(rate.apply(b.getKey()), MC).divide(perHost, MC));
            }
            rows.add(new BudgetMonth(month, round(perHost, 4), round(income, 2), round(tax, 2), round(lost, 2),
                    round(arrived, 2), round(spent, 2), round(net, 2), round(total, 2), quotes.get(host),
                    quotes.values().stream().filter(RateHistory.Quote::stale).toList()));
        }
        fees.replaceAll((k, v) -> round(v, 2));
        return new BudgetResult(rows, runsOut, fees);
    }

    /** What a channel may still move this month, in rubles (no limit: as much as there is). */
    private static BigDecimal room(TransferChannel ch, Map<String, BigDecimal> used,
                                   java.util.function.Function<String, BigDecimal> rate) {
        if (ch.monthlyLimit() == null) {
            return BigDecimal.valueOf(Long.MAX_VALUE);
        }
        BigDecimal limit = ch.monthlyLimit().amount().multiply(rate.apply(ch.monthlyLimit().currency()), MC);
        return limit.subtract(used.getOrDefault(ch.name(), BigDecimal.ZERO)).max(BigDecimal.ZERO);
    }

    /** Sends {@code rub} through a channel: what arrives in the host currency, and what the channel took. */
    private static BigDecimal[] send(TransferChannel ch, BigDecimal rub, BigDecimal perHost,
                                     java.util.function.Function<String, BigDecimal> rate) {
        if (rub.signum() <= 0) {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
        }
        BigDecimal fee = rub.multiply(ch.percentFee(), MC).divide(HUNDRED, MC)
                .add(ch.fixedFee().amount().multiply(rate.apply(ch.fixedFee().currency()), MC));
        BigDecimal worse = perHost.multiply(BigDecimal.ONE.add(ch.spreadPercent().divide(HUNDRED, MC)), MC);
        BigDecimal arrives = rub.subtract(fee).max(BigDecimal.ZERO).divide(worse, MC);
        return new BigDecimal[] {arrives, rub.subtract(arrives.multiply(perHost, MC))};
    }

    /**
     * Covers a negative host balance from the other savings, in their order: rubles through the first channel
     * with limit left, other currencies at the month's rate. Returns what the channels took, in rubles.
     */
    private static BigDecimal cover(BudgetPlan plan, Map<String, BigDecimal> balances, String host,
                                    BigDecimal perHost, java.util.function.Function<String, BigDecimal> rate,
                                    Map<String, BigDecimal> used, Map<String, BigDecimal> fees) {
        BigDecimal took = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> b : balances.entrySet()) {
            BigDecimal need = balances.get(host).negate();
            if (need.signum() <= 0) {
                return took;
            }
            if (b.getKey().equals(host) || b.getValue().signum() <= 0) {
                continue;
            }
            if (b.getKey().equals("RUB") && !plan.channels().isEmpty()) {
                for (TransferChannel ch : plan.channels()) {
                    need = balances.get(host).negate();
                    BigDecimal room = room(ch, used, rate).min(b.getValue());
                    if (need.signum() <= 0 || room.signum() <= 0) {
                        continue;
                    }
                    // the rubles that bring what is needed: (x - x p - fixed) / worse = need
                    BigDecimal worse = perHost.multiply(BigDecimal.ONE.add(ch.spreadPercent().divide(HUNDRED, MC)),
                            MC);
                    BigDecimal fixed = ch.fixedFee().amount().multiply(rate.apply(ch.fixedFee().currency()), MC);
                    BigDecimal x = need.multiply(worse, MC).add(fixed).divide(BigDecimal.ONE.subtract(
                            ch.percentFee().divide(HUNDRED, MC)), MC).min(room);
                    BigDecimal[] sent = send(ch, x, perHost, rate);
                    b.setValue(b.getValue().subtract(x));
                    used.merge(ch.name(), x, BigDecimal::add);
                    fees.merge(ch.name(), sent[1], BigDecimal::add);
                    took = took.add(sent[1]);
                    balances.put(host, balances.get(host).add(sent[0]));
                }
                continue;
            }
            BigDecimal r = rate.apply(b.getKey());
            BigDecimal available = b.getValue().multiply(r, MC).divide(perHost, MC);
            BigDecimal take = available.min(need);
            b.setValue(b.getValue().subtract(take.multiply(perHost, MC).divide(r, MC)));
            balances.put(host, balances.get(host).add(take));
        }
        return took;
    }

    private static BigDecimal round(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.HALF_EVEN);
    }

    /**
     * How long the savings last over many resampled rate paths; {@code months} of the history were drawn from,
     * {@code skipped} left out because a rate at either end was stale (a carried-over rate would be a month without
     * change that never happened).
     */
    public record RunwayOdds(int paths, int horizon, int p10, int p50, int p90, int months, int skipped) {
    }

    /**
     * The runway over {@code paths} rate paths that start from the rates of {@code ratesOn} and then move each
     * month as a month drawn at random (with replacement) from the real history between {@code historyFrom} and
     * {@code historyTo} moved: every currency by its own change that month. The runway at the 10th, 50th and 90th
     * percentile, in whole months (the horizon when the savings last beyond it). Counted in floating point, since
     * only the month the money runs out is reported, never an amount.
     */
    public RunwayOdds resample(BudgetPlan plan, LocalDate ratesOn, LocalDate historyFrom, LocalDate historyTo,
                               int paths, long seed) {
        if (paths < 1) {
            throw new IllegalArgumentException("At least one path is needed, not " + paths);
        }
        List<String> currencies = new ArrayList<>(plan.currencies());
        add(currencies, "RUB");
        int nc = currencies.size();
        int samples = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(historyFrom),
                YearMonth.from(historyTo));
        if (samples < 1) {
            throw new IllegalArgumentException("The history to draw from must span at least two months");
        }
        double[] base = new double[nc];
        for (int c = 0; c < nc; c++) {
            base[c] = Scenario.quote(history, currencies.get(c), ratesOn).doubleValue();
        }
        // each month of the history with a fresh rate of every currency at both ends; a stale end leaves it out
        List<double[]> drawn = new ArrayList<>();
        for (int j = 0; j < samples; j++) {
            LocalDate a = historyFrom.withDayOfMonth(1).plusMonths(j);
            LocalDate b = a.plusMonths(1);
            double[] step = new double[nc];
            boolean fresh = true;
            for (int c = 0; c < nc && fresh; c++) {
                String cur = currencies.get(c);
                fresh = history.fresh(cur, a.toEpochDay()) && history.fresh(cur, b.toEpochDay());
                if (fresh) {
                    step[c] = Scenario.quote(history, cur, b).doubleValue() / Scenario.quote(history, cur, a)
                            .doubleValue();
                }
            }
            if (fresh) {
                drawn.add(step);
            }
        }
        if (drawn.isEmpty()) {
            throw new IllegalArgumentException("No month between " + historyFrom + " and " + historyTo
                    + " has fresh rates of every currency of the plan");
        }
        double[][] change = drawn.toArray(new double[0][]);
        int skipped = samples - change.length;
        Month[] months = months(plan, currencies);
        double[] start = new double[nc];
        for (Saving s : plan.savings()) {
            start[currencies.indexOf(s.amount().currency())] += s.amount().amount().doubleValue();
        }
        // the order the exact count covers a shortfall in: the savings as listed, then rubles parked over a limit
        List<Integer> orderList = new ArrayList<>();
        for (Saving sv : plan.savings()) {
            int c = currencies.indexOf(sv.amount().currency());
            if (c != 0 && !orderList.contains(c)) {
                orderList.add(c);
            }
        }
        if (!orderList.contains(currencies.indexOf("RUB")) && currencies.indexOf("RUB") != 0) {
            orderList.add(currencies.indexOf("RUB"));
        }
        int[] order = orderList.stream().mapToInt(Integer::intValue).toArray();
        double[] used = new double[plan.channels().size()];
        int[] runway = new int[paths];
        Random random = new Random(seed);
        double[] r = new double[nc];
        double[] bal = new double[nc];
        for (int p = 0; p < paths; p++) {
            System.arraycopy(base, 0, r, 0, nc);
            System.arraycopy(start, 0, bal, 0, nc);
            runway[p] = plan.months();
            for (int k = 0; k < plan.months(); k++) {
                if (k > 0) {
                    double[] step = change[random.nextInt(change.length)];
                    for (int c = 0; c < nc; c++) {
                        r[c] *= step[c];
                    }
                }
                if (!months[k].counts(r, bal, order, used)) {
                    runway[p] = k;
                    break;
                }
            }
        }
        Arrays.sort(runway);
        return new RunwayOdds(paths, plan.months(), runway[rank(paths, 0.1)], runway[rank(paths, 0.5)],
                runway[rank(paths, 0.9)], change.length, skipped);
    }

    /** The nearest-rank percentile's index in a sorted array of {@code n}. */
    private static int rank(int n, double p) {
        return Math.max(0, (int) Math.ceil(p * n) - 1);
    }

    private static void add(List<String> list, String currency) {
        if (!list.contains(currency)) {
            list.add(currency);
        }
    }

    /** One month of a plan with its currencies as indexes, for the resampled paths (index 0 is the host). */
    private record Month(int[] inCur, double[] inNet, int[] inChannel, double[][] channel, int[] outCur,
                         double[] out, int rub) {

        /**
         * Adds the month to the balances at rates {@code r}, covering a shortfall from the currencies in
         * {@code order} as the exact count does; {@code used} is scratch for what each channel moved. False when
         * the savings cannot cover the month.
         */
        boolean counts(double[] r, double[] bal, int[] order, double[] used) {
            java.util.Arrays.fill(used, 0);
            double arrived = 0;
            for (int i = 0; i < inCur.length; i++) {
                double moved = inNet[i] * r[inCur[i]];
                int k = inChannel[i];
                if (k < 0) {
                    arrived += moved / r[0];
                    continue;
                }
                double room = room(k, r, used);
                if (moved > room) {
                    bal[rub] += moved - room;
                    moved = room;
                }
                used[k] += moved;
                arrived += arrives(k, moved, r);
            }
            double spent = 0;
            for (int i = 0; i < outCur.length; i++) {
                spent += out[i] * r[outCur[i]] / r[0];
            }
            bal[0] += arrived - spent;
            for (int c : order) {
                if (bal[0] >= 0) {
                    break;
                }
                if (bal[c] <= 0) {
                    continue;
                }
                if (c == rub && channel.length > 0) {
                    for (int k = 0; k < channel.length && bal[0] < 0; k++) {
                        double room = Math.min(room(k, r, used), bal[rub]);
                        if (room <= 0) {
                            continue;
                        }
                        double[] ch = channel[k];
                        double worse = r[0] * (1 + ch[3] / 100);
                        double x = Math.min((-bal[0] * worse + ch[1] * r[(int) ch[2]]) / (1 - ch[0] / 100), room);
                        bal[rub] -= x;
                        used[k] += x;
                        bal[0] += arrives(k, x, r);
                    }
                    continue;
                }
                double available = bal[c] * r[c] / r[0];
                double take = Math.min(available, -bal[0]);
                bal[c] -= take * r[0] / r[c];
                bal[0] += take;
            }
            return bal[0] >= -1e-9;
        }

        private double room(int k, double[] r, double[] used) {
            double[] ch = channel[k];
            return Double.isNaN(ch[4]) ? Double.MAX_VALUE : Math.max(0, ch[4] * r[(int) ch[5]] - used[k]);
        }

        private double arrives(int k, double rubles, double[] r) {
            if (rubles <= 0) {
                return 0;
            }
            double[] ch = channel[k];
            double fee = rubles * ch[0] / 100 + ch[1] * r[(int) ch[2]];
            return Math.max(0, rubles - fee) / (r[0] * (1 + ch[3] / 100));
        }
    }

    private static Month[] months(BudgetPlan plan, List<String> currencies) {
        double[][] channels = new double[plan.channels().size()][];
        for (int i = 0; i < channels.length; i++) {
            TransferChannel c = plan.channels().get(i);
            channels[i] = new double[] {c.percentFee().doubleValue(), c.fixedFee().amount().doubleValue(),
                    currencies.indexOf(c.fixedFee().currency()), c.spreadPercent().doubleValue(),
                    c.monthlyLimit() == null ? Double.NaN : c.monthlyLimit().amount().doubleValue(),
                    c.monthlyLimit() == null ? 0 : currencies.indexOf(c.monthlyLimit().currency())};
        }
        Month[] out = new Month[plan.months()];
        for (int k = 0; k < out.length; k++) {
            YearMonth m = plan.start().plusMonths(k);
            List<IncomeStream> in = plan.incomes().stream().filter(i -> i.dueIn(m)).toList();
            List<Expense> ex = plan.expenses().stream().filter(e -> e.dueIn(m)).toList();
            int[] inCur = new int[in.size()];
            double[] inNet = new double[in.size()];
            int[] inChannel = new int[in.size()];
            for (int i = 0; i < in.size(); i++) {
                IncomeStream s = in.get(i);
                inCur[i] = currencies.indexOf(s.amount().currency());
                inNet[i] = s.amount().amount().doubleValue() * (1 - s.taxPercent().doubleValue() / 100);
                inChannel[i] = s.channel().isEmpty() ? -1 : plan.channels().indexOf(plan.channel(s.channel())
                        .orElseThrow());
            }
            int[] outCur = new int[ex.size()];
            double[] out2 = new double[ex.size()];
            for (int i = 0; i < ex.size(); i++) {
                outCur[i] = currencies.indexOf(ex.get(i).amount().currency());
                out2[i] = ex.get(i).amount().amount().doubleValue();
            }
            out[k] = new Month(inCur, inNet, inChannel, channels, outCur, out2, currencies.indexOf("RUB"));
        }
        return out;
    }
}
