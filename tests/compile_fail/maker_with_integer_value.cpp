// expect: pass a floating-point value \(148500.0, not 148500\)
// A checked maker given an int would build jobs<int>: ratios of it truncate (141000 / 100000 is 1) and
// scaling to dirhams can overflow with no error.
#include <offshoring/quantity/units.hpp>

int main() {
#ifdef OFFSHORING_MUST_FAIL
    const auto workforce = offshoring::make_jobs(148500);
#else
    const auto workforce = offshoring::make_jobs(148500.0);
#endif
    return offshoring::in_jobs(workforce) > 0.0 ? 0 : 1;
}
