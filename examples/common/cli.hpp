// examples/common/cli.hpp: the command line every example reads, and the frame of its main().
// SPDX-License-Identifier: MIT
#pragma once

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <offshoring/detail/error.hpp>
#include <offshoring/text/number.hpp>

namespace examples {

// Which of the optional arguments a program takes: only the programs that draw read --svg, only the
// one that writes a file reads --output or --input, so that a misplaced option is refused rather than
// ignored.
struct program_info {
    std::string_view name;     // as typed on the command line, for messages
    std::string_view purpose;  // one line for --help
    bool takes_svg = false;
    bool takes_output = false;
    bool takes_input = false;
};

struct options {
    // English by default, so that the first run reads for any developer; --lang fr prints the figures as
    // the French articles do (decimal comma, "Mds DH").
    offshoring::language lang = offshoring::language::en;
    std::string svg_dir;  // empty: draw nothing
    std::string output;   // empty: standard output
    std::string input;    // empty: the shipped dataset
    bool help = false;
};

// A file that could not be written: reported with its path, exit status 1.
class write_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline std::string usage(const program_info& program) {
    std::string text = "usage: ";
    text.append(program.name).append(" [--lang fr|en]");
    if (program.takes_svg) text.append(" [--svg DIR]");
    if (program.takes_output) text.append(" [--output PATH]");
    if (program.takes_input) text.append(" [--input PATH]");
    text.append(" [--help]\n  ").append(program.purpose).append("\n");
    text.append("  --lang fr|en   language of the text (default: en)\n");
    if (program.takes_svg)
        text.append("  --svg DIR      also draw the pictures, as SVG files in DIR (which must exist)\n");
    if (program.takes_output) text.append("  --output PATH  write to PATH instead of the standard output\n");
    if (program.takes_input)
        text.append(
            "  --input PATH   read the figures from the CSV file PATH (docs/data.md) instead of the shipped "
            "dataset\n");
    text.append("  --help         print this help and exit\n");
    return text;
}

// Reads `--name value` and `--name=value`. Returns the error to print, or nothing when all is well.
inline std::optional<std::string> parse_options(int argc, char** argv, const program_info& program,
                                                options& out) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        std::string_view name = arg;
        std::optional<std::string_view> value;
        if (const auto eq = arg.find('='); arg.substr(0, 2) == "--" && eq != std::string_view::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
        }
        const bool wants_value = name == "--lang" || (name == "--svg" && program.takes_svg) ||
                                 (name == "--output" && program.takes_output) ||
                                 (name == "--input" && program.takes_input);
        if (name == "--help" && !value) {
            out.help = true;
            continue;
        }
        if (!wants_value) return "unknown option '" + std::string(arg) + "'";
        if (!value) {
            if (i + 1 >= argc) return "option '" + std::string(name) + "' needs a value";
            value = argv[++i];
        }
        if (name == "--lang") {
            if (*value == "fr")
                out.lang = offshoring::language::fr;
            else if (*value == "en")
                out.lang = offshoring::language::en;
            else
                return "unknown language '" + std::string(*value) + "' (expected fr or en)";
        } else if (value->empty()) {
            return "option '" + std::string(name) + "' needs a non-empty value";
        } else if (name == "--svg") {
            out.svg_dir = std::string(*value);
        } else if (name == "--output") {
            out.output = std::string(*value);
        } else {
            out.input = std::string(*value);
        }
    }
    return std::nullopt;
}

// Writes the whole text or throws write_error naming the path and the system's reason: a report that
// silently stops half-way is worse than none.
inline void write_file(const std::string& path, std::string_view text) {
    errno = 0;
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr) throw write_error("cannot write '" + path + "': " + std::strerror(errno));
    const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    const int write_errno = errno;
    const bool closed = std::fclose(file) == 0;
    if (!written || !closed)
        throw write_error("cannot write '" + path +
                          "': " + std::strerror(write_errno != 0 ? write_errno : errno));
}

// "DIR/name", without doubling a trailing slash.
inline std::string path_in(const std::string& dir, std::string_view name) {
    std::string path = dir;
    if (!path.empty() && path.back() != '/') path.push_back('/');
    return path.append(name);
}

// The frame of every main(): options first (exit 2 on a mistake, with the usage), then the body, whose
// errors are all reported in one line on stderr with exit 1. No exception leaves main.
template <class Body>
int run(int argc, char** argv, const program_info& program, Body body) {
    try {
        options opts;
        if (const auto error = parse_options(argc, argv, program, opts)) {
            std::cerr << program.name << ": " << *error << "\n" << usage(program);
            return 2;
        }
        if (opts.help) {
            std::cout << usage(program);
            return 0;
        }
        const int status = body(opts);
        std::cout.flush();
        if (!std::cout) {
            std::cerr << program.name << ": error: cannot write to the standard output\n";
            return 1;
        }
        return status;
    } catch (const write_error& e) {
        std::cerr << program.name << ": error: " << e.what() << "\n";
    } catch (const offshoring::domain_error& e) {
        std::cerr << program.name << ": value out of range: " << e.what() << "\n";
    } catch (const offshoring::parse_error& e) {
        std::cerr << program.name << ": cannot read a figure: " << e.what() << "\n";
    } catch (const std::exception& e) {
        std::cerr << program.name << ": error: " << e.what() << "\n";
    } catch (...) {
        std::cerr << program.name << ": unknown error\n";
    }
    return 1;
}

}  // namespace examples
