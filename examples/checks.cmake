# Runs each example program and checks its key lines (CTest label `example`). The expected values were
# worked out by hand from the articles, not copied from the programs' output.
#
# This file has two roles. Included from examples/CMakeLists.txt, it declares the tests. Run as a script
# (cmake -DSPEC=<file> -P checks.cmake), it is the test itself: it runs one program and checks its exit
# status, the regular expressions its output must and must not match, and optionally a file it wrote.
# A bare WILL_FAIL would pass on any failure, a crash or a typo included; here the status AND the message
# must both be the expected ones.

if(CMAKE_SCRIPT_MODE_FILE)
    include(${SPEC})
    if(DEFINED FILE_TO_CHECK)
        file(REMOVE ${FILE_TO_CHECK})
    endif()
    execute_process(COMMAND ${PROGRAM} ${ARGS}
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(failures "")
    if(NOT status STREQUAL EXIT_CODE)
        string(APPEND failures "exit status ${status}, expected ${EXIT_CODE}\n")
    endif()
    if(STREAM STREQUAL "stderr")
        set(text "${err}")
    else()
        set(text "${out}")
    endif()
    foreach(pattern IN LISTS MATCH)
        if(NOT text MATCHES "${pattern}")
            string(APPEND failures "${STREAM} does not match: ${pattern}\n")
        endif()
    endforeach()
    foreach(pattern IN LISTS NO_MATCH)
        if(text MATCHES "${pattern}")
            string(APPEND failures "${STREAM} matches what it must not: ${pattern}\n")
        endif()
    endforeach()
    if(DEFINED FILE_TO_CHECK)
        if(NOT EXISTS ${FILE_TO_CHECK})
            string(APPEND failures "file not written: ${FILE_TO_CHECK}\n")
        else()
            file(READ ${FILE_TO_CHECK} written)
            foreach(pattern IN LISTS FILE_MATCH)
                if(NOT written MATCHES "${pattern}")
                    string(APPEND failures "${FILE_TO_CHECK} does not match: ${pattern}\n")
                endif()
            endforeach()
        endif()
    endif()
    if(failures)
        message(FATAL_ERROR "${PROGRAM} ${ARGS}\n${failures}--- stdout ---\n${out}--- stderr ---\n${err}")
    endif()
    return()
endif()

set(example_checks_dir ${CMAKE_CURRENT_BINARY_DIR}/checks)
set(example_missing_dir ${CMAKE_CURRENT_BINARY_DIR}/no-such-dir)

# offshoring_example_check(<test name> PROGRAM <target> [ARGS ...] [EXIT_CODE n] [STREAM stdout|stderr]
#                          [MATCH regex...] [NO_MATCH regex...] [FILE path] [FILE_MATCH regex...])
# Regular expressions are CMake's; they must not contain a semicolon.
function(offshoring_example_check name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "PROGRAM;EXIT_CODE;STREAM;FILE" "ARGS;MATCH;NO_MATCH;FILE_MATCH")
    if(NOT DEFINED arg_EXIT_CODE)
        set(arg_EXIT_CODE 0)
    endif()
    if(NOT DEFINED arg_STREAM)
        set(arg_STREAM stdout)
    endif()
    # Bracket arguments keep every regex byte for byte, backslashes and quotes included.
    set(spec "set(PROGRAM [==[$<TARGET_FILE:${arg_PROGRAM}>]==])\n")
    foreach(list_name IN ITEMS ARGS MATCH NO_MATCH FILE_MATCH)
        string(APPEND spec "set(${list_name}")
        foreach(item IN LISTS arg_${list_name})
            string(APPEND spec " [==[${item}]==]")
        endforeach()
        string(APPEND spec ")\n")
    endforeach()
    string(APPEND spec "set(EXIT_CODE ${arg_EXIT_CODE})\nset(STREAM ${arg_STREAM})\n")
    if(DEFINED arg_FILE)
        string(APPEND spec "set(FILE_TO_CHECK [==[${arg_FILE}]==])\n")
    endif()
    file(GENERATE OUTPUT ${example_checks_dir}/${name}.cmake CONTENT "${spec}")
    add_test(NAME ${name}
             COMMAND ${CMAKE_COMMAND} -DSPEC=${example_checks_dir}/${name}.cmake -P ${CMAKE_CURRENT_LIST_FILE})
    set_tests_properties(${name} PROPERTIES LABELS example)
endfunction()

file(MAKE_DIRECTORY ${example_checks_dir})

# --- 2024 by segment: recomputed = amount / 26,2; the others imply, by hand ------------------------------
# Each share is printed by seeds/000 and 002 alike, so the others allow its own interval at most; the other
# shares summing to 100 % narrow it from below. With ESO's 3,4 and KPO's 48 over the total 26,22 [26,215 ;
# 26,225] of seeds/003: ESO <= 3,45 / 26,215 = 13.16040 %, KPO in [47,5 / 26,225 ; 48,5 / 26,215] =
# [0.1811249, 0.1850086] %. ITO >= 1 - (37.45 + 13.16040 + 8.95 + 0.18501) % = 40.25459 %, CRM >= 1 -
# (40.35 + 13.16040 + 8.95 + 0.18501) % = 37.35459 %, BPO >= 1 - (40.35 + 37.45 + 13.16040 + 0.18501) %
# = 8.85459 %. The total 26,2 is set beside 26,22: [26.215, 26.225] bn.
offshoring_example_check(example.figures_2024.en PROGRAM ex1_figures_2024
    MATCH
        [[ITO +MAD 10\.6 bn +40\.3% +40\.46% +\[40\.2545[89], 40\.35\] % +consistent]]
        [[CRM +MAD 9\.8 bn +37\.4% +37\.40% +\[37\.3545[89], 37\.45\] % +consistent]]
        [[ESO +MAD 3\.4 bn +13\.2% +12\.98% +\[13\.15, 13\.1604\] % +consistent]]
        [[BPO +MAD 2\.3 bn +8\.9% +8\.78% +\[8\.85458[67], 8\.95\] % +consistent]]
        [[KPO +MAD 48 mn +0\.2% +0\.18% +\[0\.181124[89], 0\.185008[67]\] % +consistent]]
        [[Sum +MAD 26\.148 bn +100\.0% +MAD \[26\.215, 26\.225\] bn +consistent +the published total MAD 26\.2 bn]]
        [[5 of 5 published shares consistent]]
    NO_MATCH [[inconsistent]])
offshoring_example_check(example.figures_2024.fr PROGRAM ex1_figures_2024 ARGS --lang fr
    MATCH
        [[ITO +10,6 Mds DH +40,3 % +40,46 % +\[40,2545[89] ; 40,35\] % +cohérent +externalisation des services informatiques]]
        [[ESO +3,4 Mds DH +13,2 % +12,98 % +\[13,15 ; 13,1604\] % +cohérent +ingénierie]]
        [[KPO +48 M DH +0,2 % +0,18 %]]
        [[Les parts publiées totalisent 100,0 %]]
        [[5 parts publiées sur 5 cohérentes]]
    NO_MATCH [[incohérent]])
# Columns are aligned by characters, not bytes: "Recalculée" (one two-byte letter) and the rows under it
# must end at the same column, so the heading is followed by exactly as many spaces as a byte count
# would get wrong by one.
offshoring_example_check(example.figures_2024.fr_alignment PROGRAM ex1_figures_2024 ARGS --lang fr
    MATCH
        [[Segment        Montant     Part  Recalculée      Les autres impliquent  Verdict   Nom]]
        [[ITO        10,6 Mds DH   40,3 %     40,46 %       \[40,25459 ; 40,35\] %  cohérent  externalisation]])
offshoring_example_check(example.figures_2024.svg PROGRAM ex1_figures_2024 ARGS --svg ${example_checks_dir}
    MATCH [[Chart written to .*segments_2024\.svg]]
    FILE ${example_checks_dir}/segments_2024.svg
    FILE_MATCH [[^<\?xml version="1\.0" encoding="UTF-8"\?>]] [[<svg xmlns="http://www\.w3\.org/2000/svg" version="1\.1"]]
               [[>ITO</text>]] [[>40\.3%  \(MAD 10\.6 bn\)</text>]] [[</svg>]])

# --- H1 2025 ------------------------------------------------------------------------------------------
# 13,4 / 12,9 - 1 = 0.038760. Nothing else prints H1 2024: 13,4 and +3,5 % imply [13,35 / 1.0355,
# 13,45 / 1.0345] = [12.89232, 13.00145] bn, which 12,9 [12,85 ; 12,95] meets. Shares of 13,4: 5,25 ->
# 39.179 %, 4,19 -> 31.269 %, 2,58 -> 19.254 %. ESO 2,58 / 3,4 = 75.88 %; the others imply for the ratio
# [2,575 / 3,45, 2,585 / (13,15 % x 26,215)] = [2,575 / 3,45, 2,585 / 3.4472725] = [74.63768 %, 74.98681 %]
# (ESO 2024 at least its share of the total 26,22). seeds/000's "déjà 2,5" read to nearest, [2,45 ;
# 2,55], misses 2,58 [2,575 ; 2,585]; truncated, [2,5 ; 2,6], it meets it. Full year: 13,4 x 12 / 6 =
# 26.8, 13,4 x 365 / 181 = 27.022, 13,4 x 26,2 / 12,9 = 27.2155.
offshoring_example_check(example.h1_2025.en PROGRAM ex2_h1_2025
    MATCH
        [[Growth, published +\+3\.5%]]
        [[Growth, recomputed +\+3\.876% +13\.4 / 12\.9 - 1]]
        [[H1 2024, the others imply +MAD \[12\.8923[12], 13\.0014[56]\] bn]]
        [[Verdict on 12\.9 +consistent]]
        [[Verdict on \+3\.5% +consistent]]
        [[ITO +MAD 5\.25 bn +39\.18% +40\.3%]]
        [[CRM +MAD 4\.19 bn +31\.27% +37\.4%]]
        [[ESO +MAD 2\.58 bn +19\.25% +13\.2%]]
        [[ESO H1 2025 / ESO 2024 +75\.9%]]
        [[Ratio, the others imply +\[74\.637[67][0-9]*, 74\.9868[0-9]*\] %]]
        [[Published \(seeds/002\) +about 75% +consistent]]
        [[seeds/000 for the same half +already MAD 2\.5 bn +inconsistent]]
        [[H1 2025, the others imply +MAD \[2\.575, 2\.585\] bn +consistent if truncated]]
        [[by months +13\.4 x 12 / 6 +MAD 26\.80 bn +\+2\.29%]]
        [[by days +13\.4 x 365 / 181 +MAD 27\.02 bn +\+3\.14%]]
        [[by seasonal ratio +13\.4 x 26\.2 / 12\.9 +MAD 27\.22 bn +\+3\.88%]]
        [[by growth +26\.2 x \(1 \+ 13\.4 / 12\.9 - 1\) +MAD 27\.22 bn +\+3\.88%]])
offshoring_example_check(example.h1_2025.fr PROGRAM ex2_h1_2025 ARGS --lang fr
    MATCH
        [[Croissance recalculée +\+3,876 %]]
        [[S1 2024, les autres impliquent +\[12,8923[12] ; 13,0014[56]\] Mds DH]]
        [[près de 75 % +cohérent]]
        [[déjà 2,5 Mds DH +incohérent]]
        [[cohérent si tronqué]]
        [[par jours +13,4 x 365 / 181 +27,02 Mds DH]]
        [[par ratio saisonnier +13,4 x 26,2 / 12,9 +27,22 Mds DH]])

# --- 2030 roadmap -------------------------------------------------------------------------------------
# (40 / 26,22)^(1/6) - 1 = 0.072930; (270000 / 148500)^(1/6) - 1 = 0.104773 (10.48 % at two decimals);
# 1.41^(1/3) - 1 = 0.121346; 148500 / 141000 - 1 = 0.053191. 26,22 x 1.002^6 = 26.536,
# 26,22 x 1.035^6 = 32.231; ln(40 / 26,22) / ln(1.002) = 211.4 -> 2236, / ln(1.035) = 12.28 -> 2037.
# 148500 x 1.41^2 = 295232.85; 148500 x (148500 / 141000)^6 = 202661.1; ln(270000 / 148500) /
# ln(148500 / 141000) = 11.54 -> 2036. 26,22e9 / 148500 = 176565.66; 40e9 / 270000 = 148148.15.
# Read as jobs to create: 418500 in 2030, (418500 / 148500)^(1/6) - 1 = 0.188488, 40e9 / 418500 = 95579.4.
offshoring_example_check(example.roadmap_2030.en PROGRAM ex3_roadmap_2030
    MATCH
        [[required for the target +\+7\.29% .* MAD 40\.00 bn +2030]]
        [[observed 2023 -> 2024 +\+0\.20% .* MAD 26\.54 bn +2236]]
        [[observed H1 2024 -> H1 2025 +\+3\.50% .* MAD 32\.23 bn +2037]]
        [[required for the target +\+10\.48% .* 270,000 +2030]]
        [[observed 2020 -> 2023, CAGR +\+12\.13% .* 295,233 +2030]]
        [[observed 2023 -> 2024 +\+5\.32% .* 202,661 +2036]]
        [[2024 +MAD 176,566 per job]]
        [[2030 targets +MAD 148,148 per job]]
        [[change +-16\.1%]]
        [[418,500 jobs in 2030, a required rate of \+18\.85% a year, and MAD 95,579 per job]])
offshoring_example_check(example.roadmap_2030.fr PROGRAM ex3_roadmap_2030 ARGS --lang fr
    MATCH
        [[requis pour l'objectif +\+7,29 %]]
        [[requis pour l'objectif +\+10,48 %]]
        [[observé S1 2024 -> S1 2025 +\+3,50 % .* 32,23 Mds DH +2037]]
        [[2024 +176 566 DH par emploi]]
        [[objectifs 2030 +148 148 DH par emploi]]
        [[« créer 270\.000 emplois »]])
offshoring_example_check(example.roadmap_2030.svg PROGRAM ex3_roadmap_2030 ARGS --svg ${example_checks_dir}
    MATCH [[Charts written to .*exports_2030\.svg and .*jobs_2030\.svg]]
    FILE ${example_checks_dir}/jobs_2030.svg
    FILE_MATCH [[<svg xmlns="http://www\.w3\.org/2000/svg" version="1\.1"]] [[<polyline points=]]
               [[target: 270,000 jobs in 2030]] [[</svg>]])

# --- Fact check ---------------------------------------------------------------------------------------
# 54 figures. Not checkable, by hand: the two dollar figures, the three +0,2 % for 2024, ESO and BPO
# 2023, jobs 2020 and 2023, the 18 500 created, the two 270 000 targets: 12. Nothing contradicts.
# Worked out from the articles: seeds/000's "déjà 2,5 milliards" for ESO in H1 2025 misses seeds/002's
# 2,58 ([2.45, 2.55] against [2.575, 2.585] bn) and, through 75 % of ESO 2024 (13,2 % of 26,2 bn), needs at
# least 0.745 * 0.1315 * 26.15 = 2.56 bn: doubting 2,5 is the smallest correction. Nothing else speaks of
# 2020, of the end of 2023 (18 500 jobs were created over 2023 and 2024) or of 2025 jobs, so those three
# figures are not checkable: 54 - 1 - 3 = 50 consistent.
offshoring_example_check(example.fact_check.en PROGRAM ex4_fact_check
    MATCH
        [[Figures: 54, 50 consistent, 1 inconsistent, 3 not checkable\.]]
        [[eso_h1_2025_000 +déjà 2,5 milliards +MAD \[2\.45, 2\.55\] bn +inconsistent +MAD \[2\.575, 2\.585\] bn]]
        [[eso_h1_2025_002 +2,58 Mds DH +MAD \[2\.575, 2\.585\] bn +consistent]]
        [[It agrees with the others if truncated\.]]
        [[exports/ESO/2025-H1 = ratio/ESO/2025-H1 × exports/ESO/2024 \(ratio\)]]
        [[jobs_2020_000 +100 000 +\[99999\.5, 100000\.5\] jobs +not checkable]]
        [[Setting aside eso_h1_2025_000 \(seeds/000_c4b54ad8dda15ae4\.txt\) resolves]])
offshoring_example_check(example.fact_check.fr PROGRAM ex4_fact_check ARGS --lang fr
    MATCH
        [[Chiffres : 54, 50 cohérents, 1 incohérent, 3 non vérifiables\.]]
        [[share_ito_crm_2024_000 +près de 80 % +\[75 ; 85\] % +cohérent]]
        [[Il s'accorde aux autres s'il est tronqué\.]])

# --- Dataset as CSV -----------------------------------------------------------------------------------
offshoring_example_check(example.dataset_csv.stdout PROGRAM ex5_dataset_csv
    MATCH [[^id,source,measure,scope,period,printed,unit,of,quote,style]]
          [[total_2024_003,seeds/003_55f1d82c4a067cd4\.txt,exports,total,2024,"26,22 milliards de dirhams",,,]]
          [[target_jobs_2030_004,seeds/004_08586f857cbdcf66\.txt,target_jobs,total,2030,270\.000 emplois,,,]])
offshoring_example_check(example.dataset_csv.output PROGRAM ex5_dataset_csv
    ARGS --output ${example_checks_dir}/figures.csv STREAM stderr
    MATCH [[Wrote 54 figures to .*figures\.csv]]
    FILE ${example_checks_dir}/figures.csv
    FILE_MATCH [[^id,source,measure]] [[share_ito_crm_2024_000,seeds/000_c4b54ad8dda15ae4\.txt,share,ITO\+CRM,2024,près de 80 %,]])

# --input reads a CSV from disk: the shipped file itself, and a file with two bad rows, both reported.
offshoring_example_check(example.dataset_csv.input PROGRAM ex5_dataset_csv
    ARGS --input ${PROJECT_SOURCE_DIR}/data/figures.csv
    MATCH [[^id,source,measure,scope,period,printed,unit,of,quote,style]]
          [[eso_h1_2025_of_2024_002,seeds/002_cf5e91aac26c2e4b\.txt,ratio,ESO,2025-H1,déjà près de 75 %,,exports/ESO/2024,]])
offshoring_example_check(example.dataset_csv.bad_input PROGRAM ex5_dataset_csv
    ARGS --input ${CMAKE_CURRENT_SOURCE_DIR}/data/bad_figures.csv EXIT_CODE 1 STREAM stderr
    MATCH [[ex5_dataset_csv: error: offshoring::data::load_figures: 2 errors in .*bad_figures\.csv]]
          [[bad_figures\.csv:3:29: measure "export": not a measure]]
          [[bad_figures\.csv:4:1: id "good": duplicate id, first on line 2]])

# --- Mistakes on the command line: exit 2 with the usage; a path that cannot be written: exit 1 ---------
foreach(program IN ITEMS ex1_figures_2024 ex2_h1_2025 ex3_roadmap_2030 ex4_fact_check ex5_dataset_csv)
    offshoring_example_check(example.${program}.unknown_option PROGRAM ${program} ARGS --frobnicate
        EXIT_CODE 2 STREAM stderr MATCH "${program}: unknown option '--frobnicate'" "usage: ${program} \\[--lang fr\\|en\\]")
    offshoring_example_check(example.${program}.unknown_language PROGRAM ${program} ARGS --lang de
        EXIT_CODE 2 STREAM stderr MATCH "${program}: unknown language 'de' \\(expected fr or en\\)" "usage: ${program}")
    offshoring_example_check(example.${program}.help PROGRAM ${program} ARGS --help
        MATCH "^usage: ${program} " "--lang fr\\|en +language of the text \\(default: en\\)")
endforeach()
offshoring_example_check(example.ex1_figures_2024.missing_value PROGRAM ex1_figures_2024 ARGS --lang
    EXIT_CODE 2 STREAM stderr MATCH [[option '--lang' needs a value]])
offshoring_example_check(example.ex2_h1_2025.svg_refused PROGRAM ex2_h1_2025 ARGS --svg ${example_checks_dir}
    EXIT_CODE 2 STREAM stderr MATCH [[unknown option '--svg']])
offshoring_example_check(example.ex1_figures_2024.unwritable_svg PROGRAM ex1_figures_2024 ARGS --svg ${example_missing_dir}
    EXIT_CODE 1 STREAM stderr MATCH [[ex1_figures_2024: error: cannot write '.*no-such-dir/segments_2024\.svg': No such file or directory]])
offshoring_example_check(example.ex3_roadmap_2030.unwritable_svg PROGRAM ex3_roadmap_2030 ARGS --svg ${example_missing_dir}
    EXIT_CODE 1 STREAM stderr MATCH [[ex3_roadmap_2030: error: cannot write '.*no-such-dir/exports_2030\.svg']])
offshoring_example_check(example.ex5_dataset_csv.unwritable_output PROGRAM ex5_dataset_csv
    ARGS --output ${example_missing_dir}/figures.csv
    EXIT_CODE 1 STREAM stderr MATCH [[ex5_dataset_csv: error: cannot write '.*no-such-dir/figures\.csv': No such file or directory]])
