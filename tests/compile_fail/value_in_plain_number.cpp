// expect: value_in: the argument is a plain number, not a quantity
// A plain number has no unit to be read in; the slip gets a sentence, not a page of candidates.
#include <offshoring/quantity/units.hpp>

int main() {
    using namespace offshoring::literals;
#ifdef OFFSHORING_MUST_FAIL
    const double value = offshoring::value_in(offshoring::units::billion_dirhams, 26.22);
#else
    const double value = offshoring::value_in(offshoring::units::billion_dirhams, 26.22_bn_mad);
#endif
    return value > 0.0 ? 0 : 1;
}
