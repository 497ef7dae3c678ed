// expect: conversion from .*job_base_dimension.* to non-scalar|no viable conversion from .*job_base_dim
// Revenue per job is dirhams per job, not dirhams: storing it as an amount must not compile.
#include <offshoring/quantity/units.hpp>

int main() {
    using namespace offshoring::literals;
#ifdef OFFSHORING_MUST_FAIL
    const offshoring::mad<> per_job = 26.22_bn_mad / 148500_jobs;
#else
    const offshoring::mad_per_job<> per_job = 26.22_bn_mad / 148500_jobs;
#endif
    (void)per_job;
    return 0;
}
