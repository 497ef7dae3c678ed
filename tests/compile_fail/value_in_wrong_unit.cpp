// expect: value_in: the unit's dimension does not match the quantity's
// Reading dirhams in billions of dollars would pass a number off as a conversion that never happened.
#include <offshoring/quantity/units.hpp>

int main() {
    using namespace offshoring::literals;
    const auto dirhams = 26.22_bn_mad;
#ifdef OFFSHORING_MUST_FAIL
    const double value = offshoring::value_in(offshoring::units::billion_us_dollars, dirhams);
#else
    const double value = offshoring::value_in(offshoring::units::billion_dirhams, dirhams);
#endif
    return value > 0.0 ? 0 : 1;
}
