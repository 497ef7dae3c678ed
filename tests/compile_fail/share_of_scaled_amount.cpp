// expect: the quantities given to a metric must be in the same unit. convert a scaled quantity first
#include <offshoring/metrics.hpp>
int main() {
    using namespace offshoring::literals;
#ifdef OFFSHORING_MUST_FAIL
    const double ito = offshoring::share(10.6 * offshoring::units::billion_dirhams, 26.2_bn_mad);
#else
    const double ito =
        offshoring::share(offshoring::mad<>(10.6 * offshoring::units::billion_dirhams), 26.2_bn_mad);
#endif
    return ito > 0.5 ? 1 : 0;
}
