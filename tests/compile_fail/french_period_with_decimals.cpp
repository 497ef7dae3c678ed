// expect: french\(\)/english\(\): a period or a segment has no decimals
#include <offshoring/text/ostream.hpp>
#include <sstream>
int main() {
    std::ostringstream out;
#ifdef OFFSHORING_MUST_FAIL
    out << offshoring::french(offshoring::period::half(2025, 1), 2);
#else
    out << offshoring::french(offshoring::period::half(2025, 1));
#endif
    return out.str().empty() ? 1 : 0;
}
