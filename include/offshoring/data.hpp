// offshoring/data.hpp: the data layer: figures as rows of a CSV file, their reader and writer, and the shipped dataset.
// SPDX-License-Identifier: MIT
#pragma once

#include <offshoring/data/csv.hpp>
#include <offshoring/data/csv_reader.hpp>
#include <offshoring/data/figure.hpp>
#include <offshoring/data/figures.hpp>
