// expect: conversion from .*double.* to non-scalar type|no viable conversion from .*double
// A plain number never becomes an amount silently: 26.22 (billions?) and 2.622e10 (dirhams?) look alike.
#include <offshoring/quantity/units.hpp>

int main() {
    using namespace offshoring::literals;
#ifdef OFFSHORING_MUST_FAIL
    const offshoring::mad<> total = 26.22e9;
#else
    const offshoring::mad<> total = 26.22_bn_mad;
#endif
    return offshoring::in_billion_mad(total) > 0.0 ? 0 : 1;
}
