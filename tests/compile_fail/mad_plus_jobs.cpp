// expect: no match for .*operator\+|invalid operands to binary expression
// An amount and a number of jobs are different dimensions: adding them is always a slip.
#include <offshoring/quantity/units.hpp>

int main() {
    using namespace offshoring::literals;
    const auto dirhams = 26.22_bn_mad;
#ifdef OFFSHORING_MUST_FAIL
    const auto sum = dirhams + 148500_jobs;
#else
    const auto sum = dirhams + 48_m_mad;
#endif
    return offshoring::in_billion_mad(sum) > 0.0 ? 0 : 1;
}
