// ex3_roadmap_2030: the Digital Morocco 2030 targets (40 bn MAD of exports, 270 000 jobs) against the
// growth observed so far: the yearly rate each target requires, where the observed rates lead by 2030,
// the first year each target is met, and what the targets imply for revenue per job.
//
//   ex3_roadmap_2030 [--lang fr|en] [--svg DIR] [--help]
//
// With --svg DIR it also draws DIR/exports_2030.svg and DIR/jobs_2030.svg.
// SPDX-License-Identifier: MIT

#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include <offshoring/data/figures.hpp>
#include <offshoring/metrics.hpp>
#include <offshoring/targets/projection.hpp>
#include <offshoring/text.hpp>

#include "common/claims.hpp"
#include "common/cli.hpp"
#include "common/svg.hpp"
#include "common/table.hpp"

namespace {

using namespace offshoring;
using examples::tr;

constexpr int base_year = 2024;
constexpr int target_year = 2030;

// A yearly rate and where it comes from.
struct scenario {
    std::string name;
    std::string source;
    double rate;
};

std::string outcome_text(const target_outcome& outcome, language lang) {
    switch (outcome.kind) {
        case target_outcome_kind::already_met:
            return tr(lang, "already met", "déjà atteint");
        case target_outcome_kind::met_in_year:
            return std::to_string(outcome.year);
        case target_outcome_kind::never_met:
            return tr(lang, "never", "jamais");
    }
    return "?";
}

std::string jobs_text(double count, language lang) { return format_number(count, 0, lang); }

// The required path and the observed ones, year by year from the base to the target year.
template <class Q>
std::vector<std::pair<double, double>> path(const Q& base, double rate, double (*read)(const Q&)) {
    std::vector<std::pair<double, double>> points;
    for (int year = base_year; year <= target_year; ++year)
        points.emplace_back(year, read(projected_value(base, base_year, rate, year)));
    return points;
}

// The formulas the tables show, written from the printed figures they use.
std::string compound_rate_formula(const data::figure& target, const data::figure& base, int years,
                                  language lang) {
    return "(" + examples::number_text(target, lang) + " / " + examples::number_text(base, lang) + ")^(1/" +
           std::to_string(years) + ") - 1";
}
std::string growth_formula(const data::figure& to, const data::figure& from, language lang) {
    return examples::number_text(to, lang) + " / " + examples::number_text(from, lang) + " - 1";
}
// An amount printed in billions over a count of jobs: 26,22e9 / 148 500.
std::string per_job_formula(const data::figure& amount, const data::figure& jobs_figure, language lang) {
    return examples::number_text(amount, lang) + "e" + std::to_string(amount.reading.unit.power) + " / " +
           examples::number_text(jobs_figure, lang);
}

double billions(const mad<>& x) { return in_billion_mad(x); }
double job_count(const jobs<>& x) { return in_jobs(x); }

int report(const examples::options& opts) {
    const language lang = opts.lang;
    // 2024 as seeds/003 and 004 print it, with two decimals: the base the roadmap articles themselves use.
    const data::figure& exports_2024_figure = data::find_figure("total_2024_003");
    const data::figure& jobs_2024_figure = data::find_figure("jobs_2024_004");
    const data::figure& exports_target_figure = data::find_figure("target_amount_2030_003");
    const data::figure& jobs_target_figure = data::find_figure("target_jobs_2030_003");
    const mad<> exports_2024 = examples::printed_mad(exports_2024_figure);
    const jobs<> jobs_2024 = examples::printed_jobs(jobs_2024_figure);
    const mad<> exports_target = examples::printed_mad(exports_target_figure);
    const jobs<> jobs_target = examples::printed_jobs(jobs_target_figure);
    const std::string target_year_text = std::to_string(target_year);

    std::cout << tr(lang, "Digital Morocco 2030: the targets against the growth observed so far\n",
                    "Maroc Digital 2030 : les objectifs face à la croissance observée\n")
              << tr(lang, "Base: end of 2024, ", "Base : fin 2024, ") << examples::bn(exports_2024, 2, lang)
              << ", " << format_jobs(jobs_2024, lang)
              << tr(lang, " (seeds/003, 004). Targets for 2030: ", " (seeds/003, 004). Objectifs 2030 : ")
              << examples::bn(exports_target, 0, lang) << ", " << format_jobs(jobs_target, lang) << ".\n\n";

    // --- Exports -------------------------------------------------------------------------------------
    // The required rate is the constant yearly growth that joins the two points: (40 / 26,22)^(1/6) - 1.
    // The observed rates are the only ones the articles publish: +0,2 % in 2024, +3,5 % in H1 2025.
    const std::vector<scenario> export_scenarios{
        {tr(lang, "required for the target", "requis pour l'objectif"),
         compound_rate_formula(exports_target_figure, exports_2024_figure, target_year - base_year, lang),
         required_rate(exports_2024, base_year, exports_target, target_year)},
        {tr(lang, "observed 2023 -> 2024", "observé 2023 -> 2024"), "seeds/000, 001, 002",
         examples::printed_fraction(data::find_figure("growth_2024_000"))},
        {tr(lang, "observed H1 2024 -> H1 2025", "observé S1 2024 -> S1 2025"), "seeds/000 - 003",
         examples::printed_fraction(data::find_figure("growth_h1_2025_002"))},
    };
    std::cout << tr(lang, "1. Exports: ", "1. Exportations : ")
              << examples::published_text(exports_target_figure, lang) << tr(lang, " by ", " en ")
              << target_year_text << "\n";
    examples::table exports_table(
        {{tr(lang, "Rate", "Taux")},
         {tr(lang, "per year", "par an"), examples::align::right},
         {tr(lang, "From", "D'après")},
         {tr(lang, "Exports 2030", "Exportations 2030"), examples::align::right},
         {tr(lang, "Target met in", "Objectif atteint en"), examples::align::right}});
    for (const scenario& s : export_scenarios)
        exports_table.add_row(
            {s.name, format_growth(s.rate, 2, lang), s.source,
             examples::bn(projected_value(exports_2024, base_year, s.rate, target_year), 2, lang),
             outcome_text(first_year_met(exports_2024, base_year, exports_target, s.rate), lang)});
    std::cout << exports_table.render() << "\n";

    // --- Jobs ----------------------------------------------------------------------------------------
    // Two observed rates, from two sources: the ministry's 100 000 (2020) and 141 000 (2023) in seeds/000,
    // and 148 500 at the end of 2024 in seeds/003 and 004. Mixing sources is a caveat, not a mistake.
    const data::figure& jobs_2020_figure = data::find_figure("jobs_2020_000");
    const data::figure& jobs_2023_figure = data::find_figure("jobs_2023_000");
    const jobs<> jobs_2020 = examples::printed_jobs(jobs_2020_figure);
    const jobs<> jobs_2023 = examples::printed_jobs(jobs_2023_figure);
    const int cagr_years = jobs_2023_figure.period.year() - jobs_2020_figure.period.year();
    const std::vector<scenario> job_scenarios{
        {tr(lang, "required for the target", "requis pour l'objectif"),
         compound_rate_formula(jobs_target_figure, jobs_2024_figure, target_year - base_year, lang),
         required_rate(jobs_2024, base_year, jobs_target, target_year)},
        {tr(lang, "observed 2020 -> 2023, CAGR", "observé 2020 -> 2023, TCAM"),
         compound_rate_formula(jobs_2023_figure, jobs_2020_figure, cagr_years, lang),
         cagr(jobs_2020, jobs_2023, static_cast<double>(cagr_years))},
        {tr(lang, "observed 2023 -> 2024", "observé 2023 -> 2024"),
         growth_formula(jobs_2024_figure, jobs_2023_figure, lang), growth(jobs_2023, jobs_2024)},
    };
    std::cout << tr(lang, "2. Jobs: ", "2. Emplois : ") << examples::number_text(jobs_target_figure, lang)
              << tr(lang, " by ", " en ") << target_year_text << "\n";
    examples::table jobs_table({{tr(lang, "Rate", "Taux")},
                                {tr(lang, "per year", "par an"), examples::align::right},
                                {tr(lang, "From", "D'après")},
                                {tr(lang, "Jobs 2030", "Emplois 2030"), examples::align::right},
                                {tr(lang, "Target met in", "Objectif atteint en"), examples::align::right}});
    for (const scenario& s : job_scenarios)
        jobs_table.add_row(
            {s.name, format_growth(s.rate, 2, lang), s.source,
             jobs_text(in_jobs(projected_value(jobs_2024, base_year, s.rate, target_year)), lang),
             outcome_text(first_year_met(jobs_2024, base_year, jobs_target, s.rate), lang)});
    std::cout << jobs_table.render() << "\n";

    // --- Revenue per job -----------------------------------------------------------------------------
    // If both targets are met, each job brings in less than today: the plan counts on jobs growing
    // faster than exports, the opposite of the "more value per job" the articles announce.
    const mad_per_job<> now = revenue_per_job(exports_2024, jobs_2024);
    const mad_per_job<> planned = revenue_per_job(exports_target, jobs_target);
    std::cout << tr(lang, "3. Revenue per job\n", "3. Recettes par emploi\n");
    examples::table per_job({{""}, {"", examples::align::right}, {""}});
    per_job.add_row({"2024", format_mad_per_job(now, 0, lang, form::abbreviated),
                     per_job_formula(exports_2024_figure, jobs_2024_figure, lang)});
    per_job.add_row({tr(lang, "2030 targets", "objectifs 2030"),
                     format_mad_per_job(planned, 0, lang, form::abbreviated),
                     per_job_formula(exports_target_figure, jobs_target_figure, lang)});
    per_job.add_row({tr(lang, "change", "variation"),
                     format_growth(in_mad_per_job(planned) / in_mad_per_job(now) - 1.0, 1, lang), ""});
    std::cout << per_job.render() << "\n";

    // --- The two readings of 270 000 -----------------------------------------------------------------
    const jobs<> created_reading = jobs_2024 + jobs_target;
    std::cout
        << tr(lang, "4. Two readings of the jobs target\n", "4. Deux lectures de l'objectif d'emplois\n")
        << tr(lang,
              "seeds/003: \"270 000 emplois qualifiés d'ici 2030\" reads as a stock of jobs in 2030 (used "
              "above).\n",
              "seeds/003 : « 270 000 emplois qualifiés d'ici 2030 » se lit comme un stock d'emplois en 2030 "
              "(retenu ci-dessus).\n")
        << tr(lang, "seeds/004: \"créer 270.000 emplois\" can be read as jobs to create on top of ",
              "seeds/004 : « créer 270.000 emplois » peut se lire comme des emplois à créer en plus des ")
        << examples::number_text(jobs_2024_figure, lang) << tr(lang, ": then\n", " : alors\n") << "  "
        << format_jobs(created_reading, lang)
        << tr(lang, " in 2030, a required rate of ", " en 2030, un taux requis de ")
        << format_growth(required_rate(jobs_2024, base_year, created_reading, target_year), 2, lang)
        << tr(lang, " a year, and ", " par an, et ")
        << format_mad_per_job(revenue_per_job(exports_target, created_reading), 0, lang, form::abbreviated)
        << ".\n";

    if (!opts.svg_dir.empty()) {
        examples::svg::line_chart_spec exports_chart;
        const std::string years_text = std::to_string(base_year) + "-" + target_year_text;
        exports_chart.title = tr(lang, "Exports ", "Exportations ") + years_text +
                              tr(lang, " against the ", " face à l'objectif de ") +
                              examples::bn(exports_target, 0, lang) +
                              tr(lang, " target (bn MAD)", " (Mds DH)");
        exports_chart.note = "Base " + examples::number_text(exports_2024_figure, lang) +
                             tr(lang, " bn MAD in ", " Mds DH en ") + std::to_string(base_year) +
                             tr(lang, " (seeds/003, 004); observed rates from seeds/000-003.",
                                " (seeds/003, 004) ; taux observés d'après seeds/000-003.");
        exports_chart.first_year = base_year;
        exports_chart.last_year = target_year;
        exports_chart.y_min = 24;
        exports_chart.y_max = 42;
        exports_chart.y_step = 2;
        for (int v = 24; v <= 42; v += 2)
            exports_chart.y_labels.push_back(std::to_string(v));
        exports_chart.target = in_billion_mad(exports_target);
        exports_chart.target_label = tr(lang, "target: ", "objectif : ") +
                                     examples::number_text(exports_target_figure, lang) +
                                     tr(lang, " bn MAD in ", " Mds DH en ") + target_year_text;
        const char* colours[] = {"#1f4e79", "#e07b00", "#7f7f7f"};
        const char* dashes[] = {"", "7,4", "3,3"};
        for (std::size_t i = 0; i < export_scenarios.size(); ++i)
            exports_chart.lines.push_back(
                {export_scenarios[i].name + " (" + format_growth(export_scenarios[i].rate, 2, lang) +
                     tr(lang, "/yr)", "/an)"),
                 colours[i], dashes[i], path(exports_2024, export_scenarios[i].rate, &billions)});
        exports_chart.lines.push_back({tr(lang, "2024, published", "2024, publié"),
                                       "#000000",
                                       "",
                                       {{base_year, in_billion_mad(exports_2024)}},
                                       true});

        examples::svg::line_chart_spec jobs_chart;
        jobs_chart.title = tr(lang, "Jobs 2020-", "Emplois 2020-") + target_year_text +
                           tr(lang, " against the ", " face à l'objectif de ") +
                           examples::number_text(jobs_target_figure, lang) + tr(lang, " target", "");
        jobs_chart.note = tr(
            lang, "2020, 2023: ministry estimates (seeds/000); 2024: seeds/003, 004. Paths start from 2024.",
            "2020, 2023 : estimations du ministère (seeds/000) ; 2024 : seeds/003, 004. Trajectoires depuis "
            "2024.");
        jobs_chart.first_year = 2020;
        jobs_chart.last_year = target_year;
        jobs_chart.y_min = 80000;
        jobs_chart.y_max = 300000;
        jobs_chart.y_step = 20000;
        for (int v = 80000; v <= 300000; v += 20000)
            jobs_chart.y_labels.push_back(jobs_text(v, lang));
        jobs_chart.target = in_jobs(jobs_target);
        jobs_chart.target_label =
            tr(lang, "target: 270,000 jobs in 2030", "objectif : 270 000 emplois en 2030");
        for (std::size_t i = 0; i < job_scenarios.size(); ++i)
            jobs_chart.lines.push_back(
                {job_scenarios[i].name + " (" + format_growth(job_scenarios[i].rate, 2, lang) +
                     tr(lang, "/yr)", "/an)"),
                 colours[i], dashes[i], path(jobs_2024, job_scenarios[i].rate, &job_count)});
        jobs_chart.lines.push_back(
            {tr(lang, "published", "publié"),
             "#000000",
             "",
             {{2020, in_jobs(jobs_2020)}, {2023, in_jobs(jobs_2023)}, {2024, in_jobs(jobs_2024)}},
             true});

        const std::string exports_path = examples::path_in(opts.svg_dir, "exports_2030.svg");
        const std::string jobs_path = examples::path_in(opts.svg_dir, "jobs_2030.svg");
        examples::write_file(exports_path, examples::svg::line_chart(exports_chart));
        examples::write_file(jobs_path, examples::svg::line_chart(jobs_chart));
        std::cout << tr(lang, "\nCharts written to ", "\nGraphiques écrits dans ") << exports_path
                  << tr(lang, " and ", " et ") << jobs_path << "\n";
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    return examples::run(
        argc, argv,
        {"ex3_roadmap_2030",
         "The 2030 targets: required rates, projections, first year met, revenue per job.", true, false},
        report);
}
