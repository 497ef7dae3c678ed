// tools/offshoring-check/main.cpp: checks published figures (CSV files) against each other.
// SPDX-License-Identifier: MIT
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <offshoring/check.hpp>
#include <offshoring/check/dataset.hpp>
#include <offshoring/data/csv_reader.hpp>
#include <offshoring/detail/troubleshooting.hpp>

#include "writers.hpp"

namespace {

using namespace offshoring;

constexpr int exit_consistent = 0;
constexpr int exit_inconsistent = 1;
constexpr int exit_bad_input = 2;
// A file larger than this is refused before it is read: the engine's own limit on figures
// (consistency::options::max_facts) is reached long before.
constexpr std::size_t max_file_bytes = 256U << 20U;

// After the errors of the files, once: where they are explained.
constexpr std::string_view nothing_checked =
    "offshoring-check: nothing was checked" OFFSHORING_SEE_TROUBLESHOOTING("csv-errors");

constexpr std::string_view usage =
    "usage: offshoring-check [--lang fr|en] [--format text|json|csv] [--svg FILE]\n"
    "                        [--convention nearest|truncation|up|infer] FILE.csv...\n"
    "Checks the published figures of the CSV files (docs/data.md) against each other; several files\n"
    "are merged. Exit status: 0 when no figure is inconsistent, 1 when some are, 2 for bad input.\n";

struct arguments {
    language lang = language::en;
    std::string format = "text";
    std::optional<std::string> svg;
    consistency::options engine;
    std::vector<std::string> files;
};

int bad_usage(const std::string& why) {
    std::cerr << "offshoring-check: " << why << "\n" << usage;
    return exit_bad_input;
}

// Reads every file and reports every error of every file before giving up.
std::optional<std::vector<data::figure>> read_all(const std::vector<std::string>& files) {
    std::vector<data::figure> figures;
    std::map<std::string, std::string> file_of_id;
    bool ok = true;
    for (const std::string& path : files) {
        std::ifstream in(path, std::ios::binary | std::ios::ate);
        if (!in) {
            std::cerr << path << ": cannot open the file\n";
            ok = false;
            continue;
        }
        const auto size = static_cast<std::size_t>(in.tellg());
        if (size > max_file_bytes) {
            std::cerr << path << ": " << size << " bytes, more than the limit of " << max_file_bytes << "\n";
            ok = false;
            continue;
        }
        in.seekg(0);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        data::figures_read read = data::read_figures(text);
        for (const data::csv_error& e : read.errors)
            std::cerr << data::to_string(e, path) << "\n";
        ok = ok && read.ok();
        for (data::figure& f : read.figures) {
            const auto [it, fresh] = file_of_id.try_emplace(f.id, path);
            if (!fresh) {
                std::cerr << path << ":" << f.line << ":1: id \"" << f.id << "\": also in " << it->second
                          << "\n";
                ok = false;
                continue;
            }
            figures.push_back(std::move(f));
        }
    }
    if (!ok) return std::nullopt;
    return figures;
}

}  // namespace

int main(int argc, char** argv) {
    arguments args;
    const std::vector<std::string_view> words(argv + 1, argv + argc);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = words[i];
        if (w == "--help" || w == "-h") {
            std::cout << usage;
            return exit_consistent;
        }
        const bool takes_value = w == "--lang" || w == "--format" || w == "--svg" || w == "--convention";
        if (takes_value && i + 1 == words.size()) return bad_usage(std::string(w) + " needs a value");
        if (w == "--lang") {
            const std::string_view v = words[++i];
            if (v != "fr" && v != "en")
                return bad_usage("--lang is fr or en, got \"" + std::string(v) + "\"");
            args.lang = v == "fr" ? language::fr : language::en;
        } else if (w == "--format") {
            args.format = std::string(words[++i]);
            if (args.format != "text" && args.format != "json" && args.format != "csv")
                return bad_usage("--format is text, json or csv, got \"" + args.format + "\"");
        } else if (w == "--svg") {
            args.svg = std::string(words[++i]);
        } else if (w == "--convention") {
            const std::string_view v = words[++i];
            bool known = v == "infer";
            for (consistency::convention c : consistency::all_conventions)
                if (consistency::name(c) == v) {
                    args.engine.read_as = c;
                    known = true;
                }
            if (!known)
                return bad_usage("--convention is nearest, truncation, up or infer, got \"" + std::string(v) +
                                 "\"");
            args.engine.mode =
                v == "infer" ? consistency::reading_mode::infer : consistency::reading_mode::fixed;
        } else if (w.size() > 1 && w.front() == '-') {
            return bad_usage("unknown option \"" + std::string(w) + "\"");
        } else {
            args.files.emplace_back(w);
        }
    }
    if (args.files.empty()) return bad_usage("no CSV file given");

    const std::optional<std::vector<data::figure>> figures = read_all(args.files);
    if (!figures) {
        std::cerr << nothing_checked << "\n";
        return exit_bad_input;
    }
    consistency::report r;
    try {
        r = consistency::check_facts(consistency::facts_of(*figures), args.engine);
    } catch (const std::exception& e) {
        std::cerr << "offshoring-check: " << e.what() << "\n";
        return exit_bad_input;
    }
    for (const std::string& w : r.relations.warnings)
        std::cerr << "offshoring-check: warning: " << w << "\n";

    if (args.format == "json")
        std::cout << consistency::tool::report_json(r, args.lang).dump(2) << "\n";
    else if (args.format == "csv")
        consistency::tool::write_csv(std::cout, r);
    else
        std::cout << consistency::report_text(r, args.lang);
    if (args.svg) {
        std::ofstream out(*args.svg, std::ios::binary);
        consistency::tool::write_svg(out, r, args.lang);
        if (!out) {
            std::cerr << "offshoring-check: cannot write " << *args.svg << "\n";
            return exit_bad_input;
        }
    }
    return r.count(consistency::verdict::inconsistent) > 0 ? exit_inconsistent : exit_consistent;
}
