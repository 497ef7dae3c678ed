// offshoring/segment/segment.hpp: the five segments of offshoring exports, their names, and values kept per segment.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <utility>

#include <offshoring/detail/error.hpp>

namespace offshoring {

// The segments in which the Office des Changes breaks down offshoring exports, in the order it
// publishes them (by 2024 weight).
enum class segment { ito, crm, eso, bpo, kpo };

inline constexpr std::size_t segment_count = 5;

inline constexpr std::array<segment, segment_count> all_segments{segment::ito, segment::crm, segment::eso,
                                                                 segment::bpo, segment::kpo};

namespace detail {

[[noreturn]] inline void not_a_segment(const char* function, segment s) {
    fail(function, "not a segment, got " + describe(static_cast<int>(s)));
}

// A value cast from an integer outside the enumeration is refused rather than read out of bounds.
constexpr std::size_t segment_position(const char* function, segment s) {
    const int n = static_cast<int>(s);
    if (n < 0 || n >= static_cast<int>(segment_count)) not_a_segment(function, s);
    return static_cast<std::size_t>(n);
}

}  // namespace detail

// "ITO", "CRM", "ESO", "BPO", "KPO".
constexpr std::string_view acronym(segment s) {
    constexpr std::array<std::string_view, segment_count> names{"ITO", "CRM", "ESO", "BPO", "KPO"};
    return names[detail::segment_position("offshoring::acronym", s)];
}

// Lower case but for the initialism, so that the name fits inside a sentence.
constexpr std::string_view english_name(segment s) {
    constexpr std::array<std::string_view, segment_count> names{
        "IT services outsourcing",          "customer relationship management",
        "engineering services outsourcing", "business process outsourcing",
        "knowledge process outsourcing",
    };
    return names[detail::segment_position("offshoring::english_name", s)];
}

// As the Office des Changes figures are worded in the French press, UTF-8, lower case.
constexpr std::string_view french_name(segment s) {
    constexpr std::array<std::string_view, segment_count> names{
        "externalisation des services informatiques",
        "gestion de la relation client",
        "ing\u00e9nierie",
        "externalisation des processus d'entreprise",
        "externalisation des processus de connaissance",
    };
    return names[detail::segment_position("offshoring::french_name", s)];
}

// One value of T per segment, indexed by segment and iterated in the order of all_segments.
template <class T>
class by_segment {
    using storage = std::array<T, segment_count>;

public:
    using value_type = T;
    using reference = T&;
    using const_reference = const T&;
    using iterator = typename storage::iterator;
    using const_iterator = typename storage::const_iterator;
    using size_type = std::size_t;

    // A (segment, value) pair, so that `for (auto [s, v] : x.entries())` names both.
    // Values is storage or const storage; Ref is the matching reference to T.
    template <class Values, class Ref>
    class entry_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = std::pair<segment, Ref>;
        using difference_type = std::ptrdiff_t;
        using reference = value_type;
        using pointer = void;

        constexpr entry_iterator() noexcept = default;
        constexpr entry_iterator(Values* values, std::size_t position) noexcept
            : values_(values), position_(position) {}

        constexpr value_type operator*() const noexcept {
            return value_type(all_segments[position_], (*values_)[position_]);
        }
        constexpr entry_iterator& operator++() noexcept {
            ++position_;
            return *this;
        }
        constexpr entry_iterator operator++(int) noexcept {
            entry_iterator before = *this;
            ++position_;
            return before;
        }
        friend constexpr bool operator==(const entry_iterator& a, const entry_iterator& b) noexcept {
            return a.position_ == b.position_;
        }
        friend constexpr bool operator!=(const entry_iterator& a, const entry_iterator& b) noexcept {
            return !(a == b);
        }

    private:
        Values* values_ = nullptr;
        std::size_t position_ = 0;
    };

    template <class Iterator>
    class entry_range {
    public:
        constexpr entry_range(Iterator first, Iterator last) noexcept : first_(first), last_(last) {}
        constexpr Iterator begin() const noexcept { return first_; }
        constexpr Iterator end() const noexcept { return last_; }

    private:
        Iterator first_;
        Iterator last_;
    };

    // Every value value-initialised: zero for numbers and for Boost.Units quantities.
    constexpr by_segment() : values_{} {}

    constexpr by_segment(T ito, T crm, T eso, T bpo, T kpo)
        : values_{std::move(ito), std::move(crm), std::move(eso), std::move(bpo), std::move(kpo)} {}

    // Unchecked but for values cast from integers outside the enumeration, which are refused.
    constexpr T& operator[](segment s) {
        return values_[detail::segment_position("offshoring::by_segment::operator[]", s)];
    }
    constexpr const T& operator[](segment s) const {
        return values_[detail::segment_position("offshoring::by_segment::operator[]", s)];
    }
    constexpr T& at(segment s) { return values_[detail::segment_position("offshoring::by_segment::at", s)]; }
    constexpr const T& at(segment s) const {
        return values_[detail::segment_position("offshoring::by_segment::at", s)];
    }

    constexpr iterator begin() noexcept { return values_.begin(); }
    constexpr iterator end() noexcept { return values_.end(); }
    constexpr const_iterator begin() const noexcept { return values_.begin(); }
    constexpr const_iterator end() const noexcept { return values_.end(); }
    constexpr const_iterator cbegin() const noexcept { return values_.cbegin(); }
    constexpr const_iterator cend() const noexcept { return values_.cend(); }
    static constexpr size_type size() noexcept { return segment_count; }

    constexpr auto entries() noexcept {
        using it = entry_iterator<storage, T&>;
        return entry_range<it>(it(&values_, 0), it(&values_, segment_count));
    }
    constexpr auto entries() const noexcept {
        using it = entry_iterator<const storage, const T&>;
        return entry_range<it>(it(&values_, 0), it(&values_, segment_count));
    }

    // Starts from the first value rather than from zero: a Boost.Units quantity cannot be built from 0.
    constexpr T total() const {
        T sum = values_[0];
        for (std::size_t i = 1; i < segment_count; ++i)
            sum = sum + values_[i];
        return sum;
    }

    friend constexpr bool operator==(const by_segment& a, const by_segment& b) {
        for (std::size_t i = 0; i < segment_count; ++i)
            if (!(a.values_[i] == b.values_[i])) return false;
        return true;
    }
    friend constexpr bool operator!=(const by_segment& a, const by_segment& b) { return !(a == b); }

private:
    storage values_;
};

}  // namespace offshoring
