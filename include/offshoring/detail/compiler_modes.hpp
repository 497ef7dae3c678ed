// offshoring/detail/compiler_modes.hpp: the compiler modes the library refuses, each with a sentence.
// SPDX-License-Identifier: MIT
#pragma once

// Under -ffast-math or -ffinite-math-only the compiler may assume that no value is NaN or infinite: the
// checks that refuse them could be folded away, an infinity could loop where a finite value stops, and
// reassociation would undo the outward rounding that makes a verdict of inconsistency a proof.
// (#error expands no macro: the pointer of detail/troubleshooting.hpp is spelt out in both sentences.)
#if defined(__FAST_MATH__) || (defined(__FINITE_MATH_ONLY__) && __FINITE_MATH_ONLY__)
#error \
    "offshoring: -ffast-math and -ffinite-math-only let the compiler assume that NaN and infinity never occur, and the library's checks for them would vanish; compile the files that include offshoring without these flags (see docs/troubleshooting.md#compiler-modes)"
#endif

// Without the finite-math assumption, -ffast-math -fno-finite-math-only still reorders and approximates
// arithmetic; g++ announces that (clang++ 14 does not, so it cannot be refused there).
#if (defined(__ASSOCIATIVE_MATH__) && __ASSOCIATIVE_MATH__) || \
    (defined(__RECIPROCAL_MATH__) && __RECIPROCAL_MATH__)
#error \
    "offshoring: -fassociative-math and -freciprocal-math let the compiler reorder and approximate arithmetic, which undoes the outward rounding that makes a verdict of inconsistency a proof; compile the files that include offshoring without these flags (see docs/troubleshooting.md#compiler-modes)"
#endif

// Every bad input is reported by an exception (domain_error, parse_error); there is no other channel.
#if !defined(__cpp_exceptions) && !defined(__EXCEPTIONS) && !defined(_CPPUNWIND)
#error \
    "offshoring: reports bad input by throwing offshoring::domain_error and offshoring::parse_error; compile the files that include offshoring with exceptions enabled (without -fno-exceptions) (see docs/troubleshooting.md#compiler-modes)"
#endif
