// expect: format_amount: the quantity must be an amount of dirhams or US dollars \(use format_jobs for jobs\)
#include <offshoring/text.hpp>
int main() {
    using namespace offshoring::literals;
#ifdef OFFSHORING_MUST_FAIL
    const std::string text = offshoring::format_amount(148'500_jobs, 0, offshoring::language::fr);
#else
    const std::string text = offshoring::format_jobs(148'500_jobs, offshoring::language::fr);
#endif
    return text.empty() ? 1 : 0;
}
