// ex5_dataset_csv: the whole dataset of published figures as CSV, for a spreadsheet or pandas; or any CSV
// of figures, checked and written back in the library's columns.
//
//   ex5_dataset_csv [--lang fr|en] [--output PATH] [--input PATH] [--help]
//
// The CSV is the same in both languages (its quotes are the articles' French words); --lang only changes
// the messages. Without --output the CSV goes to the standard output. With --input it reads that file
// instead of the shipped dataset, and a file with errors is refused with all of them (exit status 1).
// SPDX-License-Identifier: MIT

#include <iostream>
#include <string>
#include <vector>

#include <offshoring/data/csv.hpp>
#include <offshoring/data/csv_reader.hpp>
#include <offshoring/data/figures.hpp>

#include "common/claims.hpp"
#include "common/cli.hpp"

namespace {

int report(const examples::options& opts) {
    std::vector<offshoring::data::figure> read;
    if (!opts.input.empty()) read = offshoring::data::load_figures(opts.input);
    const std::vector<offshoring::data::figure>& figures =
        opts.input.empty() ? offshoring::data::shipped_figures() : read;
    const std::string csv = offshoring::data::figures_csv(figures);
    if (opts.output.empty()) {
        std::cout << csv;
        return 0;
    }
    examples::write_file(opts.output, csv);
    // The confirmation goes to stderr so that it never mixes with data a caller may be reading.
    std::cerr << examples::tr(opts.lang, "Wrote ", "Écrit : ") << figures.size()
              << examples::tr(opts.lang, " figures to ", " chiffres dans ") << opts.output << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    return examples::run(
        argc, argv,
        {"ex5_dataset_csv", "Every published figure, with its provenance, as CSV.", false, true, true},
        report);
}
