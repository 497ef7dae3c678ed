// offshoring/detail/deferred.hpp: a type named through a function template's parameter, so that a body is checked where it is called.
// SPDX-License-Identifier: MIT
#pragma once

namespace offshoring::detail {

template <class T, class Void>
struct deferred_type {
    using type = T;
};

// T itself, named through the parameter of the function template that uses it (`template <class Void = void>`).
// A template's body is checked where it is defined as far as it does not depend on that parameter: a
// container it declares is instantiated, and every call on a fixed type resolved, in each translation unit
// that includes the header. Declared with deferred<T, Void>, they are checked where the function is called
// (docs/performance.md, "Compile cost of the engine's headers").
template <class T, class Void>
using deferred = typename deferred_type<T, Void>::type;

}  // namespace offshoring::detail
