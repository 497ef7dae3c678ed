// bench/twins.hpp: the registry of twins, a metric's typed kernel, its raw twin and their inputs, one line each.
// SPDX-License-Identifier: MIT
#pragma once

// metrics_bench times every twin of the registry and kernel_twins runs each once for callgrind (the
// instruction test); a twin added here is measured by both.

#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "data.hpp"
#include "kernels.hpp"

namespace twins {

template <class Generator, class TypedKernel, class RawKernel>
struct twin {
    const char* name;
    Generator inputs;  // std::size_t n -> the inputs of both kernels for n values
    TypedKernel typed;
    RawKernel raw;
};
template <class Generator, class TypedKernel, class RawKernel>
twin(const char*, Generator, TypedKernel, RawKernel) -> twin<Generator, TypedKernel, RawKernel>;

inline constexpr std::tuple registry{
    twin{"share", &bench_data::parts_and_wholes, &kernels::share_typed, &kernels::share_raw},
    twin{"growth", &bench_data::froms_and_tos, &kernels::growth_typed, &kernels::growth_raw},
    twin{"contribution", &bench_data::contributions, &kernels::contribution_typed,
         &kernels::contribution_raw},
    twin{"cagr", &bench_data::six_year_growths, &kernels::cagr_typed, &kernels::cagr_raw},
    twin{"annualised_level", &bench_data::half_year_amounts, &kernels::annualised_level_typed,
         &kernels::annualised_level_raw},
    twin{"annualised_rate", &bench_data::half_year_changes, &kernels::annualised_rate_typed,
         &kernels::annualised_rate_raw},
    twin{"projection", &bench_data::projections_to_2030, &kernels::projection_typed,
         &kernels::projection_raw},
    twin{"verdict", &bench_data::printed_shares, &kernels::verdict_typed, &kernels::verdict_raw},
};

template <class Visitor>
void for_each_twin(Visitor&& visit) {
    std::apply([&](const auto&... each) { (visit(each), ...); }, registry);
}

// What a kernel writes: every kernel ends with (Output* out, std::size_t n).
template <class Kernel>
struct output_of;
template <class... Args>
struct output_of<void (*)(Args...)> {
    using type = std::remove_pointer_t<std::tuple_element_t<sizeof...(Args) - 2, std::tuple<Args...>>>;
};
template <class Kernel>
using output_of_t = typename output_of<Kernel>::type;

// Runs a kernel on the arguments of one side of a twin's inputs.
template <class Kernel, class Args, class Output>
void run(Kernel kernel, const Args& args, std::vector<Output>& out) {
    std::apply([&](const auto&... in) { kernel(in..., out.data(), out.size()); }, args);
}

}  // namespace twins
