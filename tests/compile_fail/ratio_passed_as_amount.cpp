// expect: could not convert .*double.* to .*quantity|no known conversion from .*double.* to .*mad
// A share (0.403) is not an amount: a function that wants dirhams refuses a plain ratio.
#include <offshoring/quantity/units.hpp>

static double billions(offshoring::mad<> amount) { return offshoring::in_billion_mad(amount); }

int main() {
    using namespace offshoring::literals;
    const double ito_share = 0.403;
#ifdef OFFSHORING_MUST_FAIL
    const double value = billions(ito_share);
#else
    const double value = billions(26.22_bn_mad * ito_share);
#endif
    return value > 0.0 ? 0 : 1;
}
