// offshoring/metrics/revenue_per_job.hpp: revenue per job, in dirhams per job.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <offshoring/metrics/checks.hpp>
#include <offshoring/quantity/units.hpp>

namespace offshoring {
namespace detail {

template <class T>
constexpr void check_revenue_per_job(const char* function, const T& revenue, const T& workforce) {
    require_non_negative(function, "revenue", revenue);
    require_positive(function, "number of jobs", workforce);
}

template <class T>
constexpr T revenue_per_job_value(const char* function, const T& revenue, const T& workforce) {
    check_revenue_per_job(function, revenue, workforce);
    return require_finite_result(function, revenue / workforce, "revenue ", revenue, " and number of jobs ",
                                 workforce);
}

}  // namespace detail

// Revenue over the number of jobs: revenue_per_job(26.22_bn_mad, 148500_jobs) is 176 565.66 dirhams per job.
// Read it out with in_mad_per_job(). Throws offshoring::domain_error when revenue < 0, jobs <= 0, a value
// is not finite or the result overflows.
template <class T>
constexpr mad_per_job<T> revenue_per_job(const mad<T>& revenue, const jobs<T>& workforce) {
    return mad_per_job<T>::from_value(
        detail::revenue_per_job_value("offshoring::revenue_per_job", revenue.value(), workforce.value()));
}

}  // namespace offshoring
