// Tests of the consistency engine: relations from keys, propagation, verdicts, conflicts and conventions.
// SPDX-License-Identifier: MIT
#include <offshoring/check.hpp>
#include <offshoring/check/dataset.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "../support/synthetic_world.hpp"

using namespace offshoring::consistency;
using doctest::Approx;

namespace {

std::size_t index_of(const report& r, const std::string& id) {
    const auto it = std::find_if(r.facts.begin(), r.facts.end(), [&](const fact& f) { return f.id == id; });
    REQUIRE(it != r.facts.end());
    return static_cast<std::size_t>(it - r.facts.begin());
}

const figure_result& figure(const report& r, const std::string& id) { return r.figures[index_of(r, id)]; }

outward_interval implied(const report& r, const quantity_key& key) {
    const auto v = r.relations.find(key);
    REQUIRE(v);
    return r.implied[*v];
}

const report& shipped_nearest() {
    static const report r = check_facts(shipped_facts());
    return r;
}

}  // namespace

TEST_CASE("seeds/000's 2,5 for ESO in H1 2025 contradicts seeds/002's 2,58 when both are read to nearest") {
    const report& r = shipped_nearest();
    // [2.45, 2.55] and [2.575, 2.585] bn MAD do not meet.
    REQUIRE(!r.conflicts.empty());
    const std::vector<std::size_t> pair{index_of(r, "eso_h1_2025_000"), index_of(r, "eso_h1_2025_002")};
    CHECK(r.conflicts.front().facts == pair);
    // 2,5 also contradicts 75 % of ESO 2024 when ESO 2024 is 13,2 % of 26,2: at least
    // 0.745 * 0.1315 * 26.15 = 2.5618 bn > 2.55 bn. One conflict of four figures holds all of them.
    REQUIRE(r.conflicts.size() >= 2);
    const std::vector<std::size_t>& second = r.conflicts[1].facts;
    CHECK(second.size() == 4);
    CHECK(std::count(second.begin(), second.end(), index_of(r, "eso_h1_2025_of_2024_002")) == 1);
    CHECK(std::count(second.begin(), second.end(), index_of(r, "eso_h1_2025_000")) == 1);
    // Doubting 2,5 alone restores consistency among the amounts, and no other single figure does.
    const std::size_t eso = index_of(r, "eso_h1_2025_000");
    std::vector<std::vector<std::size_t>> amounts;
    for (const auto& h : r.correction_sets)
        if (r.figures[h.front()].status == verdict::inconsistent &&
            r.facts[h.front()].key.what == measure::exports)
            amounts.push_back(h);
    REQUIRE(amounts.size() == 1);
    CHECK(amounts.front() == std::vector<std::size_t>{eso});
    CHECK(figure(r, "eso_h1_2025_000").status == verdict::inconsistent);
    CHECK(figure(r, "eso_h1_2025_002").status == verdict::consistent);
    // What the others imply for ESO in H1 2025: within 2,58's [2.575, 2.585] bn.
    const outward_interval others = *figure(r, "eso_h1_2025_000").implied;
    CHECK(others.lo >= 2.574e9);
    CHECK(others.hi <= 2.586e9);
}

TEST_CASE("the ESO figures agree if seeds/000 truncated its amounts") {
    const report& r = shipped_nearest();
    const figure_result& eso = figure(r, "eso_h1_2025_000");
    // truncated, 2,5 is [2.5, 2.6], which holds 2,58; rounded up it is [2.4, 2.5], which does not.
    CHECK(!eso.consistent_under[0]);
    CHECK(eso.consistent_under[1]);
    CHECK(!eso.consistent_under[2]);
    const auto s = std::find_if(r.sources.begin(), r.sources.end(), [](const source_result& x) {
        return x.source == "seeds/000_c4b54ad8dda15ae4.txt" && x.what == measure::exports;
    });
    REQUIRE(s != r.sources.end());
    CHECK(s->conventions == std::vector<convention>{convention::truncation});

    options infer;
    infer.mode = reading_mode::infer;
    const report inferred = check_facts(shipped_facts(), infer);
    // Read so, no amount is inconsistent (the jobs figures are another matter: no rounding reconciles them).
    for (std::size_t f = 0; f < inferred.facts.size(); ++f)
        if (inferred.facts[f].key.what == measure::exports)
            CHECK(inferred.figures[f].status != verdict::inconsistent);
    CHECK(figure(inferred, "eso_h1_2025_000").read_as == convention::truncation);
    CHECK(figure(inferred, "eso_h1_2025_000").status == verdict::consistent);
}

TEST_CASE("quantities nobody printed get implied intervals") {
    const report& r = shipped_nearest();
    // 2023 total = 2024 total / (1 + growth): [26.215, 26.225] / [1.0015, 1.0025] = [26.1496, 26.1857] bn.
    const outward_interval total_2023 =
        implied(r, {measure::exports, scope_set::total(), month_run::year(2023), currency::mad});
    CHECK(total_2023.lo == Approx(26.149625935e9).epsilon(1e-9));
    CHECK(total_2023.hi == Approx(26.185721418e9).epsilon(1e-9));
    // dollars per dirham from "près de 2,8 milliards de dollars": [2.75 / 26.225, 2.85 / 26.215].
    const outward_interval rate =
        implied(r, {measure::exchange_rate, scope_set::total(), month_run::year(2024)});
    CHECK(rate.lo == Approx(0.104861773).epsilon(1e-8));
    CHECK(rate.hi == Approx(0.108716384).epsilon(1e-8));
}

TEST_CASE("jobs created over a period are the change in jobs: 18 500 in two years puts 2022 at 130 000") {
    // "18 500 créés en deux ans" (seeds/003) over 2023/2024, and 148 500 at the end of 2024 (seeds/004):
    // the end of 2022 had 148 500 - 18 500 = 130 000 jobs, give or take the rounding of both.
    const report& r = shipped_nearest();
    const outward_interval jobs_2022 =
        implied(r, {measure::jobs, scope_set::total(), {12 * 2022 + 11, 12 * 2022 + 11}});
    CHECK(jobs_2022.lo == Approx(129999.0));
    CHECK(jobs_2022.hi == Approx(130001.0));
    CHECK(figure(r, "jobs_created_2023_2024_003").status == verdict::consistent);
    // Nothing else speaks of the end of 2023.
    CHECK(figure(r, "jobs_2023_000").status == verdict::not_checkable);
}

TEST_CASE("a figure nothing else constrains is not checkable") {
    const report& r = shipped_nearest();
    CHECK(figure(r, "jobs_2025_more_than_001").status == verdict::not_checkable);
    CHECK(figure(r, "jobs_2020_000").status == verdict::not_checkable);
    CHECK(!figure(r, "jobs_2020_000").implied);
    CHECK(figure(r, "total_h1_2024_002").status == verdict::consistent);
    CHECK(figure(r, "share_ito_2024_000").status == verdict::consistent);
}

TEST_CASE("targets are not constraints: the engine reports the rates they require") {
    const report& r = shipped_nearest();
    const std::size_t target = index_of(r, "target_amount_2030_003");
    const auto t = std::find_if(r.targets.begin(), r.targets.end(),
                                [&](const target_result& x) { return x.fact == target; });
    REQUIRE(t != r.targets.end());
    CHECK(t->years == 6);
    // 40 read to nearest is [39.5, 40.5] bn over [26.215, 26.225] bn in 2024, six years.
    CHECK(t->required_rate.lo == Approx(0.0706485499).epsilon(1e-8));
    CHECK(t->required_rate.hi == Approx(0.0751874674).epsilon(1e-8));
    CHECK(t->required_rate.lo <= 0.07064854991336844);
    CHECK(t->required_rate.hi >= 0.07518746742849824);
}

TEST_CASE("a ratio of a quantity no figure gives is a warning and not checkable") {
    fact f;
    f.id = "ratio_without_base";
    f.source = "made up";
    f.printed = "50 %";
    f.key = {measure::ratio, scope_set::of(offshoring::segment::ito), month_run::year(2024)};
    f.of = quantity_key{measure::exports, scope_set::of(offshoring::segment::ito), month_run::year(2019),
                        currency::mad};
    f.readings = {outward_interval{0.495, 0.505}, outward_interval{0.5, 0.51}, outward_interval{0.49, 0.5}};
    const report r = check_facts({f});
    REQUIRE(r.relations.warnings.size() == 1);
    CHECK(r.relations.warnings.front().find("exports/ITO/2019") != std::string::npos);
    CHECK(r.figures.front().status == verdict::not_checkable);
}

TEST_CASE("too many figures are refused with the limit named") {
    options small;
    small.max_facts = 3;
    CHECK_THROWS_WITH_AS(check_facts(shipped_facts(), small), doctest::Contains("exceed the limit of 3"),
                         offshoring::domain_error);
}

TEST_CASE("a fact with a NaN reading is refused") {
    std::vector<fact> facts = shipped_facts();
    facts.front().readings[1].hi = std::nan("");
    CHECK_THROWS_AS(check_facts(facts), offshoring::domain_error);
}

TEST_CASE("exact values printed at random precisions with correct rounding are never inconsistent") {
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        const testing::world w = testing::make_world(3, seed);
        const report r = check_facts(w.facts);
        CHECK(r.count(verdict::inconsistent) == 0);
        CHECK(r.count(verdict::consistent) > w.facts.size() / 2);
        CHECK(!r.propagation_cut_short);
        for (std::size_t f = 0; f < w.facts.size(); ++f) {
            REQUIRE(r.figures[f].published.contains(w.truth[f]));
            if (r.figures[f].implied) REQUIRE(r.figures[f].implied->contains(w.truth[f]));
        }
    }
}

TEST_CASE("a figure moved beyond what the others allow is always in a conflict") {
    const testing::world w = testing::make_world(2, 7);
    const report clean = check_facts(w.facts);
    std::mt19937_64 random(11);
    int moved = 0;
    for (int trial = 0; trial < 40 && moved < 8; ++trial) {
        const std::size_t f = std::uniform_int_distribution<std::size_t>(0, w.facts.size() - 1)(random);
        if (clean.figures[f].status != verdict::consistent) continue;
        const outward_interval others = *clean.figures[f].implied;
        std::vector<fact> facts = w.facts;
        const double width = facts[f].readings[0].hi - facts[f].readings[0].lo;
        for (outward_interval& reading : facts[f].readings)
            reading = {others.hi + width, others.hi + 2 * width};
        const report r = check_facts(facts);
        REQUIRE(r.figures[f].status == verdict::inconsistent);
        const bool in_conflict = std::any_of(r.conflicts.begin(), r.conflicts.end(), [&](const conflict& c) {
            return std::find(c.facts.begin(), c.facts.end(), f) != c.facts.end();
        });
        CHECK(in_conflict);
        ++moved;
    }
    CHECK(moved == 8);
}

TEST_CASE("an inconsistent figure is explained in English and French from its inputs") {
    const report& r = shipped_nearest();
    const std::size_t eso = index_of(r, "eso_h1_2025_000");
    const std::string en = explain(r, eso, offshoring::language::en);
    CHECK(en.find("\u201cdéjà 2,5 milliards\u201d (seeds/000_c4b54ad8dda15ae4.txt) MAD [2.45, "
                  "2.55] bn") != std::string::npos);
    CHECK(en.find("read rounded to nearest, for exports/ESO/2025-H1: inconsistent") != std::string::npos);
    // 2.575 - 2.55 = 0.025 bn at least.
    CHECK(en.find("a gap of at least MAD 0.025 bn") != std::string::npos);
    CHECK(en.find("It agrees with the others if truncated.") != std::string::npos);
    const std::string fr = explain(r, eso, offshoring::language::fr);
    CHECK(fr.find("\u00ab déjà 2,5 milliards \u00bb (seeds/000_c4b54ad8dda15ae4.txt) [2,45 ; "
                  "2,55] Mds DH") != std::string::npos);
    CHECK(fr.find("incohérent") != std::string::npos);
    CHECK(fr.find("s'il est tronqué") != std::string::npos);
}

TEST_CASE("a conflict is explained by its figures and the relations that proved it") {
    const report& r = shipped_nearest();
    const std::string same = explain_conflict(r, 0, offshoring::language::en);
    CHECK(same.find("eso_h1_2025_002 \u201c2,58 Mds DH\u201d") != std::string::npos);
    CHECK(same.find("by the same quantity") != std::string::npos);
    const std::string chain = explain_conflict(r, 1, offshoring::language::fr);
    CHECK(chain.find("exports/ESO/2025-H1 = ratio/ESO/2025-H1 \u00d7 exports/ESO/2024 (rapport)") !=
          std::string::npos);
    CHECK(chain.find("exports/ESO/2024 = share/ESO/2024 \u00d7 exports/total/2024 (part)") !=
          std::string::npos);
    // Only the relations that prove it: the ratio and the ESO share, not the other shares.
    CHECK(r.conflicts[1].relations.size() == 2);
    CHECK(chain.find("share/ITO/2024") == std::string::npos);
}

TEST_CASE("relations are generated from the keys: time partitions, segment sums, growth") {
    const report& r = shipped_nearest();
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < r.relations.relations.size(); ++i)
        texts.push_back(relation_text(r.relations, i, offshoring::language::en));
    const auto has = [&](const std::string& t) {
        return std::find(texts.begin(), texts.end(), t) != texts.end();
    };
    CHECK(has("exports/total/2024 = exports/total/2024-H1 + exports/total/2024-H2 (sum of periods)"));
    CHECK(
        has("exports/total/2025-H1 = exports/total/2024-H1 \u00d7 (1 + growth/total/2025-H1) (growth on a "
            "year)"));
    CHECK(has("exports/ITO+CRM/2024 = exports/ITO/2024 + exports/CRM/2024 (sum of segments)"));
    CHECK(has("exports/total/2024 = exports/ITO+CRM/2024 + exports/ESO+BPO+KPO/2024 (sum of segments)"));
    CHECK(has("exports/total/2024/USD = exports/total/2024 \u00d7 exchange_rate/total/2024 (exchange rate)"));
    CHECK(has("jobs/total/2024-12 = jobs/total/2022-12 + jobs_created/total/2023/2024 (jobs created)"));
}

TEST_CASE("a million figures are refused by the default limit, before any work") {
    const std::vector<fact> many(1'000'000, shipped_facts().front());
    CHECK_THROWS_WITH_AS(check_facts(many), doctest::Contains("1000000 figures exceed the limit of 200000"),
                         offshoring::domain_error);
}

namespace {

// A made-up figure read to nearest from a printed value with `decimals` decimals of `scale` base units.
fact made_up(const std::string& id, quantity_key key, double printed, int decimals, double scale) {
    fact f;
    f.id = id;
    f.source = "made-up article";
    f.printed = std::to_string(printed);
    f.key = key;
    const double half = 0.5 * std::pow(10.0, -decimals);
    f.readings.fill(outward_interval{(printed - half) * scale, (printed + half) * scale});
    return f;
}

constexpr month_run months(int year, int first, int last) {
    return {12 * year + first - 1, 12 * year + last - 1};
}

}  // namespace

TEST_CASE("a year-to-date run is the sum of the aligned blocks it is made of") {
    const quantity_key run{measure::exports, scope_set::total(), months(2025, 1, 9), currency::mad};
    const quantity_key h1{measure::exports, scope_set::total(), months(2025, 1, 6), currency::mad};
    const quantity_key q3{measure::exports, scope_set::total(), months(2025, 7, 9), currency::mad};
    // 6,0 + 3,5 = 9,5 bn, give or take 0,1: [9.4, 9.6] does not meet 9,0's [8.95, 9.05].
    const std::vector<fact> facts{made_up("run", run, 9.0, 1, 1e9), made_up("h1", h1, 6.0, 1, 1e9),
                                  made_up("q3", q3, 3.5, 1, 1e9)};
    const report r = check_facts(facts);
    CHECK(relation_text(r.relations, 0, offshoring::language::en) ==
          "exports/total/2025-01/2025-09 = exports/total/2025-H1 + exports/total/2025-Q3 (sum of periods)");
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts.front().facts.size() == 3);
    // Any one of the three may be the wrong one.
    CHECK(r.correction_sets.size() == 3);
    // With 3,0 for the third quarter the three agree: 6,0 + 3,0 = 9,0.
    std::vector<fact> agreeing = facts;
    agreeing[2] = made_up("q3", q3, 3.0, 1, 1e9);
    const report ok = check_facts(agreeing);
    CHECK(ok.count(verdict::consistent) == 3);
    // What the others imply for the run: [5.95 + 2.95, 6.05 + 3.05] = [8.9, 9.1] bn.
    CHECK(ok.figures[0].implied->lo == Approx(8.9e9));
    CHECK(ok.figures[0].implied->hi == Approx(9.1e9));
}

TEST_CASE("revenue per job is exports over jobs") {
    const quantity_key exports{measure::exports, scope_set::total(), month_run::year(2024), currency::mad};
    const quantity_key jobs{measure::jobs, scope_set::total(), month_run::year(2024)};
    const quantity_key per_job{measure::revenue_per_job, scope_set::total(), month_run::year(2024),
                               currency::mad};
    // 26,22 bn over 148 500 jobs is 176 566 dirhams a job ([26.215e9 / 148500.5, 26.225e9 / 148499.5]).
    std::vector<fact> facts{made_up("x", exports, 26.22, 2, 1e9), made_up("j", jobs, 148500, 0, 1.0),
                            made_up("r", per_job, 176566, 0, 1.0)};
    CHECK(check_facts(facts).count(verdict::consistent) == 3);
    facts[2] = made_up("r", per_job, 200000, 0, 1.0);
    const report r = check_facts(facts);
    CHECK(r.figures[2].status != verdict::consistent);
    CHECK(r.conflicts.size() == 1);
    CHECK(r.figures[2].implied->lo == Approx(26.215e9 / 148500.5));
}

TEST_CASE("plus de reads as a half-line and still meets what the others imply") {
    const report& r = shipped_nearest();
    const figure_result& more = figure(r, "total_2024_more_than_001");
    CHECK(std::isinf(more.published.hi));
    CHECK(more.status == verdict::consistent);
    REQUIRE(more.implied);
    CHECK(more.implied->bounded());
    // Every 2024 total read to nearest meets in 26,22's [26.215, 26.225] bn.
    CHECK(more.implied->lo == Approx(26.215e9));
    CHECK(more.implied->hi == Approx(26.225e9));
}

TEST_CASE("a block no small correction can fix is reported as a bounded search, not as checked") {
    // Ten figures print 1,0 bn and ten print 1,5 bn for the same quantity: restoring consistency needs
    // setting aside ten of them, more than options::max_correction_size.
    const quantity_key key{measure::exports, scope_set::of(offshoring::segment::ito), month_run::year(2024),
                           currency::mad};
    std::vector<fact> facts;
    for (int i = 0; i < 20; ++i)
        facts.push_back(made_up("f" + std::to_string(i), key, i % 2 == 0 ? 1.0 : 1.5, 1, 1e9));
    const report r = check_facts(facts);
    CHECK(r.search_bounded);
    CHECK(r.correction_sets.empty());
    CHECK(r.count(verdict::consistent) == 0);
    for (std::size_t f = 0; f < r.facts.size(); ++f) {
        if (r.figures[f].status == verdict::inconsistent) {
            CHECK(r.figures[f].conflict);
        } else {
            CHECK(r.figures[f].unplaced);
            CHECK(explain(r, f, offshoring::language::en).find("stopped at its bound") != std::string::npos);
        }
    }
}

TEST_CASE("qualifier readings are hypotheses too: 'déjà 2,5' read as at least 2,5 agrees to nearest") {
    const report& r = shipped_nearest();
    const auto s = std::find_if(r.sources.begin(), r.sources.end(), [](const source_result& x) {
        return x.source == "seeds/000_c4b54ad8dda15ae4.txt" && x.what == measure::exports;
    });
    REQUIRE(s != r.sources.end());
    CHECK(s->qualifier_reading == "at_least");
    // [2.5, +inf) holds 2,58 and the 2.562 bn the ESO share and ratio require.
    CHECK(std::find(s->conventions_with_qualifier_reading.begin(),
                    s->conventions_with_qualifier_reading.end(),
                    convention::nearest) != s->conventions_with_qualifier_reading.end());
    const fact& eso = r.facts[index_of(r, "eso_h1_2025_000")];
    REQUIRE(eso.alternative);
    CHECK(std::isinf(eso.reading(convention::nearest, true).hi));
    // "plus de 140.000" may be read as [140 000, 150 000].
    const fact& more = r.facts[index_of(r, "jobs_2025_more_than_001")];
    REQUIRE(more.alternative);
    CHECK(more.alternative->name == "within_one_unit");
    CHECK(more.reading(convention::nearest, true).hi == Approx(150000.0));
}
