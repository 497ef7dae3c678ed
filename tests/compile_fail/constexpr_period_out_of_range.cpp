// expect: non-.*constexpr.* function .*period_value_out_of_range
#include <offshoring/calendar/period.hpp>
int main() {
#ifdef OFFSHORING_MUST_FAIL
    constexpr offshoring::period march = offshoring::period::month(2025, 13);
#else
    constexpr offshoring::period march = offshoring::period::month(2025, 3);
#endif
    static_assert(march.months() == 1);
    return march.index() == 3 ? 0 : 1;
}
