// expect: (cannot convert|no known conversion from) [^ ]*offshoring::period[^ ]* to [^ ]*double
// A period is a span of calendar months, not a number of years: a function wanting a year count must
// be given one explicitly (months() / 12.0, say), never the period itself.
#include <offshoring/calendar/period.hpp>

double years_between(double years) { return years; }

int main() {
#ifdef OFFSHORING_MUST_FAIL
    return static_cast<int>(years_between(offshoring::period::whole_year(2024)));
#else
    return static_cast<int>(years_between(offshoring::period::whole_year(2024).months() / 12.0));
#endif
}
