// expect: format_amount: the scale is in another currency than the amount
#include <offshoring/text.hpp>
int main() {
    using namespace offshoring::literals;
#ifdef OFFSHORING_MUST_FAIL
    const std::string text = offshoring::format_amount(26.2_bn_mad, offshoring::units::billion_us_dollars, 1,
                                                       offshoring::language::en);
#else
    const std::string text = offshoring::format_amount(26.2_bn_mad, offshoring::units::billion_dirhams, 1,
                                                       offshoring::language::en);
#endif
    return text.empty() ? 1 : 0;
}
