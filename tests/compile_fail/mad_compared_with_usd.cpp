// expect: no match for .*operator<|invalid operands to binary expression
// Comparing dirhams with dollars needs a rate first, as adding them does.
#include <offshoring/quantity/units.hpp>

int main() {
    using namespace offshoring::literals;
    const auto dirhams = 26.22_bn_mad;
#ifdef OFFSHORING_MUST_FAIL
    const bool larger = dirhams < 2.8_bn_usd;
#else
    const bool larger = dirhams < 40_bn_mad;
#endif
    return larger ? 0 : 1;
}
