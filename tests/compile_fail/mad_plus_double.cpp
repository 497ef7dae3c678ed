// expect: no match for .*operator\+|invalid operands to binary expression
// A bare number has no unit: 26.22 bn + 1.0 would silently mean one dirham, or one billion, or nothing.
#include <offshoring/quantity/units.hpp>

int main() {
    using namespace offshoring::literals;
    const auto dirhams = 26.22_bn_mad;
#ifdef OFFSHORING_MUST_FAIL
    const auto sum = dirhams + 1.0;
#else
    const auto sum = dirhams + 1.0_bn_mad;
#endif
    return offshoring::in_billion_mad(sum) > 0.0 ? 0 : 1;
}
