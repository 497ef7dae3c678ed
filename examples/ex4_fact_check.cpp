// ex4_fact_check: every figure of the five articles checked against all the others by the consistency
// engine, with the verdict of each and, for a contradiction, the figures and relations that prove it.
//
//   ex4_fact_check [--lang fr|en] [--help]
//
// The lesson is that there is no wiring: the figures are data (data/figures.csv), the relations come
// from what each figure measures, and the report says which figure to doubt and under which rounding
// convention it would agree. docs/methodology.md explains the engine.
// SPDX-License-Identifier: MIT

#include <iostream>
#include <string>

#include <offshoring/check.hpp>
#include <offshoring/check/dataset.hpp>

#include "common/cli.hpp"
#include "common/table.hpp"

namespace {

using namespace offshoring;

int report(const examples::options& opts) {
    const consistency::report r = consistency::check_facts(consistency::shipped_facts());
    const bool fr = opts.lang == language::fr;
    examples::table figures({{fr ? "chiffre" : "figure"},
                             {fr ? "imprimé" : "printed"},
                             {fr ? "lu" : "read as"},
                             {fr ? "verdict" : "verdict"},
                             {fr ? "les autres impliquent" : "the others imply"}});
    for (std::size_t f = 0; f < r.facts.size(); ++f) {
        const consistency::figure_result& res = r.figures[f];
        figures.add_row(
            {r.facts[f].id, r.facts[f].printed,
             consistency::interval_text(res.published, r.facts[f].key, opts.lang),
             std::string(consistency::name(res.status, opts.lang)),
             res.implied ? consistency::interval_text(*res.implied, r.facts[f].key, opts.lang) : "-"});
    }
    std::cout << figures.render() << "\n" << consistency::report_text(r, opts.lang);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    return examples::run(
        argc, argv,
        {"ex4_fact_check", "Every figure of the articles checked against all the others.", false, false},
        report);
}
