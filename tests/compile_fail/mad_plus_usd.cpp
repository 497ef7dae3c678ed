// expect: no match for .*operator\+|invalid operands to binary expression
// Dirhams and dollars are different dimensions: their sum has no meaning until one side is converted at
// a dated exchange rate (exchange_rate.hpp).
#include <offshoring/quantity/units.hpp>

int main() {
    using namespace offshoring::literals;
    const auto dirhams = 26.22_bn_mad;
#ifdef OFFSHORING_MUST_FAIL
    const auto sum = dirhams + 2.8_bn_usd;
#else
    const auto sum = dirhams + 13.4_bn_mad;
#endif
    return offshoring::in_billion_mad(sum) > 0.0 ? 0 : 1;
}
