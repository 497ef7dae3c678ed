// offshoring/check.hpp: the consistency engine: figures, relations from their keys, propagation, verdicts.
// SPDX-License-Identifier: MIT
#pragma once

#include <offshoring/check/engine.hpp>
#include <offshoring/check/explain.hpp>
#include <offshoring/check/fact.hpp>
#include <offshoring/check/model.hpp>
#include <offshoring/check/propagation.hpp>
