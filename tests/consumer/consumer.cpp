// A program of someone else's that uses the library, as the consumer tests build it.
// SPDX-License-Identifier: MIT
#include <offshoring/offshoring.hpp>

#include <cstdio>

int main() {
    using namespace offshoring::literals;
    // 2024 exports per job, from seeds/003: 26.22 bn MAD over 148 500 jobs = 176 565.66 MAD per job.
    const auto per_job = offshoring::revenue_per_job(26.22_bn_mad, 148'500_jobs);
    const double value = offshoring::in_mad_per_job(per_job);
    if (value < 176'565.0 || value > 176'566.0) {
        std::printf("consumer: wrong revenue per job %f\n", value);
        return 1;
    }
    std::printf("consumer: ok\n");
    return 0;
}
