// expect: check: the claim is not of the type the inputs give
#include <offshoring/published.hpp>
int main() {
    using namespace offshoring;
    const auto first = parse_published("26,2", number_style::french, units::billion_dirhams);
#ifdef OFFSHORING_MUST_FAIL
    const auto verdict =
        check(as_interval(first), as_interval(parse_published("40,3 %", number_style::french)));
#else
    const auto verdict =
        check(as_interval(first),
              as_interval(parse_published("26,22", number_style::french, units::billion_dirhams)));
#endif
    return verdict.consistent ? 0 : 1;
}
