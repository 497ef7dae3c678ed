// expect: a plain number has no unit to be written with
#include <offshoring/text/ostream.hpp>
#include <sstream>
int main() {
    using namespace offshoring::literals;
    std::ostringstream out;
#ifdef OFFSHORING_MUST_FAIL
    out << offshoring::french(0.403);
#else
    out << offshoring::french(26.2_bn_mad);
#endif
    return out.str().empty() ? 1 : 0;
}
