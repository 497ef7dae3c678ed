// expect: the quantities given to a metric must have the same dimension
#include <offshoring/metrics.hpp>
int main() {
    using namespace offshoring::literals;
#ifdef OFFSHORING_MUST_FAIL
    const double nonsense = offshoring::share(148'500_jobs, 26.22_bn_mad);
#else
    const double nonsense = offshoring::share(10.6_bn_mad, 26.2_bn_mad);
#endif
    return nonsense > 0.5 ? 1 : 0;
}
