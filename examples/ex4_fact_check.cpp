// ex4_fact_check: every figure of the dataset re-derived from the others where the articles allow it, and
// judged consistent or not with its published rounding, with the numbers that decide.
//
//   ex4_fact_check [--lang fr|en] [--help]
//
// A figure is consistent when the interval of values its rounding allows meets the interval that the
// other figures allow once their own rounding is undone; "près de", "plus de" and "déjà" are read as the
// library reads them (published/number.hpp). A figure that no other figure constrains is "not checkable":
// that is a statement about the articles, not a failure.
// SPDX-License-Identifier: MIT

#include <initializer_list>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <offshoring/data/figures.hpp>
#include <offshoring/format.hpp>
#include <offshoring/metrics.hpp>
#include <offshoring/published/interval_metrics.hpp>

#include "common/claims.hpp"
#include "common/cli.hpp"
#include "common/table.hpp"

namespace {

using namespace offshoring;
using examples::tr;
using examples::verdict;

struct finding {
    verdict outcome;
    std::string deciding;
};

class fact_check {
public:
    explicit fact_check(language lang) : lang_(lang) {}

    void run() {
        totals_2024();
        growth_2024();
        first_half();
        segments_2024();
        segments_first_half();
        employment();
        targets();
    }

    [[nodiscard]] const std::map<std::string, finding, std::less<>>& findings() const { return findings_; }

private:
    const data::figure& f(std::string_view id) const { return data::find_figure(id); }
    interval<mad<>> amount(std::string_view id) const { return examples::claimed_mad(f(id)); }
    interval<double> fraction(std::string_view id) const { return examples::claimed_interval(f(id)); }
    std::string n(double x, int decimals) const { return format_number(x, decimals, lang_); }
    std::string bn(const interval<mad<>>& x, int decimals) const {
        return examples::bn_range(x, decimals, lang_);
    }
    std::string pc(const interval<double>& x, int decimals) const {
        return examples::pct_range(x, decimals, lang_);
    }
    std::string t(std::string_view en, std::string_view fr) const { return tr(lang_, en, fr); }
    std::string meets(verdict v) const {
        return v == verdict::consistent ? t(" meets ", " rencontre ") : t(" misses ", " manque ");
    }

    void set(std::initializer_list<std::string_view> ids, verdict v, const std::string& deciding) {
        for (const std::string_view id : ids)
            findings_[std::string(id)] = {v, deciding};
    }

    // One figure printed with two decimals in some articles and one in others: the finer must round to
    // the coarser. The finer figures themselves are checked against the sum of the segments.
    void totals_2024() {
        const verdict v = examples::judge(amount("total_2024_003"), amount("total_2024_000"));
        set({"total_2024_000", "total_2024_001", "total_2024_002"}, v,
            t("26.22 (seeds/003, 004): ", "26,22 (seeds/003, 004) : ") + bn(amount("total_2024_003"), 3) +
                meets(v) + bn(amount("total_2024_000"), 2));

        std::vector<interval<mad<>>> parts;
        for (const char* id :
             {"ito_2024_002", "crm_2024_002", "eso_2024_000", "bpo_2024_000", "kpo_2024_000"})
            parts.push_back(amount(id));
        const interval<mad<>> sum = sum_interval(parts);
        const verdict v_sum = examples::judge(sum, amount("total_2024_003"));
        set({"total_2024_003", "total_2024_004"}, v_sum,
            t("sum of the 5 segments 10.6 + 9.8 + 3.4 + 2.3 + 0.048 = 26.148: ",
              "somme des 5 segments 10,6 + 9,8 + 3,4 + 2,3 + 0,048 = 26,148 : ") +
                bn(sum, 3) + meets(v_sum) + bn(amount("total_2024_003"), 3));

        const verdict v_more = examples::judge(amount("total_2024_003"), amount("total_2024_more_than_001"));
        set({"total_2024_more_than_001"}, v_more,
            t("26.22: ", "26,22 : ") + bn(amount("total_2024_003"), 3) + meets(v_more) +
                bn(amount("total_2024_more_than_001"), 0) + t(" (read as [26, 27])", " (lu [26 ; 27])"));

        // No exchange rate is published with the dollar figure: only the rate it implies can be shown.
        const auto rate =
            ratio_interval(amount("total_2024_003"), examples::claimed_usd(f("total_usd_2024_000")));
        set({"total_usd_2024_000", "total_usd_2024_001"}, verdict::not_checkable,
            t("no exchange rate in the articles; implies 26.22 / 2.8 = ",
              "aucun taux de change dans les articles ; implique 26,22 / 2,8 = ") +
                n(26.22 / 2.8, 2) + t(" MAD per USD, range ", " DH par USD, fourchette ") +
                examples::range_text(in_mad_per_usd(rate.lo()), in_mad_per_usd(rate.hi()), 2, lang_));
    }

    void growth_2024() {
        // The 2023 total is never printed, so +0,2 % constrains nothing; what it implies is shown instead.
        const interval<mad<>> base =
            implied_base_interval(amount("total_2024_000"), fraction("growth_2024_000"));
        set({"growth_2024_000", "growth_2024_001", "growth_2024_002"}, verdict::not_checkable,
            t("no 2023 total published; implies 2023 = 26.2 / 1.002 = ",
              "aucun total 2023 publié ; implique 2023 = 26,2 / 1,002 = ") +
                n(26.2 / 1.002, 2) + t(" bn, range ", " Mds, fourchette ") + bn(base, 2));
    }

    void first_half() {
        const interval<double> g = growth_interval(amount("total_h1_2024_002"), amount("total_h1_2025_002"));
        const verdict v_growth = examples::judge(g, fraction("growth_h1_2025_002"));
        set({"growth_h1_2025_000", "growth_h1_2025_001", "growth_h1_2025_002", "growth_h1_2025_003"},
            v_growth,
            t("13.4 / 12.9 - 1 = ", "13,4 / 12,9 - 1 = ") + examples::pct(13.4 / 12.9 - 1.0, 3, lang_) +
                ", " + pc(g, 2) + meets(v_growth) + pc(fraction("growth_h1_2025_002"), 2));

        // Forward: 12,9 grown by 3,5 % must reach 13,4.
        const interval<mad<>> before = amount("total_h1_2024_002");
        const interval<double> rate = fraction("growth_h1_2025_002");
        const interval<mad<>> grown(before.lo() * (1.0 + rate.lo()), before.hi() * (1.0 + rate.hi()));
        const verdict v_total = examples::judge(grown, amount("total_h1_2025_002"));
        set({"total_h1_2025_000", "total_h1_2025_001", "total_h1_2025_002", "total_h1_2025_003"}, v_total,
            t("12.9 x 1.035 = ", "12,9 x 1,035 = ") + n(12.9 * 1.035, 3) + ", " + bn(grown, 3) +
                meets(v_total) + bn(amount("total_h1_2025_002"), 2));

        // Backward: 13,4 over 1,035 must round to 12,9.
        const interval<mad<>> base = implied_base_interval(amount("total_h1_2025_002"), rate);
        const verdict v_base = examples::judge(base, amount("total_h1_2024_002"));
        set({"total_h1_2024_002"}, v_base,
            t("13.4 / 1.035 = ", "13,4 / 1,035 = ") + n(13.4 / 1.035, 3) + ", " + bn(base, 3) +
                meets(v_base) + bn(amount("total_h1_2024_002"), 2));
    }

    // Each share against its amount over the total, and each amount against its share times the total.
    void segments_2024() {
        const interval<mad<>> total = amount("total_2024_002");
        struct pair_ids {
            const char* name;
            const char* amount;
            std::initializer_list<std::string_view> shares;
            const char* amount_text;
        };
        const pair_ids pairs[] = {
            {"ITO", "ito_2024_002", {"share_ito_2024_000", "share_ito_2024_002"}, "10,6"},
            {"CRM", "crm_2024_002", {"share_crm_2024_000", "share_crm_2024_002"}, "9,8"},
            {"ESO", "eso_2024_000", {"share_eso_2024_000", "share_eso_2024_002"}, "3,4"},
            {"BPO", "bpo_2024_000", {"share_bpo_2024_000", "share_bpo_2024_002"}, "2,3"},
            {"KPO",
             "kpo_2024_000",
             {"share_kpo_2024_000", "share_kpo_2024_001", "share_kpo_2024_002"},
             "0,048"},
        };
        for (const pair_ids& p : pairs) {
            const std::string shown = lang_ == language::fr ? p.amount_text : comma_to_point(p.amount_text);
            const interval<double> s = share_interval(amount(p.amount), total);
            const interval<double> claimed_share = fraction(*p.shares.begin());
            const verdict v_share = examples::judge(s, claimed_share);
            set(p.shares, v_share,
                shown + " / " + t("26.2", "26,2") + " = " +
                    examples::pct(in_billion_mad(examples::printed_mad(f(p.amount))) / 26.2, 2, lang_) +
                    ", " + pc(s, 2) + meets(v_share) + pc(claimed_share, 2));

            const interval<mad<>> implied(total.lo() * claimed_share.lo(), total.hi() * claimed_share.hi());
            const verdict v_amount = examples::judge(implied, amount(p.amount));
            const double printed_share = examples::printed_fraction(f(*p.shares.begin()));
            set({p.amount}, v_amount,
                examples::pct(printed_share, 1, lang_) + t(" x 26.2 = ", " x 26,2 = ") +
                    n(printed_share * 26.2, 3) + ", " + bn(implied, 3) + meets(v_amount) +
                    bn(amount(p.amount), f(p.amount).reading.unit.power == 6 ? 4 : 2));
        }

        const interval<double> pair =
            sum_interval({fraction("share_ito_2024_000"), fraction("share_crm_2024_000")});
        const verdict v_pair = examples::judge(pair, fraction("share_ito_crm_2024_000"));
        set({"share_ito_crm_2024_000"}, v_pair,
            t("40.3 + 37.4 = ", "40,3 + 37,4 = ") +
                examples::pct(examples::printed_fraction(f("share_ito_2024_000")) +
                                  examples::printed_fraction(f("share_crm_2024_000")),
                              1, lang_) +
                ", " + pc(pair, 2) + meets(v_pair) + pc(fraction("share_ito_crm_2024_000"), 0) +
                t(" (\"près de 80 %\")", " (« près de 80 % »)"));

        set({"eso_2023_000"}, verdict::not_checkable,
            t("no 2023 total or share published; 3.2 -> 3.4 is +",
              "aucun total ni part 2023 publiés ; 3,2 -> 3,4 fait +") +
                examples::pct(3.4 / 3.2 - 1.0, 2, lang_));
        set({"bpo_2023_000"}, verdict::not_checkable,
            t("no 2023 total or share published; 1.9 -> 2.3 is +",
              "aucun total ni part 2023 publiés ; 1,9 -> 2,3 fait +") +
                examples::pct(2.3 / 1.9 - 1.0, 2, lang_));
    }

    void segments_first_half() {
        // BPO and KPO are not published for the half, so the three segments can only be checked against
        // the total: together they must not exceed it.
        const interval<mad<>> parts =
            sum_interval({amount("ito_h1_2025_002"), amount("crm_h1_2025_002"), amount("eso_h1_2025_002")});
        const interval<mad<>> total = amount("total_h1_2025_002");
        const interval<mad<>> room(mad<>::from_value(0.0), total.hi());
        const verdict v_parts = examples::judge(parts, room);
        set({"ito_h1_2025_002", "crm_h1_2025_002", "eso_h1_2025_002"}, v_parts,
            t("ITO + CRM + ESO = 5.25 + 4.19 + 2.58 = 12.02 <= 13.4; leaves ",
              "ITO + CRM + ESO = 5,25 + 4,19 + 2,58 = 12,02 <= 13,4 ; laisse ") +
                n(13.4 - 12.02, 2) + t(" bn (", " Mds (") + examples::pct((13.4 - 12.02) / 13.4, 1, lang_) +
                t(") to BPO + KPO, 9.1% in 2024", ") à BPO + KPO, 9,1 % en 2024"));

        const interval<double> ratio = ratio_interval(amount("eso_h1_2025_002"), amount("eso_2024_000"));
        const verdict v_ratio = examples::judge(ratio, fraction("eso_h1_2025_of_2024_002"));
        set({"eso_h1_2025_of_2024_002"}, v_ratio,
            t("2.58 / 3.4 = ", "2,58 / 3,4 = ") + examples::pct(2.58 / 3.4, 2, lang_) + ", " + pc(ratio, 2) +
                meets(v_ratio) + pc(fraction("eso_h1_2025_of_2024_002"), 1) +
                t(" (\"près de 75 %\")", " (« près de 75 % »)"));

        const verdict v_already = examples::judge(amount("eso_h1_2025_002"), amount("eso_h1_2025_000"));
        set({"eso_h1_2025_000"}, v_already,
            t("2.58 (seeds/002): ", "2,58 (seeds/002) : ") + bn(amount("eso_h1_2025_002"), 3) +
                meets(v_already) + bn(amount("eso_h1_2025_000"), 1) +
                t(" (\"déjà 2,5\": at least 2.5)", " (« déjà 2,5 » : au moins 2,5)"));
    }

    void employment() {
        const interval<jobs<>> exact_2024 = examples::claimed_jobs(f("jobs_2024_004"));
        const interval<jobs<>> about_2024 = examples::claimed_jobs(f("jobs_2024_003"));
        const auto jobs_range = [&](const interval<offshoring::jobs<>>& x) {
            return examples::range_text(in_jobs(x.lo()), in_jobs(x.hi()), 1, lang_);
        };
        // The same count, printed "près de 148 500" in one article and "148.500" in the other.
        const verdict v_same = examples::judge(exact_2024, about_2024);
        set({"jobs_2024_003"}, v_same,
            t("148,500 (seeds/004): ", "148.500 (seeds/004) : ") + jobs_range(exact_2024) + meets(v_same) +
                jobs_range(about_2024) + t(" (\"près de\")", " (« près de »)"));
        set({"jobs_2024_004"}, v_same,
            t("\"près de 148 500\" (seeds/003): ", "« près de 148 500 » (seeds/003) : ") +
                jobs_range(about_2024) + meets(v_same) + jobs_range(exact_2024));

        const interval<jobs<>> more_than = examples::claimed_jobs(f("jobs_2025_more_than_001"));
        const verdict v_more = examples::judge(exact_2024, more_than);
        set({"jobs_2025_more_than_001"}, v_more,
            t("148,500 at end 2024 (seeds/004)", "148 500 fin 2024 (seeds/004)") + meets(v_more) +
                jobs_range(more_than) +
                t(" (\"plus de 140.000\", if no jobs were lost in 2025)",
                  " (« plus de 140.000 », sauf pertes en 2025)"));

        set({"jobs_created_2023_2024_003"}, verdict::not_checkable,
            t("implies 148,500 - 18,500 = 130,000 at end 2022; no 2022 count published (seeds/000 gives "
              "141,000 for 2023)",
              "implique 148 500 - 18 500 = 130 000 fin 2022 ; aucun chiffre 2022 publié (seeds/000 donne 141 "
              "000 en 2023)"));
        set({"jobs_2023_000"}, verdict::not_checkable,
            t("the only 2023 count (ministry); with 148,500 in 2024 it means +",
              "seul chiffre 2023 (ministère) ; avec 148 500 en 2024 il fait +") +
                examples::pct(148500.0 / 141000.0 - 1.0, 2, lang_));
        set({"jobs_2020_000"}, verdict::not_checkable,
            t("the only 2020 count; 100,000 -> 141,000 is +",
              "seul chiffre 2020 ; 100 000 -> 141 000 fait +") +
                examples::pct(cagr(examples::printed_jobs(f("jobs_2020_000")),
                                   examples::printed_jobs(f("jobs_2023_000")), 3.0),
                              2, lang_) +
                t(" a year over 3 years", " par an sur 3 ans"));
    }

    void targets() {
        const verdict v = examples::judge(amount("target_amount_2030_004"), amount("target_amount_2030_003"));
        set({"target_amount_2030_003", "target_amount_2030_004"}, v,
            t("a target, not a measure: seeds/003 and 004 print the same 40",
              "un objectif, pas une mesure : seeds/003 et 004 impriment le même 40"));
        set({"target_jobs_2030_003", "target_jobs_2030_004"}, verdict::not_checkable,
            t("same number, two readings: 270,000 jobs in 2030 (seeds/003) or 270,000 to create (seeds/004, "
              "\"créer\"), i.e. 418,500",
              "même nombre, deux lectures : 270 000 emplois en 2030 (seeds/003) ou 270 000 à créer "
              "(seeds/004, « créer »), soit 418 500"));
    }

    static std::string comma_to_point(std::string text) {
        for (char& c : text)
            if (c == ',') c = '.';
        return text;
    }

    language lang_;
    std::map<std::string, finding, std::less<>> findings_;
};

int report(const examples::options& opts) {
    const language lang = opts.lang;
    fact_check check(lang);
    check.run();

    std::cout << tr(lang, "Fact check: every figure of the five articles against the others\n",
                    "Vérification : chaque chiffre des cinq articles face aux autres\n")
              << tr(lang,
                    "Under each figure, the numbers that decide: the value recomputed from other figures, "
                    "the range it\n"
                    "may take once their rounding is undone, and whether it meets the range the published "
                    "figure allows.\n\n",
                    "Sous chaque chiffre, les chiffres qui décident : la valeur recalculée à partir d'autres "
                    "chiffres, la\n"
                    "fourchette qu'elle peut prendre une fois leur arrondi défait, et si elle rencontre "
                    "celle du chiffre publié.\n\n");
    examples::table t({{tr(lang, "Figure", "Chiffre")},
                       {tr(lang, "Published", "Publié"), examples::align::right},
                       {tr(lang, "Verdict", "Verdict")}});
    int consistent = 0, inconsistent = 0, unknown = 0;
    for (const data::figure& f : data::shipped_figures()) {
        const auto found = check.findings().find(f.id);
        // A figure added to the dataset without a check is reported as such, never skipped.
        const finding result =
            found != check.findings().end()
                ? found->second
                : finding{verdict::not_checkable, tr(lang, "no check written for this figure",
                                                     "aucune vérification écrite pour ce chiffre")};
        (result.outcome == verdict::consistent     ? consistent
         : result.outcome == verdict::inconsistent ? inconsistent
                                                   : unknown)++;
        t.add_row({std::string(f.id), examples::published_text(f, lang),
                   examples::verdict_text(result.outcome, lang)});
        t.add_note(result.deciding);
    }
    std::cout << t.render() << "\n";

    std::cout
        << tr(lang, "Where the articles differ:\n", "Là où les articles diffèrent :\n")
        << tr(lang,
              "- 2024 total: 26.2 (seeds/000, 001, 002) and 26.22 (seeds/003, 004): the same figure, rounded "
              "twice.\n",
              "- total 2024 : 26,2 (seeds/000, 001, 002) et 26,22 (seeds/003, 004) : le même chiffre, "
              "arrondi deux fois.\n")
        << tr(lang,
              "- Jobs at end 2024: \"près de 148 500\" (seeds/003) and \"148.500\" (seeds/004): one count, "
              "hedged in one.\n",
              "- Emplois fin 2024 : « près de 148 500 » (seeds/003) et « 148.500 » (seeds/004) : un seul "
              "chiffre, nuancé dans l'un.\n")
        << tr(lang,
              "- ESO in H1 2025: \"déjà 2,5\" (seeds/000) and 2,58 (seeds/002): a floor and the figure.\n",
              "- ESO au S1 2025 : « déjà 2,5 » (seeds/000) et 2,58 (seeds/002) : un plancher et le "
              "chiffre.\n")
        << tr(lang,
              "- Jobs target: 270,000 jobs by 2030 (seeds/003) or 270,000 jobs to create (seeds/004): a "
              "stock or a flow.\n",
              "- Objectif d'emplois : 270 000 emplois en 2030 (seeds/003) ou 270 000 emplois à créer "
              "(seeds/004) : un stock ou un flux.\n")
        << tr(lang,
              "- Jobs: 141,000 in 2023 (ministry, seeds/000) and 18,500 created in two years to 148,500 "
              "(seeds/003),\n"
              "  which puts end 2022 at 130,000: not contradictory, not checkable either.\n",
              "- Emplois : 141 000 en 2023 (ministère, seeds/000) et 18 500 créés en deux ans jusqu'à 148 "
              "500 (seeds/003),\n"
              "  soit 130 000 fin 2022 : pas contradictoire, pas vérifiable non plus.\n")
        << "\n";

    const int total = consistent + inconsistent + unknown;
    if (lang == language::fr)
        std::cout << total << " affirmations vérifiées : " << consistent << " cohérentes, " << inconsistent
                  << " incohérentes, " << unknown << " invérifiables\n";
    else
        std::cout << total << " claims checked: " << consistent << " consistent, " << inconsistent
                  << " inconsistent, " << unknown << " not checkable\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    return examples::run(
        argc, argv,
        {"ex4_fact_check", "Every figure of the articles re-derived from the others and judged.", false,
         false},
        report);
}
