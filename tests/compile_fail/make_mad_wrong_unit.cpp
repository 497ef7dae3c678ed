// expect: make_mad: the unit must be an amount of dirhams
// The checked maker of dirhams takes only a dirham unit: a dollar unit there is a mix-up of currencies.
#include <offshoring/quantity/units.hpp>

int main() {
#ifdef OFFSHORING_MUST_FAIL
    const auto total = offshoring::make_mad(26.22, offshoring::units::billion_us_dollars);
#else
    const auto total = offshoring::make_mad(26.22, offshoring::units::billion_dirhams);
#endif
    return offshoring::in_billion_mad(total) > 0.0 ? 0 : 1;
}
