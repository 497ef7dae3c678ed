// expect: no matching function for call to .*conversion_factor
// Even an explicit conversion cannot turn dollars into dirhams: there is no fixed factor between the
// currencies, only dated rates (to_mad in exchange_rate.hpp).
#include <offshoring/quantity/units.hpp>

int main() {
    using namespace offshoring::literals;
#ifdef OFFSHORING_MUST_FAIL
    const offshoring::mad<> dirhams(2.8_bn_usd);
#else
    const offshoring::mad<> dirhams(26.22 * offshoring::units::billion_dirhams);
#endif
    return offshoring::in_billion_mad(dirhams) > 0.0 ? 0 : 1;
}
