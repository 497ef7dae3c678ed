// ex1_figures_2024: the 2024 breakdown by segment, recomputed from the published amounts and set beside
// the published shares, with the consistency engine's verdict on each against all the other figures.
//
//   ex1_figures_2024 [--lang fr|en] [--svg DIR] [--help]
//
// With --svg DIR it also draws DIR/segments_2024.svg, the bar chart of the shares.
// SPDX-License-Identifier: MIT

#include <cstddef>
#include <iostream>
#include <string>
#include <vector>

#include <offshoring/check.hpp>
#include <offshoring/check/dataset.hpp>
#include <offshoring/data/figures.hpp>
#include <offshoring/metrics.hpp>
#include <offshoring/segment.hpp>
#include <offshoring/text.hpp>

#include "common/claims.hpp"
#include "common/cli.hpp"
#include "common/svg.hpp"
#include "common/table.hpp"

namespace {

using namespace offshoring;
using examples::tr;

// The articles print each segment twice: an amount (seeds/002 for ITO and CRM, seeds/000 for the others)
// and a share of the total (seeds/000 and 002 agree on every share). These are the dataset's ids.
const by_segment<const char*> amount_ids{"ito_2024_002", "crm_2024_002", "eso_2024_000", "bpo_2024_000",
                                         "kpo_2024_000"};
const by_segment<const char*> share_ids{"share_ito_2024_000", "share_crm_2024_000", "share_eso_2024_000",
                                        "share_bpo_2024_000", "share_kpo_2024_000"};

int report(const examples::options& opts) {
    const language lang = opts.lang;
    const consistency::report checked = consistency::check_facts(consistency::shipped_facts());
    // 26,2 is the total printed beside the shares; 26,22 (seeds/003, 004) is checked by ex4_fact_check.
    const std::size_t total_index = examples::figure_index(checked, "total_2024_002");
    const data::figure& total_figure = data::find_figure("total_2024_002");
    const mad<> total = examples::printed_mad(total_figure);
    const data::figure& example_figure = data::find_figure(amount_ids[segment::ito]);

    std::cout << tr(lang, "Offshoring and digital-services exports in 2024, by segment",
                    "Exportations de l'offshoring et des services numériques en 2024, par segment")
              << "\n"
              << tr(lang, "Published total: ", "Total publié : ") << examples::bn(total, 1, lang)
              << tr(lang, " (Office des Changes, seeds/000, 001, 002)",
                    " (Office des Changes, seeds/000, 001, 002)")
              << "\n\n";

    examples::table t({{tr(lang, "Segment", "Segment")},
                       {tr(lang, "Amount", "Montant"), examples::align::right},
                       {tr(lang, "Share", "Part"), examples::align::right},
                       {tr(lang, "Recomputed", "Recalculée"), examples::align::right},
                       {tr(lang, "The others imply", "Les autres impliquent"), examples::align::right},
                       {tr(lang, "Verdict", "Verdict")},
                       {tr(lang, "Name", "Nom")}});

    by_segment<mad<>> amounts;
    std::vector<examples::svg::bar> bars;
    double published_share_sum = 0;
    int consistent = 0;
    for (const segment s : all_segments) {
        const data::figure& amount_figure = data::find_figure(amount_ids[s]);
        const data::figure& share_figure = data::find_figure(share_ids[s]);
        const std::size_t share_index = examples::figure_index(checked, share_ids[s]);
        amounts[s] = examples::printed_mad(amount_figure);
        // The engine sets each printed share beside every share the other figures allow once their
        // rounding is undone (the amounts over the total, the other shares summing to 100 %...): only if
        // the two intervals do not meet do the figures contradict each other.
        if (checked.figures[share_index].status == consistency::verdict::consistent) ++consistent;
        published_share_sum += examples::printed_fraction(share_figure);

        t.add_row({std::string(acronym(s)), examples::published_text(amount_figure, lang),
                   examples::published_text(share_figure, lang),
                   examples::pct(share(amounts[s], total), 2, lang),
                   examples::implied_text(checked, share_index, lang),
                   examples::verdict_text(checked, share_index, lang), format_segment(s, lang)});
        bars.push_back({std::string(acronym(s)), examples::printed_fraction(share_figure) * 100.0,
                        examples::published_text(share_figure, lang) + "  (" +
                            examples::published_text(amount_figure, lang) + ")"});
    }

    t.add_rule();
    t.add_row({tr(lang, "Sum", "Somme"), examples::bn(amounts.total(), 3, lang),
               examples::pct(published_share_sum, 1, lang), "",
               examples::implied_text(checked, total_index, lang),
               examples::verdict_text(checked, total_index, lang),
               tr(lang, "the published total ", "le total publié ") + examples::bn(total, 1, lang)});
    std::cout << t.render() << "\n";

    std::cout << tr(lang,
                    "Recomputed = amount / total. The others imply = what all the other figures of the "
                    "articles allow\n",
                    "Recalculée = montant / total. Les autres impliquent = ce que permettent tous les autres "
                    "chiffres des articles\n")
              << tr(lang,
                    "once their rounding is undone (each printed figure stands for an interval of half a "
                    "unit in its\nlast digit either side: ",
                    "une fois leur arrondi défait (chaque chiffre imprimé vaut un intervalle d'une "
                    "demi-unité de son\ndernier chiffre de part et d'autre : ")
              << examples::number_text(example_figure, lang) << tr(lang, " is ", " vaut ")
              << examples::rounding_text(example_figure, lang) << ").\n"
              << tr(lang, "Shares add up to ", "Les parts publiées totalisent ")
              << examples::pct(published_share_sum, 1, lang) << ".\n"
              << consistent
              << tr(lang, " of 5 published shares consistent with the other figures.\n",
                    " parts publiées sur 5 cohérentes avec les autres chiffres.\n");

    if (!opts.svg_dir.empty()) {
        const std::string path = examples::path_in(opts.svg_dir, "segments_2024.svg");
        examples::write_file(
            path, examples::svg::bar_chart(
                      tr(lang, "Offshoring exports 2024: share of each segment",
                         "Exportations offshoring 2024 : part de chaque segment"),
                      "Total " + examples::bn(total, total_figure.reading.number.decimals(), lang) +
                          tr(lang, ". Source: Office des Changes, as printed in seeds/000 and seeds/002.",
                             ". Source : Office des Changes, cité par seeds/000 et seeds/002."),
                      bars));
        std::cout << tr(lang, "Chart written to ", "Graphique écrit dans ") << path << "\n";
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    return examples::run(
        argc, argv,
        {"ex1_figures_2024", "The 2024 segments: published amounts and shares, recomputed and checked.", true,
         false},
        report);
}
