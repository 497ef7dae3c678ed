// expect: literal_overflow
// A literal too large for a double stops the build where it is a constant expression, rather than
// becoming an infinity.
#include <offshoring/quantity/units.hpp>

int main() {
    using namespace offshoring::literals;
#ifdef OFFSHORING_MUST_FAIL
    constexpr auto total = 1e300_bn_mad;
#else
    constexpr auto total = 1e290_bn_mad;
#endif
    return offshoring::in_billion_mad(total) > 0.0 ? 0 : 1;
}
