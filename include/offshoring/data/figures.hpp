// offshoring/data/figures.hpp: every figure the five source articles publish, as printed, with provenance.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <offshoring/period.hpp>
#include <offshoring/segment.hpp>

namespace offshoring::data {

// What a figure measures. A share or a growth is printed in percent; an amount in the scale it was
// printed in (see `printed_unit`).
enum class figure_kind {
    amount,         // exports over the period
    share,          // part of the period's total exports
    growth,         // change on the same period a year earlier
    ratio,          // one amount as a percentage of another (ESO H1 2025 against ESO 2024)
    jobs,           // people employed at the period's end
    jobs_created,   // jobs added over the period
    target_amount,  // exports aimed at by the end of the period
    target_jobs     // jobs aimed at by the end of the period
};

constexpr std::string_view name(figure_kind kind) noexcept {
    switch (kind) {
        case figure_kind::amount:
            return "amount";
        case figure_kind::share:
            return "share";
        case figure_kind::growth:
            return "growth";
        case figure_kind::ratio:
            return "ratio";
        case figure_kind::jobs:
            return "jobs";
        case figure_kind::jobs_created:
            return "jobs_created";
        case figure_kind::target_amount:
            return "target_amount";
        case figure_kind::target_jobs:
            return "target_jobs";
    }
    return "?";
}

// The scale the article printed the number in; the number itself is never rescaled here.
enum class printed_unit { billion_mad, million_mad, billion_usd, percent, jobs };

constexpr std::string_view name(printed_unit unit) noexcept {
    switch (unit) {
        case printed_unit::billion_mad:
            return "billion_mad";
        case printed_unit::million_mad:
            return "million_mad";
        case printed_unit::billion_usd:
            return "billion_usd";
        case printed_unit::percent:
            return "percent";
        case printed_unit::jobs:
            return "jobs";
    }
    return "?";
}

// How the article qualifies the number. Only `exact` claims are rounded values; the others are judged
// with the tolerance rules of docs/methodology.md.
enum class qualifier {
    exact,      // "26,2 milliards"
    about,      // "près de", "l'équivalent de"
    more_than,  // "plus de"
    already     // "déjà": a running total that may still grow
};

constexpr std::string_view name(qualifier claim) noexcept {
    switch (claim) {
        case qualifier::exact:
            return "exact";
        case qualifier::about:
            return "about";
        case qualifier::more_than:
            return "more_than";
        case qualifier::already:
            return "already";
    }
    return "?";
}

// What the figure covers: the whole sector or some of its segments, as a set.
class scope {
public:
    static constexpr scope total() noexcept { return scope(0); }
    static constexpr scope of(segment s) noexcept { return scope(bit(s)); }
    static constexpr scope of(segment a, segment b) noexcept {
        return scope(static_cast<std::uint8_t>(bit(a) | bit(b)));
    }

    constexpr bool is_total() const noexcept { return bits_ == 0; }
    constexpr bool covers(segment s) const noexcept { return (bits_ & bit(s)) != 0; }
    // The one segment of a single-segment scope; meaningful only when segment_count() == 1.
    constexpr segment only() const noexcept {
        for (segment s : all_segments)
            if (covers(s)) return s;
        return segment::ito;
    }
    constexpr int segment_count() const noexcept {
        int count = 0;
        for (segment s : all_segments)
            count += covers(s) ? 1 : 0;
        return count;
    }

    friend constexpr bool operator==(scope a, scope b) noexcept { return a.bits_ == b.bits_; }
    friend constexpr bool operator!=(scope a, scope b) noexcept { return a.bits_ != b.bits_; }

private:
    constexpr explicit scope(std::uint8_t bits) noexcept : bits_(bits) {}
    static constexpr std::uint8_t bit(segment s) noexcept {
        return static_cast<std::uint8_t>(1U << static_cast<unsigned>(s));
    }
    std::uint8_t bits_;
};

struct figure {
    std::string_view id;  // stable name, e.g. "total_2024_000"
    figure_kind kind;
    period when;
    scope what;
    std::string_view printed;  // the number exactly as the article prints it: "26,2", "148.500"
    std::string_view value;    // the same number in plain form, its decimals kept: "26.2", "148500"
    printed_unit unit;
    qualifier claim;
    std::string_view source;  // article file under shared/seeds/
    std::string_view quote;   // the article's words, in French
};

namespace detail {
[[noreturn]] inline void no_such_figure(std::string_view id) {
    offshoring::detail::fail("offshoring::data::find_figure",
                             "no figure has the id \"" + offshoring::detail::quote_for_message(id) + "\"");
}

inline constexpr std::string_view article_000 = "seeds/000_c4b54ad8dda15ae4.txt";
inline constexpr std::string_view article_001 = "seeds/001_0d1a8e257704311e.txt";
inline constexpr std::string_view article_002 = "seeds/002_cf5e91aac26c2e4b.txt";
inline constexpr std::string_view article_003 = "seeds/003_55f1d82c4a067cd4.txt";
inline constexpr std::string_view article_004 = "seeds/004_08586f857cbdcf66.txt";

inline constexpr period y2020 = period::whole_year(2020);
inline constexpr period y2023 = period::whole_year(2023);
inline constexpr period y2024 = period::whole_year(2024);
inline constexpr period y2025 = period::whole_year(2025);
inline constexpr period y2030 = period::whole_year(2030);
inline constexpr period h1_2024 = period::half(2024, 1);
inline constexpr period h1_2025 = period::half(2025, 1);
// "en deux ans" up to the end of 2024: the figure covers 2023 and 2024; it is filed under 2024.
inline constexpr period two_years_to_2024 = period::whole_year(2024);
}  // namespace detail

// Every figure, article by article, in the order the article prints them. A figure printed by two
// articles, or twice with different precision (26,2 and 26,22), is kept once per printing.
inline constexpr std::array<figure, 54> figures{{
    // seeds/000
    {"total_2024_000", figure_kind::amount, detail::y2024, scope::total(), "26,2", "26.2",
     printed_unit::billion_mad, qualifier::exact, detail::article_000,
     "En 2024, les exportations ont atteint 26,2 milliards de dirhams"},
    {"total_usd_2024_000", figure_kind::amount, detail::y2024, scope::total(), "2,8", "2.8",
     printed_unit::billion_usd, qualifier::about, detail::article_000, "(près de 2,8 milliards de dollars)"},
    {"growth_2024_000", figure_kind::growth, detail::y2024, scope::total(), "0,2", "0.2",
     printed_unit::percent, qualifier::exact, detail::article_000,
     "soit une légère hausse de 0,2 % par rapport à 2023"},
    {"total_h1_2025_000", figure_kind::amount, detail::h1_2025, scope::total(), "13,4", "13.4",
     printed_unit::billion_mad, qualifier::exact, detail::article_000,
     "La tendance s’est confirmée au premier semestre 2025, avec 13,4 milliards de dirhams enregistrés"},
    {"growth_h1_2025_000", figure_kind::growth, detail::h1_2025, scope::total(), "3,5", "3.5",
     printed_unit::percent, qualifier::exact, detail::article_000, "soit une progression de 3,5 % sur un an"},
    {"share_ito_2024_000", figure_kind::share, detail::y2024, scope::of(segment::ito), "40,3", "40.3",
     printed_unit::percent, qualifier::exact, detail::article_000,
     "les services informatiques et technologiques dominent le paysage, représentant 40,3 % des "
     "exportations"},
    {"share_crm_2024_000", figure_kind::share, detail::y2024, scope::of(segment::crm), "37,4", "37.4",
     printed_unit::percent, qualifier::exact, detail::article_000,
     "suivis de la gestion de la relation client (37,4 %)"},
    {"share_ito_crm_2024_000", figure_kind::share, detail::y2024, scope::of(segment::ito, segment::crm), "80",
     "80", printed_unit::percent, qualifier::about, detail::article_000,
     "Ensemble, ces deux activités pèsent près de 80 % du total"},
    {"share_eso_2024_000", figure_kind::share, detail::y2024, scope::of(segment::eso), "13,2", "13.2",
     printed_unit::percent, qualifier::exact, detail::article_000,
     "L’ingénierie arrive en troisième position (13,2 %)"},
    {"share_bpo_2024_000", figure_kind::share, detail::y2024, scope::of(segment::bpo), "8,9", "8.9",
     printed_unit::percent, qualifier::exact, detail::article_000,
     "le BPO (externalisation des processus d’entreprise) représente 8,9 %"},
    {"share_kpo_2024_000", figure_kind::share, detail::y2024, scope::of(segment::kpo), "0,2", "0.2",
     printed_unit::percent, qualifier::exact, detail::article_000,
     "Le KPO (externalisation des processus de connaissance), plus spécialisé, reste encore marginal avec "
     "0,2 %"},
    {"eso_2024_000", figure_kind::amount, detail::y2024, scope::of(segment::eso), "3,4", "3.4",
     printed_unit::billion_mad, qualifier::exact, detail::article_000,
     "Les services d’ingénierie ont généré 3,4 milliards de dirhams en 2024"},
    {"eso_2023_000", figure_kind::amount, detail::y2023, scope::of(segment::eso), "3,2", "3.2",
     printed_unit::billion_mad, qualifier::exact, detail::article_000, "contre 3,2 milliards un an plus tôt"},
    {"eso_h1_2025_000", figure_kind::amount, detail::h1_2025, scope::of(segment::eso), "2,5", "2.5",
     printed_unit::billion_mad, qualifier::already, detail::article_000,
     "le premier semestre 2025 affiche déjà 2,5 milliards"},
    {"bpo_2023_000", figure_kind::amount, detail::y2023, scope::of(segment::bpo), "1,9", "1.9",
     printed_unit::billion_mad, qualifier::exact, detail::article_000,
     "Le BPO a suivi la même trajectoire, passant de 1,9 à 2,3 milliards entre 2023 et 2024"},
    {"bpo_2024_000", figure_kind::amount, detail::y2024, scope::of(segment::bpo), "2,3", "2.3",
     printed_unit::billion_mad, qualifier::exact, detail::article_000,
     "Le BPO a suivi la même trajectoire, passant de 1,9 à 2,3 milliards entre 2023 et 2024"},
    {"kpo_2024_000", figure_kind::amount, detail::y2024, scope::of(segment::kpo), "48", "48",
     printed_unit::million_mad, qualifier::exact, detail::article_000,
     "Seul le KPO marque un recul notable, tombant à 48 millions de dirhams"},
    {"jobs_2023_000", figure_kind::jobs, detail::y2023, scope::total(), "141 000", "141000",
     printed_unit::jobs, qualifier::exact, detail::article_000,
     "le secteur comptait 141 000 emplois en 2023"},
    {"jobs_2020_000", figure_kind::jobs, detail::y2020, scope::total(), "100 000", "100000",
     printed_unit::jobs, qualifier::exact, detail::article_000, "contre 100 000 en 2020"},

    // seeds/001
    {"total_2024_more_than_001", figure_kind::amount, detail::y2024, scope::total(), "26", "26",
     printed_unit::billion_mad, qualifier::more_than, detail::article_001,
     "En 2024, le Maroc a exporté pour plus de 26 milliards de dirhams de services numériques"},
    {"total_2024_001", figure_kind::amount, detail::y2024, scope::total(), "26,2", "26.2",
     printed_unit::billion_mad, qualifier::exact, detail::article_001,
     "les exportations marocaines issues du numérique et de l’externalisation ont atteint 26,2 milliards de "
     "dirhams"},
    {"total_usd_2024_001", figure_kind::amount, detail::y2024, scope::total(), "2,8", "2.8",
     printed_unit::billion_usd, qualifier::about, detail::article_001,
     "soit l’équivalent de 2,8 milliards de dollars"},
    {"growth_2024_001", figure_kind::growth, detail::y2024, scope::total(), "0,2", "0.2",
     printed_unit::percent, qualifier::exact, detail::article_001,
     "Une hausse symbolique de 0,2% par rapport à 2023"},
    {"total_h1_2025_001", figure_kind::amount, detail::h1_2025, scope::total(), "13,4", "13.4",
     printed_unit::billion_mad, qualifier::exact, detail::article_001,
     "Les chiffres du premier semestre 2025 confirment d’ailleurs cette dynamique : 13,4 milliards de "
     "dirhams "
     "exportés"},
    {"growth_h1_2025_001", figure_kind::growth, detail::h1_2025, scope::total(), "3,5", "3.5",
     printed_unit::percent, qualifier::exact, detail::article_001, "soit 3,5% de plus qu’un an plus tôt"},
    // "aujourd'hui" in an article of late 2025: filed under 2025.
    {"jobs_2025_more_than_001", figure_kind::jobs, detail::y2025, scope::total(), "140.000", "140000",
     printed_unit::jobs, qualifier::more_than, detail::article_001,
     "Le secteur emploie aujourd’hui plus de 140.000 personnes directement ou indirectement"},
    {"share_kpo_2024_001", figure_kind::share, detail::y2024, scope::of(segment::kpo), "0,2", "0.2",
     printed_unit::percent, qualifier::exact, detail::article_001,
     "Le Knowledge Process Outsourcing (KPO) [...] reste marginal : 0,2% seulement des exportations"},

    // seeds/002
    {"total_h1_2025_002", figure_kind::amount, detail::h1_2025, scope::total(), "13,4", "13.4",
     printed_unit::billion_mad, qualifier::exact, detail::article_002,
     "les exportations ont atteint 13,4 milliards de dirhams à fin juin 2025"},
    {"growth_h1_2025_002", figure_kind::growth, detail::h1_2025, scope::total(), "3,5", "3.5",
     printed_unit::percent, qualifier::exact, detail::article_002,
     "en hausse de 3,5 % par rapport à la même période de 2024"},
    {"total_h1_2024_002", figure_kind::amount, detail::h1_2024, scope::total(), "12,9", "12.9",
     printed_unit::billion_mad, qualifier::exact, detail::article_002,
     "par rapport à la même période de 2024 (12,9 Mds DH)"},
    {"total_2024_002", figure_kind::amount, detail::y2024, scope::total(), "26,2", "26.2",
     printed_unit::billion_mad, qualifier::exact, detail::article_002,
     "le total des exportations s’était établi à 26,2 milliards de dirhams"},
    {"growth_2024_002", figure_kind::growth, detail::y2024, scope::total(), "0,2", "0.2",
     printed_unit::percent, qualifier::exact, detail::article_002,
     "soit une quasi-stagnation (+0,2 %) par rapport à 2023"},
    {"share_ito_2024_002", figure_kind::share, detail::y2024, scope::of(segment::ito), "40,3", "40.3",
     printed_unit::percent, qualifier::exact, detail::article_002,
     "l’externalisation des services informatiques (ITO) représentait 40,3 % des exportations du secteur"},
    {"ito_2024_002", figure_kind::amount, detail::y2024, scope::of(segment::ito), "10,6", "10.6",
     printed_unit::billion_mad, qualifier::exact, detail::article_002,
     "représentait 40,3 % des exportations du secteur (10,6 Mds DH)"},
    {"share_crm_2024_002", figure_kind::share, detail::y2024, scope::of(segment::crm), "37,4", "37.4",
     printed_unit::percent, qualifier::exact, detail::article_002,
     "suivie par la gestion de la relation client (CRM) avec 37,4 %"},
    {"crm_2024_002", figure_kind::amount, detail::y2024, scope::of(segment::crm), "9,8", "9.8",
     printed_unit::billion_mad, qualifier::exact, detail::article_002,
     "la gestion de la relation client (CRM) avec 37,4 % (9,8 Mds DH)"},
    {"share_eso_2024_002", figure_kind::share, detail::y2024, scope::of(segment::eso), "13,2", "13.2",
     printed_unit::percent, qualifier::exact, detail::article_002,
     "l’ingénierie (ESO) et les processus d’affaires (BPO), comptaient respectivement pour 13,2 % et 8,9 %"},
    {"share_bpo_2024_002", figure_kind::share, detail::y2024, scope::of(segment::bpo), "8,9", "8.9",
     printed_unit::percent, qualifier::exact, detail::article_002,
     "l’ingénierie (ESO) et les processus d’affaires (BPO), comptaient respectivement pour 13,2 % et 8,9 %"},
    {"share_kpo_2024_002", figure_kind::share, detail::y2024, scope::of(segment::kpo), "0,2", "0.2",
     printed_unit::percent, qualifier::exact, detail::article_002,
     "les processus de connaissance (KPO) restaient marginaux (0,2 %)"},
    {"ito_h1_2025_002", figure_kind::amount, detail::h1_2025, scope::of(segment::ito), "5,25", "5.25",
     printed_unit::billion_mad, qualifier::exact, detail::article_002,
     "l’ITO conserve la première place (5,25 Mds DH)"},
    {"crm_h1_2025_002", figure_kind::amount, detail::h1_2025, scope::of(segment::crm), "4,19", "4.19",
     printed_unit::billion_mad, qualifier::exact, detail::article_002, "devant le CRM (4,19 Mds DH)"},
    {"eso_h1_2025_002", figure_kind::amount, detail::h1_2025, scope::of(segment::eso), "2,58", "2.58",
     printed_unit::billion_mad, qualifier::exact, detail::article_002,
     "le secteur de l’ingénierie (ESO) [...] ses recettes ayant bondi à 2,58 Mds DH"},
    // ESO's first half 2025 as a percentage of ESO's whole 2024.
    {"eso_h1_2025_of_2024_002", figure_kind::ratio, detail::h1_2025, scope::of(segment::eso), "75", "75",
     printed_unit::percent, qualifier::about, detail::article_002,
     "soit déjà près de 75 % du total réalisé sur toute l’année 2024"},

    // seeds/003
    {"total_2024_003", figure_kind::amount, detail::y2024, scope::total(), "26,22", "26.22",
     printed_unit::billion_mad, qualifier::exact, detail::article_003,
     "En 2024, le secteur marocain de l’outsourcing et des services numériques a généré 26,22 milliards de "
     "dirhams d’exportations"},
    {"jobs_2024_003", figure_kind::jobs, detail::y2024, scope::total(), "148 500", "148500",
     printed_unit::jobs, qualifier::about, detail::article_003, "avec près de 148 500 emplois stables"},
    {"jobs_created_2023_2024_003", figure_kind::jobs_created, detail::two_years_to_2024, scope::total(),
     "18 500", "18500", printed_unit::jobs, qualifier::exact, detail::article_003,
     "dont 18 500 créés en deux ans"},
    {"total_h1_2025_003", figure_kind::amount, detail::h1_2025, scope::total(), "13,4", "13.4",
     printed_unit::billion_mad, qualifier::exact, detail::article_003,
     "Le premier semestre 2025 a montré une dynamique renforcée : les exportations ont atteint 13,4 "
     "milliards "
     "de dirhams"},
    {"growth_h1_2025_003", figure_kind::growth, detail::h1_2025, scope::total(), "3,5", "3.5",
     printed_unit::percent, qualifier::exact, detail::article_003, "en hausse de 3,5 %"},
    {"target_amount_2030_003", figure_kind::target_amount, detail::y2030, scope::total(), "40", "40",
     printed_unit::billion_mad, qualifier::exact, detail::article_003,
     "La feuille de route ambitionne 40 milliards de dirhams d’exportations et 270 000 emplois qualifiés "
     "d’ici 2030"},
    {"target_jobs_2030_003", figure_kind::target_jobs, detail::y2030, scope::total(), "270 000", "270000",
     printed_unit::jobs, qualifier::exact, detail::article_003,
     "La feuille de route ambitionne 40 milliards de dirhams d’exportations et 270 000 emplois qualifiés "
     "d’ici 2030"},

    // seeds/004, dated 2026-02-23
    {"total_2024_004", figure_kind::amount, detail::y2024, scope::total(), "26,22", "26.22",
     printed_unit::billion_mad, qualifier::exact, detail::article_004,
     "Avec 26,22 milliards de dirhams d’exportations de services et 148.500 emplois à fin 2024"},
    {"jobs_2024_004", figure_kind::jobs, detail::y2024, scope::total(), "148.500", "148500",
     printed_unit::jobs, qualifier::exact, detail::article_004,
     "Avec 26,22 milliards de dirhams d’exportations de services et 148.500 emplois à fin 2024"},
    {"target_amount_2030_004", figure_kind::target_amount, detail::y2030, scope::total(), "40", "40",
     printed_unit::billion_mad, qualifier::exact, detail::article_004,
     "porter ces revenus à 40 milliards de dirhams et créer 270.000 emplois d’ici la fin de la décennie"},
    // "créer 270.000 emplois" reads as jobs to create, where seeds/003 reads as jobs to reach: kept as
    // printed, the fact check points out the two readings.
    {"target_jobs_2030_004", figure_kind::target_jobs, detail::y2030, scope::total(), "270.000", "270000",
     printed_unit::jobs, qualifier::exact, detail::article_004,
     "porter ces revenus à 40 milliards de dirhams et créer 270.000 emplois d’ici la fin de la décennie"},
}};

// The figure with this id; a constant expression when the id is one. Throws offshoring::domain_error
// for an unknown id.
constexpr const figure& find_figure(std::string_view id) {
    for (const figure& candidate : figures)
        if (candidate.id == id) return candidate;
    detail::no_such_figure(id);
}

static_assert(!figures.back().id.empty(), "every slot of `figures` must hold a figure");

}  // namespace offshoring::data
